/**
 * Where a package lives in its repository, and which commits belong to it, as release-please
 * 17.11.2 decides for a package at a path other than "." (manifest.ts with util/commit-split.js
 * and util/commit-exclude.js): a commit counts when it touches a file under the path, or when it
 * touches no file at all; exclude-paths then drop commits whose files under the package all lie
 * in an excluded path (a commit with no such file included).
 */
import type { RawCommit } from './commits/raw-commit.js';

export const ROOT_PATH = '.';

/** release-please's normalizePaths: no leading or trailing slash; "" and "/" mean the root. */
export function normalizePackagePath(path: string): string {
  const p = path.replace(/\/$/, '').replace(/^\//, '');
  return p === '' ? ROOT_PATH : p;
}

/** Why a package path cannot be used (release-please's addPath refuses `..`, `~` and absolute paths), or undefined. */
export function packagePathProblem(path: string): string | undefined {
  if (path === ROOT_PATH) return undefined;
  if (path.startsWith('/')) return 'starts with "/"; package paths are relative to the repository root';
  if (path.split('/').some((s) => s === '..' || s === '.' || s === '~' || s === '')) return 'has ".", "..", "~" or an empty part; write the directory as a plain relative path such as "packages/widget"';
  return undefined;
}

/** Is `file` (repository-relative) inside the package at `pkgPath`? */
export function isUnderPackage(file: string, pkgPath: string): boolean {
  return pkgPath === ROOT_PATH || file.startsWith(`${pkgPath}/`);
}

/** The commits release-please plans for the package, in the order given. */
export function commitsOfPackage(commits: readonly RawCommit[], pkgPath: string, excludePaths: readonly string[]): RawCommit[] {
  return commits.filter(packageFilter(pkgPath, excludePaths));
}

/** commitsOfPackage for one commit at a time (a planner streaming the log). */
export function packageFilter(pkgPath: string, excludePaths: readonly string[]): (c: RawCommit) => boolean {
  const excluded = excludePaths.map(normalizePackagePath);
  return (c) => touchesPackage(c, pkgPath) && !isExcluded(c, pkgPath, excluded);
}

/**
 * Whether a package's commits are told apart by the files they change: not for the root package
 * without exclude-paths, seen from the repository's top (release-please gives "." every commit),
 * so the walk need not ask git for them.
 */
export function commitFilesMatter(pkg: { path: string; excludePaths: readonly string[] }, prefix: string): boolean {
  return prefix.replace(/\/+$/, '') !== '' || normalizePackagePath(pkg.path) !== ROOT_PATH || pkg.excludePaths.length > 0;
}

/** CommitSplit with includeEmpty: files under the path, or no files at all. Unknown files (a synthetic commit) count. */
function touchesPackage(c: RawCommit, pkgPath: string): boolean {
  if (pkgPath === ROOT_PATH || c.files === undefined || c.files.length === 0) return true;
  return c.files.some((f) => isUnderPackage(f, pkgPath));
}

/** CommitExclude.shouldInclude: excluded when every file of the package lies under an excluded path ("every" of none is true). */
export function isExcluded(c: RawCommit, pkgPath: string, excluded: readonly string[]): boolean {
  if (excluded.length === 0 || c.files === undefined) return false;
  return c.files.filter((f) => isUnderPackage(f, pkgPath)).every((f) => excluded.some((p) => isUnderPackage(f, p)));
}

/**
 * The repository as seen from a subdirectory (working-directory inside the repository, with its
 * own config keyed "."): paths relative to it, and only the commits that touch it (or nothing),
 * as release-please has it for a package at that path. `prefix` is "" for the repository root.
 */
export interface DirectoryView {
  /** Repository path → path in the view, or undefined when outside. */
  inside(path: string): string | undefined;
  /** Path in the view → repository path. */
  outside(path: string): string;
  commits(commits: readonly RawCommit[]): RawCommit[];
  /** commits() for one commit: undefined when it does not touch the directory. */
  commit(commit: RawCommit): RawCommit | undefined;
}

export function directoryView(prefix: string): DirectoryView {
  const dir = prefix.replace(/\/+$/, '');
  if (dir === '') return { inside: (p) => p, outside: (p) => p, commits: (c) => [...c], commit: (c) => c };
  const commit = (c: RawCommit): RawCommit | undefined => {
    if (!touchesPackage(c, dir)) return undefined;
    return c.files === undefined ? c : { ...c, files: c.files.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1)) };
  };
  return {
    inside: (p) => (p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : undefined),
    outside: (p) => `${dir}/${p}`,
    commits: (commits) => commits.flatMap((c) => commit(c) ?? []),
    commit,
  };
}
