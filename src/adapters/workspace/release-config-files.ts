/**
 * Reads the release-please config and manifest from the checked-out work tree and hands the
 * text to core/config. The planner reads them again at the planned ref through git; this
 * early read validates everything before any stage writes anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifest, parseReleaseConfig } from '../../core/config/parse.js';
import type { Manifest, ReleaseConfig } from '../../core/config/types.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { DEFAULT_CONFIG_FILE, RELEASE_PLEASE_CONFIG_FILE } from '../../settings/settings.js';

export interface LoadedReleaseConfig {
  config: ReleaseConfig;
  manifest: Manifest;
  configFile: string;
  manifestFile: string;
  warnings: string[];
}

/** The config file to use: the one named, else ours, else release-please's own default name. */
export function chooseConfigFile(dir: string, named: string | undefined): string {
  if (named !== undefined) return named;
  if (existsSync(join(dir, DEFAULT_CONFIG_FILE))) return DEFAULT_CONFIG_FILE;
  if (existsSync(join(dir, RELEASE_PLEASE_CONFIG_FILE))) return RELEASE_PLEASE_CONFIG_FILE;
  return DEFAULT_CONFIG_FILE;
}

export function loadReleaseConfig(dir: string, configName: string | undefined, manifestFile: string): LoadedReleaseConfig {
  const configFile = chooseConfigFile(dir, configName);
  const configText = readText(dir, configFile, 'config', configName === undefined);
  const manifestText = readText(dir, manifestFile, 'manifest', false);
  const { config, warnings } = parseReleaseConfig(configText, configFile);
  const manifest = parseManifest(manifestText, manifestFile);
  return { config, manifest, configFile, manifestFile, warnings };
}

function readText(dir: string, file: string, what: 'config' | 'manifest', defaulted: boolean): string {
  const path = join(dir, file);
  if (!existsSync(path)) {
    const fix =
      what === 'config'
        ? defaulted
          ? `create ${DEFAULT_CONFIG_FILE} (or ${RELEASE_PLEASE_CONFIG_FILE}) with {"packages": {".": {"release-type": "python"}}}, or name yours with the config-file input`
          : `check the config-file input: ${file} does not exist in ${dir}`
        : `create ${file} with {".": "0.0.0"} for a first release (or the version you last released)`;
    throw new PyreleaseError(what === 'config' ? 'CONFIG_MISSING' : 'MANIFEST_MISSING', `${file}: release-please ${what} file not found`, { file, fix });
  }
  return readFileSync(path, 'utf8');
}
