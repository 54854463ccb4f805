/**
 * PyPI's JSON API (protocols.md §3.5): `/pypi/<project>/json` and `/pypi/<project>/<version>/json`
 * over what is visible now. Unknown names and versions are a 404 HTML page, a name spelled other
 * than the project's display name a 301 with a relative Location, versions match canonically, and
 * the project form's `info` is the best release (not yanked, final before pre-release, highest).
 */
import { createHash } from 'node:crypto';
import { compareVersions, isPrerelease, parseVersion } from './pep440.js';
import { movedPermanently, notFound } from './reasons.js';
import type { Project, PypiStore, Release, StoredFile } from './store.js';
import type { StandinResponse } from '../server.js';

/** Where the bytes of a file are served, laid out like files.pythonhosted.org (by BLAKE2b-256). */
export function fileUrl(base: string, file: StoredFile): string {
  const h = file.blake2b256;
  return `${base}/files/packages/${h.slice(0, 2)}/${h.slice(2, 4)}/${h.slice(4)}/${encodeURIComponent(file.filename)}`;
}

/** Where the integrity API serves a file's provenance (§3.7): by canonical project name and release version. */
export function provenanceUrl(base: string, file: StoredFile): string {
  return `${base}/integrity/${file.project}/${encodeURIComponent(file.version)}/${encodeURIComponent(file.filename)}/provenance`;
}

/** `2026-01-01T00:00:00.000000Z`: the microsecond ISO form PyPI uses. */
export function isoMicros(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

const first = (meta: Record<string, string[]>, key: string): string | null => meta[key]?.[0] ?? null;
const all = (meta: Record<string, string[]>, key: string): string[] | null => meta[key] ?? null;

function fileJson(base: string, file: StoredFile, release: Release) {
  return {
    comment_text: '',
    digests: { blake2b_256: file.blake2b256, md5: file.md5, sha256: file.sha256 },
    downloads: -1,
    filename: file.filename,
    has_sig: false,
    md5_digest: file.md5,
    packagetype: file.packagetype,
    python_version: file.pythonVersion,
    requires_python: file.requiresPython ?? null,
    size: file.bytes.length,
    upload_time: new Date(file.uploadedAt).toISOString().slice(0, 19),
    upload_time_iso_8601: isoMicros(file.uploadedAt),
    url: fileUrl(base, file),
    yanked: release.yanked,
    yanked_reason: release.yanked ? release.yankedReason : null,
    // No PEP 658 metadata files are served, so none is advertised.
    'core-metadata': false,
    'data-dist-info-metadata': false,
  };
}

function infoJson(base: string, project: Project, release: Release) {
  const meta = release.metadata;
  const projectUrls = Object.fromEntries((all(meta, 'project_urls') ?? []).map((entry) => entry.split(',', 2).map((s) => s.trim()) as [string, string]));
  return {
    author: first(meta, 'author'),
    author_email: first(meta, 'author_email'),
    bugtrack_url: null,
    classifiers: all(meta, 'classifiers') ?? [],
    description: first(meta, 'description') ?? '',
    description_content_type: first(meta, 'description_content_type'),
    docs_url: null,
    download_url: first(meta, 'download_url'),
    downloads: { last_day: -1, last_month: -1, last_week: -1 },
    dynamic: all(meta, 'dynamic'),
    home_page: first(meta, 'home_page'),
    keywords: first(meta, 'keywords'),
    license: first(meta, 'license'),
    license_expression: first(meta, 'license_expression'),
    license_files: all(meta, 'license_file'),
    maintainer: first(meta, 'maintainer'),
    maintainer_email: first(meta, 'maintainer_email'),
    name: project.name,
    package_url: `${base}/project/${project.name}/`,
    platform: first(meta, 'platform'),
    project_url: `${base}/project/${project.name}/`,
    project_urls: Object.keys(projectUrls).length > 0 ? projectUrls : null,
    provides_extra: all(meta, 'provides_extra'),
    release_url: `${base}/project/${project.name}/${release.version}/`,
    requires_dist: all(meta, 'requires_dist'),
    requires_python: first(meta, 'requires_python'),
    summary: first(meta, 'summary'),
    version: release.version,
    yanked: release.yanked,
    yanked_reason: release.yanked ? release.yankedReason : null,
  };
}

/** The release the project page shows: not yanked first, then final before pre-release, then the highest version. */
function bestRelease(releases: Release[]): Release | undefined {
  const rank = (r: Release) => {
    const v = parseVersion(r.version)!;
    return [r.yanked ? 0 : 1, isPrerelease(v) ? 0 : 1] as const;
  };
  return [...releases].sort((a, b) => {
    const [ya, pa] = rank(a);
    const [yb, pb] = rank(b);
    return yb - ya || pb - pa || compareVersions(parseVersion(b.version)!, parseVersion(a.version)!);
  })[0];
}

function answer(store: PypiStore, body: unknown): StandinResponse {
  const text = JSON.stringify(body);
  return {
    status: 200,
    headers: {
      'content-type': 'application/json',
      'x-pypi-last-serial': String(store.serial),
      etag: `"${createHash('sha256').update(text).digest('base64url').slice(0, 22)}"`,
      'cache-control': 'max-age=900, public',
      'access-control-allow-origin': '*',
    },
    body: text,
  };
}

/** `/pypi/<name>/json` (version undefined) or `/pypi/<name>/<version>/json`. */
export function projectJson(store: PypiStore, base: string, name: string, version: string | undefined): StandinResponse {
  const project = store.project(name);
  if (!project || !store.isVisible(project)) return notFound();
  if (name !== project.name) return movedPermanently(version === undefined ? `/pypi/${project.name}/json` : `/pypi/${project.name}/${version}/json`);
  const releases = store.visibleReleases(project);
  const release = version === undefined ? bestRelease(releases) : releases.find((r) => r === store.release(project, version));
  if (!release) return notFound();
  const urls = store.visibleFiles(release).map((f) => fileJson(base, f, release));
  const body: Record<string, unknown> = { info: infoJson(base, project, release), last_serial: store.serial, urls, vulnerabilities: [] };
  if (version === undefined) {
    const sorted = [...releases].sort((a, b) => compareVersions(parseVersion(a.version)!, parseVersion(b.version)!));
    body.releases = Object.fromEntries(sorted.map((r) => [r.version, store.visibleFiles(r).map((f) => fileJson(base, f, r))]));
  }
  return answer(store, body);
}
