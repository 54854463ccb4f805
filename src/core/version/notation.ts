/**
 * Which notation a package's versions use: PEP 440 only with pyrelease's own `versioning: pep440`.
 * A PEP 440-looking `prerelease-type` ("rc") alone does not switch it: release-please ignores
 * prerelease-type outside `versioning: prerelease` and writes "1.3.0-rc" within it, and a config
 * both tools read must plan the same (the differential tests hold pyrelease to that).
 */
import type { PackageConfig } from '../config/types.js';
import type { VersionNotation } from './version.js';

export function versionNotation(pkg: Pick<PackageConfig, 'versioning'>): VersionNotation {
  return pkg.versioning === 'pep440' ? 'pep440' : 'semver';
}
