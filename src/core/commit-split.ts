/**
 * Which commits belong to which package of a manifest, as release-please 17.11.2 splits them
 * (manifest.ts buildPullRequests with util/commit-split.js and util/commit-exclude.js):
 * - the root package "." gets every commit of the walk;
 * - any other package gets the commits with a file under its path, each file counted for the
 *   longest package path that holds it only (a nested package takes its files from its parent),
 *   files at the top level of the repository for no package, and a commit that touches no file
 *   for every package;
 * - each list is cut at the package's own previous release commit (commitsAfterSha), then
 *   exclude-paths drop commits whose files in the package all lie in an excluded path.
 */
import type { RawCommit } from './commits/raw-commit.js';
import type { PackageConfig } from './config/types.js';
import { isExcluded, normalizePackagePath, ROOT_PATH } from './package-path.js';

/** The commits of each package path, newest first, from the whole walk (newest first). */
export function commitsPerPath(commits: readonly RawCommit[], packages: readonly Pick<PackageConfig, 'path' | 'excludePaths'>[], releaseShas: Readonly<Record<string, string | undefined>>): Record<string, RawCommit[]> {
  const split = splitCommits(commits, packages.map((p) => p.path));
  const out: Record<string, RawCommit[]> = {};
  for (const pkg of packages) {
    const own = commitsAfterSha(pkg.path === ROOT_PATH ? [...commits] : (split.get(pkg.path) ?? []), releaseShas[pkg.path]);
    const excluded = pkg.excludePaths.map(normalizePackagePath);
    out[pkg.path] = own.filter((c) => !isExcluded(c, pkg.path, excluded));
  }
  return out;
}

/** CommitSplit with includeEmpty and packagePaths (the root left out: it is given every commit). */
function splitCommits(commits: readonly RawCommit[], paths: readonly string[]): Map<string, RawCommit[]> {
  const longestFirst = paths.map(normalizePackagePath).filter((p) => p !== ROOT_PATH).sort((a, b) => b.length - a.length);
  const out = new Map<string, RawCommit[]>();
  const add = (path: string, c: RawCommit) => (out.get(path) ?? out.set(path, []).get(path)!).push(c);
  for (const c of commits) {
    // A commit whose files are not known (a preview's synthetic squash) counts as touching nothing.
    const files = c.files ?? [];
    const seen = new Set<string>();
    for (const file of files) {
      // A file at the top level of the repository is no package's.
      if (!file.includes('/')) continue;
      const path = longestFirst.find((p) => file.startsWith(`${p}/`));
      if (path === undefined || seen.has(path)) continue;
      seen.add(path);
      add(path, c);
    }
    if (files.length === 0) for (const path of longestFirst) add(path, c);
  }
  return out;
}

/** The commits before (newer than) the package's release commit; all of them when it is not in the list. */
function commitsAfterSha(commits: RawCommit[], sha: string | undefined): RawCommit[] {
  const index = commits.findIndex((c) => c.sha === sha);
  return index === -1 ? commits : commits.slice(0, index);
}
