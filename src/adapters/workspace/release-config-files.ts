/**
 * Reads the release-please config and manifest from the checked-out work tree and hands the
 * text to core/config. The planner reads them again at the planned ref through git; this
 * early read validates everything before any stage writes anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfigPath } from '../../core/config/config-path.js';
import { crossCheckManifest, parseManifest, parseReleaseConfig } from '../../core/config/parse.js';
import type { Manifest, ReleaseConfig } from '../../core/config/types.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export interface LoadedReleaseConfig {
  config: ReleaseConfig;
  manifest: Manifest;
  configFile: string;
  manifestFile: string;
  warnings: string[];
}

export function loadReleaseConfig(dir: string, configName: string | undefined, manifestFile: string): LoadedReleaseConfig {
  const choice = resolveConfigPath(configName, (p) => existsSync(join(dir, p)));
  if (!choice.found) throw new PyreleaseError('CONFIG_MISSING', `${choice.file}: release-please config file not found`, { file: choice.file, fix: choice.fix });
  if (!existsSync(join(dir, manifestFile))) {
    throw new PyreleaseError('MANIFEST_MISSING', `${manifestFile}: release-please manifest file not found`, { file: manifestFile, fix: `create ${manifestFile} with {".": "0.0.0"} for a first release (or the version you last released)` });
  }
  const { config, warnings } = parseReleaseConfig(readFileSync(join(dir, choice.file), 'utf8'), choice.file);
  const manifest = parseManifest(readFileSync(join(dir, manifestFile), 'utf8'), manifestFile);
  return {
    config,
    manifest,
    configFile: choice.file,
    manifestFile,
    warnings: [...(choice.warning ? [choice.warning] : []), ...warnings, ...crossCheckManifest(config, manifest, { config: choice.file, manifest: manifestFile })],
  };
}
