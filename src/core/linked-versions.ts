/**
 * release-please's linked-versions plugin (plugins/linked-versions.js), before the packages are
 * planned (preconfigure): each package of the group whose tag component is listed is planned
 * alone, the highest version any of them would get becomes every member's release-as, and a
 * member with nothing to release gets release-please's own "Synchronize" commit (a chore, so it
 * releases only when chore is a visible changelog section).
 */
import type { RawCommit } from './commits/raw-commit.js';
import { tagComponent } from './config/tag-style.js';
import type { LinkedVersionsPlugin, PackageConfig } from './config/types.js';
import type { ReleasePlan } from './release-plan.js';
import { versionNotation } from './version/notation.js';
import { compareVersions, parseVersion } from './version/version.js';

export function linkVersions(plugin: LinkedVersionsPlugin, packages: PackageConfig[], commitsOf: Record<string, RawCommit[]>, planAlone: (pkg: PackageConfig) => ReleasePlan): PackageConfig[] {
  const group = packages.filter((p) => tagComponent(p) !== '' && plugin.components.includes(tagComponent(p)));
  const planned = group.map((pkg) => ({ pkg, version: planAlone(pkg).version }));
  const versions = planned.flatMap((p) => (p.version === null ? [] : [parseVersion(p.version, 'linked version', versionNotation(p.pkg))]));
  if (versions.length === 0) return packages;
  // The first of the highest (release-please's reduce keeps the collector when it compares greater).
  const primary = versions.reduce((a, b) => (compareVersions(a, b) > 0 ? a : b), versions[0]!);
  const text = planned.find((p) => p.version !== null && compareVersions(parseVersion(p.version, 'linked version', versionNotation(p.pkg)), primary) === 0)!.version!;
  return packages.map((pkg) => {
    const member = planned.find((p) => p.pkg === pkg);
    if (!member) return pkg;
    if (member.version === null) {
      // No files, as release-please's: exclude-paths (applied before this plugin there) leave it alone.
      commitsOf[pkg.path] = [...(commitsOf[pkg.path] ?? []), { sha: '', message: `chore(${tagComponent(pkg)}): Synchronize ${plugin.groupName} versions\n\nRelease-As: ${text}` }];
    }
    return { ...pkg, releaseAs: text };
  });
}
