/**
 * Loads the format updaters of extra-files (YAML, XML, TOML, JSONPath: core/updaters/structured-files.ts)
 * only for a config that names such a file. They are most of the planner's bundle and most
 * configs never use them: `pyrelease plan` starts ~20 ms sooner without (issue #21).
 */
import { needsStructuredUpdaters, type StructuredFileUpdaters } from '../core/updaters/extra-files.js';
import type { PackageConfig } from '../core/config/types.js';

export async function fileFormatsFor(packages: readonly Pick<PackageConfig, 'extraFiles'>[]): Promise<{ fileFormats?: StructuredFileUpdaters }> {
  if (!needsStructuredUpdaters(packages)) return {};
  return { fileFormats: (await import('../core/updaters/structured-files.js')).structuredFileUpdaters };
}
