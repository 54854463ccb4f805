/**
 * A package's tag format as release-please builds its tag names: the component (when
 * include-component-in-tag), tag-separator, include-v-in-tag and the version notation. Every
 * place that formats, parses or matches a package's tags (the planner, the release stage, the
 * release PR's parser, publish's tag parsing) reads it from here, so there is one format.
 */
import type { TagStyle } from '../version/tag-name.js';
import { versionNotation } from '../version/notation.js';
import type { PackageConfig } from './types.js';

/** release-please's getComponent: none when include-component-in-tag is off, else component || package-name. */
export function tagComponent(pkg: Pick<PackageConfig, 'includeComponentInTag' | 'component' | 'packageName'>): string {
  return pkg.includeComponentInTag ? pkg.component || pkg.packageName || '' : '';
}

/** release-please's getBranchComponent: the component of the release branch name, whether or not tags carry it. */
export function branchComponent(pkg: Pick<PackageConfig, 'component' | 'packageName'>): string {
  return pkg.component || pkg.packageName || '';
}

export function tagStyleOf(pkg: PackageConfig): TagStyle {
  return { component: tagComponent(pkg), separator: pkg.tagSeparator, includeV: pkg.includeVInTag, notation: versionNotation(pkg) };
}
