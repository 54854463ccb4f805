/**
 * A package's tag format as release-please builds its tag names: the component (when
 * include-component-in-tag), tag-separator, include-v-in-tag and the version notation. The
 * release stage formats tags with it and the publish stage parses the run's tag with it, so
 * both read the one format.
 */
import type { TagStyle } from '../version/tag-name.js';
import { versionNotation } from '../version/notation.js';
import type { PackageConfig } from './types.js';

export function tagStyleOf(pkg: PackageConfig): TagStyle {
  const component = pkg.includeComponentInTag ? pkg.component || pkg.packageName || '' : '';
  return { component, separator: pkg.tagSeparator, includeV: pkg.includeVInTag, notation: versionNotation(pkg) };
}
