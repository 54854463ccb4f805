/**
 * What to release for a merged release PR: the version and notes read back from its body
 * (the `## [x.y.z]` heading release-please also writes), the title only as a fallback.
 */
import type { PackageConfig } from '../config/types.js';
import { formatTag } from '../version/tag-name.js';
import { tagComponent, tagStyleOf } from '../config/tag-style.js';
import { versionNotation } from '../version/notation.js';
import { formatVersion } from '../version/version.js';
import { parseBody } from './body.js';
import { parseTitleVersion } from './title.js';

export interface ReleaseToCreate {
  version: string;
  tag: string;
  name: string;
  notes: string;
  draft: boolean;
  prerelease: boolean;
}

export function releaseFromPullRequest(pr: { title: string; body: string }, pkg: PackageConfig): ReleaseToCreate | undefined {
  const notation = versionNotation(pkg);
  const parsed = parseBody(pr.body, notation);
  const version = parsed?.version ?? parseTitleVersion(pr.title, pkg.pullRequestTitlePattern, pkg.componentNoSpace, notation);
  if (!version) return undefined;
  const component = tagComponent(pkg);
  const text = formatVersion(version);
  const notes = stripDetails(parsed?.entry ?? '');
  return {
    version: text,
    tag: formatTag(version, tagStyleOf(pkg)),
    name: `${component ? `${component}: ` : ''}${pkg.includeVInReleaseName ? 'v' : ''}${text}`,
    notes,
    draft: pkg.draft,
    // release-please: prerelease config AND (a pre-release part OR a 0.x version).
    prerelease: pkg.prerelease && (version.preRelease !== undefined || version.major === 0),
  };
}

/** A grouped PR wraps the entry in <details><summary>…</summary> … </details>. */
function stripDetails(entry: string): string {
  const m = /^<details><summary>[^<]*<\/summary>\n\n([\s\S]*?)\n<\/details>$/.exec(entry.trim());
  return (m ? m[1]! : entry).trim();
}

const DETAILS = /<details><summary>([^<]*)<\/summary>\n\n([\s\S]*?)\n<\/details>/g;
/** release-please's SUMMARY_PATTERN and its componentless form. */
const SUMMARY = /^(?:(.*[^:]):? )?(\d+\.\d+\.\d+.*)$/;

/**
 * The releases of a merged grouped PR (release-please's PullRequestBody.parse: one <details>
 * per release, `component: version` in its summary), each matched to the package whose tags
 * carry that component; sections naming no configured package are left out, as release-please
 * leaves them.
 */
export function releasesFromGroupedPullRequest(pr: { title: string; body: string }, packages: readonly PackageConfig[]): Array<{ pkg: PackageConfig; release: ReleaseToCreate }> {
  const out: Array<{ pkg: PackageConfig; release: ReleaseToCreate }> = [];
  for (const [, summary, notes] of pr.body.replace(/\r\n/g, '\n').matchAll(DETAILS)) {
    const m = SUMMARY.exec(summary!.trim());
    if (!m) continue;
    const component = m[1] ?? '';
    const pkg = packages.find((p) => tagComponent(p) === component);
    if (!pkg) continue;
    const body = `\n---\n\n\n${notes!.trim()}\n\n---\n`;
    const release = releaseFromPullRequest({ title: '', body }, pkg);
    if (release) out.push({ pkg, release: { ...release, version: release.version, notes: notes!.trim() } });
  }
  return out;
}
