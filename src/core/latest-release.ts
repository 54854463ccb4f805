/**
 * The last release of a package with no manifest, found as release-please 17.11.2's
 * Manifest.fromConfig finds it (manifest.js latestReleaseVersion): among the releases (then,
 * if none, the tags) whose tag names this package — its branch component when
 * include-component-in-tag, no component otherwise — and whose commit is one of the target
 * branch's last 250 commits, the highest version. None: the next release is the first.
 */
import type { PackageConfig } from './config/types.js';
import { branchComponent } from './config/tag-style.js';
import type { TagRef } from './previous-release.js';
import { versionNotation } from './version/notation.js';
import { parseTag } from './version/tag-name.js';
import { compareVersions, formatVersion, type Version } from './version/version.js';

/** release-please reads this many commits of the target branch to tell its releases from others'. */
export const LATEST_RELEASE_COMMIT_WINDOW = 250;

/** `recentShas`: the target branch's last LATEST_RELEASE_COMMIT_WINDOW commits. */
export function latestReleaseVersion(pkg: PackageConfig, tags: readonly TagRef[], recentShas: ReadonlySet<string>): string | undefined {
  // tagMatchesConfig: with the component in tags, the tag's component must be the branch component; without, the tag has none.
  const component = pkg.includeComponentInTag ? branchComponent(pkg) : '';
  let best: Version | undefined;
  for (const tag of tags) {
    const parsed = parseTag(tag.name, versionNotation(pkg));
    if (!parsed || parsed.component !== component || !recentShas.has(tag.sha)) continue;
    if (!best || compareVersions(parsed.version, best) > 0) best = parsed.version;
  }
  return best && formatVersion(best);
}
