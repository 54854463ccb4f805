/**
 * A stage's typed results ⇄ action outputs. With `stage: all` results flow in memory; when
 * stages run in separate jobs, the next job passes the previous job's outputs back as inputs
 * of the same names, and readHandoff() turns them back into these types.
 */
import { tagNameProblem } from '../core/config/tag-name-check.js';
import { releasedPaths, type PathRelease } from '../core/publish/released-paths.js';
import { normalizePep440 } from '../core/publish/pep440.js';
import { tryParseVersion } from '../core/version/version.js';
import { isRecord } from '../core/records.js';
import { PyreleaseError, PyreleaseErrors } from '../errors/pyrelease-error.js';
import { parseBoolean, ProblemCollector } from './parse-values.js';

export interface PullRequestSummary {
  headBranchName: string;
  baseBranchName: string;
  number: number;
  title: string;
  body: string;
  labels: string[];
  files: string[];
}

export interface ReleaseResult {
  releaseCreated: boolean;
  /** The package's key in the config ("." or e.g. "pkg"): release-please-action prefixes the outputs of a non-root one. */
  path?: string;
  /** No release was created now, but HEAD is a release an earlier run made (a re-run): publish and validate may finish it. */
  atHead?: boolean;
  /** The run checked out another branch than the target: its releases are of a commit not checked out, published by the target's own run. */
  notCheckedOut?: boolean;
  tagName?: string;
  version?: string;
  sha?: string;
  htmlUrl?: string;
  uploadUrl?: string;
  /** Release name, notes, id, draft, and the release PR's number, as release-please-action outputs them. */
  name?: string;
  body?: string;
  id?: number;
  draft?: boolean;
  prNumber?: number;
  prsCreated: boolean;
  pr?: PullRequestSummary;
}

export interface PublishedFile {
  name: string;
  sha256: string;
}

export interface PublishResult {
  published: boolean;
  version?: string;
  files: PublishedFile[];
  repositoryUrl?: string;
  /** Whether Sigstore bundles were made (and verified) for the files. */
  signed: boolean;
  /** Paths of the `<file>.sigstore.json` bundles, outside the upload directory. */
  attestations: string[];
  /** A directory holding exactly the published files, kept for later steps (attest-build-provenance), and their paths. */
  distributionsDir?: string;
  distributionPaths?: string[];
  /** github-attestations: the page of each file's build-provenance attestation on GitHub. */
  githubAttestations?: string[];
  /** Several packages: each published project's release tag, for validate to tell people of each. */
  tags?: Array<{ project: string; tagName: string }>;
}

export interface ValidateResult {
  validated: boolean;
  /** Seconds from the start of validation until the index showed every file with its digest. */
  visibleAfterSeconds?: number;
  /** Seconds from the start of validation until the release installed and imported. */
  installableAfterSeconds?: number;
}

/** What a stage may receive from earlier stages (in memory or from inputs). */
export interface StageHandoff {
  release?: Partial<ReleaseResult>;
  /** The `releases` input: every path release-please-action (or our release job) released, each checked as tag_name and sha are. */
  releases?: PathRelease[];
  publish?: Partial<PublishResult>;
}

export type Outputs = Record<string, string>;

/**
 * release-please-action's output names and value forms (release-please-behaviour.md §11): a
 * release of the root package sets `release_created`, `tag_name`, …; one of a package at another
 * path sets them as `<path>--release_created`, `<path>--tag_name`, … and leaves the plain names empty.
 */
export function releaseOutputs(r: ReleaseResult): Outputs {
  const path = r.path ?? '.';
  const out: Outputs = { releases_created: String(r.releaseCreated), prs_created: String(r.prsCreated), paths_released: JSON.stringify(r.releaseCreated ? [path] : []) };
  const set = (key: string, value: string) => void (out[path === '.' ? key : `${path}--${key}`] = value);
  // release-please leaves release_created empty (not "false") when the package did not release.
  if (r.releaseCreated) {
    set('release_created', 'true');
    set('path', path);
    if (r.tagName) set('tag_name', r.tagName);
    if (r.sha) set('sha', r.sha);
    if (r.htmlUrl) set('html_url', r.htmlUrl);
    if (r.uploadUrl) set('upload_url', r.uploadUrl);
    if (r.name !== undefined) set('name', r.name);
    if (r.body !== undefined) set('body', r.body);
    if (r.id !== undefined) set('id', String(r.id));
    if (r.draft !== undefined) set('draft', String(r.draft));
    if (r.prNumber !== undefined) set('prNumber', String(r.prNumber));
    if (r.version) for (const [k, v] of Object.entries(versionParts(r.version))) set(k, v);
  }
  if (r.pr && r.prsCreated) {
    out.pr = JSON.stringify(r.pr);
    out.prs = JSON.stringify([r.pr]);
  }
  return out;
}

/**
 * release-please-action's outputs for several paths (outputReleases, outputPRs): each release's
 * keys under its path (plain for "."), `releases_created` and `paths_released` for all of them,
 * `prs_created`, `pr` (the first) and `prs`.
 */
export function manifestReleaseOutputs(releases: readonly ReleaseResult[], prs: readonly PullRequestSummary[]): Outputs {
  const out: Outputs = {};
  for (const r of releases) Object.assign(out, releaseOutputs({ ...r, prsCreated: false }));
  out.releases_created = String(releases.length > 0);
  out.paths_released = JSON.stringify(releases.map((r) => r.path ?? '.'));
  out.prs_created = String(prs.length > 0);
  if (prs.length > 0) {
    out.pr = JSON.stringify(prs[0]);
    out.prs = JSON.stringify(prs);
  }
  return out;
}

export function publishOutputs(p: PublishResult): Outputs {
  const out: Outputs = { published: String(p.published), files: JSON.stringify(p.files), signed: String(p.signed), attestations: JSON.stringify(p.attestations) };
  if (p.version) out.version = p.version;
  if (p.repositoryUrl) out.repository_url = p.repositoryUrl;
  if (p.distributionsDir) out.distributions_dir = p.distributionsDir;
  if (p.distributionPaths) out.distributions = p.distributionPaths.join('\n');
  if (p.githubAttestations) out.github_attestations = p.githubAttestations.join('\n');
  return out;
}

/**
 * Several packages published in one step: the combined outputs (every file, as one set), plus
 * each package's own under its path, as release-please-action names per-path outputs
 * (`<path>--files`, `<path>--distributions`, …). The root package "." has only the combined ones.
 */
export function packagesPublishOutputs(combined: PublishResult, perPath: readonly { path: string; result: PublishResult }[]): Outputs {
  const out = publishOutputs(combined);
  out.paths_published = JSON.stringify(perPath.map((p) => p.path));
  for (const { path, result } of perPath) {
    if (path === '.') continue;
    for (const [k, v] of Object.entries(publishOutputs(result))) out[`${path}--${k}`] = v;
  }
  return out;
}

export function validateOutputs(v: ValidateResult): Outputs {
  const out: Outputs = { validated: String(v.validated) };
  if (v.visibleAfterSeconds !== undefined) out.visible_after = String(v.visibleAfterSeconds);
  if (v.installableAfterSeconds !== undefined) out.installable_after = String(v.installableAfterSeconds);
  return out;
}

function versionParts(version: string): Outputs {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return m ? { version, major: m[1]!, minor: m[2]!, patch: m[3]! } : { version };
}

/**
 * Reads earlier jobs' outputs given back as inputs (`version`, `tag_name`, `sha`, `release_created`,
 * `files`). Each is checked in the form the release and publish stages output it, so a value that
 * was not passed through unchanged fails here, before anything is built or written; every
 * problem is reported at once.
 */
export function readHandoff(get: (name: string) => string): StageHandoff {
  const p = new ProblemCollector();
  const handoff: StageHandoff = {};
  const release: Partial<ReleaseResult> = {};
  const created = get('release_created');
  // release-please-action leaves release_created empty (not "false") when nothing was released.
  if (created !== '') release.releaseCreated = p.take(() => parseBoolean('release_created', created, false), false);
  const version = get('version');
  if (version !== '') release.version = p.take(() => checked('version', version, isVersion, 'a version like 1.2.3', 'version: ${{ needs.release.outputs.version }} (for stage: rollback, the version to roll back, e.g. version: 1.3.0)'), undefined);
  const tagName = get('tag_name');
  if (tagName !== '') release.tagName = p.take(() => checked('tag_name', tagName, (t) => tagNameProblem(t) === undefined, 'a tag name git accepts', 'tag_name: ${{ needs.release.outputs.tag_name }}'), undefined);
  const sha = get('sha');
  if (sha !== '') release.sha = p.take(() => checked('sha', sha, (s) => /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(s), 'a full commit sha', 'sha: ${{ needs.release.outputs.sha }}'), undefined);
  for (const key of ['releaseCreated', 'version', 'tagName', 'sha'] as const) if (release[key] === undefined) delete release[key];
  if (Object.keys(release).length > 0) handoff.release = release;
  const releases = get('releases');
  if (releases !== '') {
    const parsed = p.take(() => parseReleases(releases), undefined);
    if (parsed) handoff.releases = parsed;
  }
  const files = get('files');
  if (files !== '') {
    const parsed = p.take(() => parseFiles(files), undefined);
    if (parsed) handoff.publish = { files: parsed };
  }
  if (p.problems.length > 0) throw new PyreleaseErrors(p.problems);
  return handoff;
}

function isVersion(text: string): boolean {
  return normalizePep440(text) !== undefined || tryParseVersion(text) !== undefined;
}

function checked(name: string, raw: string, ok: (raw: string) => boolean, form: string, passThrough: string): string {
  if (ok(raw)) return raw;
  throw new PyreleaseError('INPUT_INVALID', `input '${name}' must be ${form}, got ${JSON.stringify(raw.slice(0, 60))}`, {
    key: name,
    fix: `pass the earlier job's output through unchanged: ${passThrough}`,
  });
}

const RELEASES_FIX = 'pass the release job\'s outputs as one object: releases: ${{ toJSON(needs.release.outputs) }}';

/** The `releases` input: release-please-action's outputs object; each path's tag and sha in the form the single inputs take. */
function parseReleases(text: string): PathRelease[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!isRecord(value)) {
    throw new PyreleaseError('INPUT_INVALID', `input 'releases' must be the release job's outputs as a JSON object, got ${JSON.stringify(text.slice(0, 60))}`, { key: 'releases', fix: RELEASES_FIX });
  }
  const read = releasedPaths(value);
  if (!read.ok) throw new PyreleaseError('INPUT_INVALID', `input 'releases' ${read.problem}`, { key: 'releases', fix: RELEASES_FIX });
  for (const r of read.releases) {
    checked('releases', r.tagName, (t) => tagNameProblem(t) === undefined, `a tag name git accepts for ${JSON.stringify(r.path)}`, RELEASES_FIX);
    if (r.version !== undefined) checked('releases', r.version, isVersion, `a version like 1.2.3 for ${JSON.stringify(r.path)}`, RELEASES_FIX);
    if (r.sha !== undefined) checked('releases', r.sha, (s) => /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(s), `a full commit sha for ${JSON.stringify(r.path)}`, RELEASES_FIX);
  }
  return read.releases;
}

/**
 * With `path:` (a matrix over paths_released) the `releases` input names that path's release:
 * it becomes the single handoff, as if release_created and tag_name had been passed for it. A
 * path the release job did not release hands over release_created: false (nothing to publish).
 */
export function selectPathRelease(handoff: StageHandoff, path: string): StageHandoff {
  if (!handoff.releases || handoff.release?.releaseCreated !== undefined) return handoff;
  const r = handoff.releases.find((x) => x.path === path);
  return { ...handoff, release: r ? { releaseCreated: true, tagName: r.tagName, ...(r.version && { version: r.version }), ...(r.sha && { sha: r.sha }) } : { releaseCreated: false } };
}

function parseFiles(text: string): PublishedFile[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw filesError(text);
  }
  if (!Array.isArray(value)) throw filesError(text);
  return value.map((f: unknown) => {
    if (typeof f !== 'object' || f === null) throw filesError(text);
    const { name, sha256 } = f as Record<string, unknown>;
    if (typeof name !== 'string' || typeof sha256 !== 'string') throw filesError(text);
    return { name, sha256 };
  });
}

function filesError(text: string): PyreleaseError {
  return new PyreleaseError('INPUT_INVALID', `input 'files' must be the JSON list the publish stage outputs, got ${JSON.stringify(text.slice(0, 60))}`, {
    key: 'files',
    fix: 'pass it through unchanged: files: ${{ needs.<publish-job>.outputs.files }}',
  });
}
