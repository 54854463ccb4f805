/**
 * What the planner reads of a package's tree: the check that its directory exists, and the
 * files its updaters may edit (release-please-behaviour.md §9), by repository path.
 */
import { isUnderPackage, ROOT_PATH } from '../core/package-path.js';
import type { PackageConfig } from '../core/config/types.js';
import { packagePath } from '../core/updaters/extra-files.js';
import { updaterReadPaths } from '../core/updaters/index.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';

const VERSION_FILES = new Set(['pyproject.toml', 'setup.py', 'setup.cfg', 'version.py', 'version.txt', 'CHANGELOG.md', 'uv.lock']);

/** Version files, plus what the configured updaters read (extra files by path or glob, changelog.json). */
export function packageReadPaths(pkg: PackageConfig, treePaths: readonly string[]): string[] {
  return [...new Set([...treePaths.filter((p) => isVersionFileCandidate(p, pkg.path, packagePath(pkg.path, pkg.changelogPath))), ...updaterReadPaths(pkg, treePaths)])];
}

/** A package path release-please would plan against a directory the repository does not have: refused before anything is written. */
export function assertPackageDirectory(pkgPath: string, treePaths: readonly string[], configFile: string, ref: string): void {
  if (pkgPath === ROOT_PATH || treePaths.some((p) => isUnderPackage(p, pkgPath))) return;
  throw new PyreleaseError('CONFIG_PACKAGE_PATH_MISSING', `${configFile}: packages ${JSON.stringify(pkgPath)} names a directory that does not exist at ${ref}`, {
    file: configFile,
    key: `packages.${JSON.stringify(pkgPath)}`,
    fix: `key the package by the directory that holds its pyproject.toml, relative to the repository root (or "." for the root), and commit that directory`,
  });
}

/** Files the Python updaters may edit, by their path inside the package (release-please-behaviour.md §9). */
function isVersionFileCandidate(path: string, pkgPath: string, changelogPath: string): boolean {
  if (path === changelogPath) return true;
  if (!isUnderPackage(path, pkgPath)) return false;
  const parts = (pkgPath === ROOT_PATH ? path : path.slice(pkgPath.length + 1)).split('/');
  const base = parts[parts.length - 1]!;
  if (base === '__init__.py') return parts.length <= 3;
  return VERSION_FILES.has(base);
}
