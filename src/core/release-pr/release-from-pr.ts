/**
 * What to release for a merged release PR: the version and notes read back from its body
 * (the `## [x.y.z]` heading release-please also writes), the title only as a fallback.
 */
import type { PackageConfig } from '../config/types.js';
import { formatTag } from '../version/tag-name.js';
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
  const component = pkg.includeComponentInTag ? (pkg.component || pkg.packageName || '') : '';
  const text = formatVersion(version);
  const notes = stripDetails(parsed?.entry ?? '');
  return {
    version: text,
    tag: formatTag(version, { component, separator: pkg.tagSeparator, includeV: pkg.includeVInTag }),
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
