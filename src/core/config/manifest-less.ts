/**
 * release-please-action's manifest-less mode (`release-type` with no config file): the one
 * package config its index.ts hands Manifest.fromConfig — release-type, include-component-in-tag,
 * versioning and release-as from the inputs, at `path` (default the root), every other option at
 * release-please's default. Written as the config text release-please would read, and parsed by
 * the same parser as a config file, so the planner sees no difference.
 */
import { parseReleaseConfig } from './parse.js';
import type { ReleaseConfig, ReleaseType, VersioningStrategy } from './types.js';

/** The inputs release-please-action v4 reads only with release-type (its ActionInputs), checked by settings/. */
export interface ManifestLessInputs {
  releaseType: ReleaseType;
  /** `path`: the package's directory, "." for the repository root. */
  path: string;
  /** action.yml's default is false (release-please's own default, true, never applies here). */
  includeComponentInTag: boolean;
  versioning?: VersioningStrategy;
  releaseAs?: string;
}

/** What messages name instead of a config file in this mode. */
export const MANIFEST_LESS_SOURCE = "input 'release-type'";

export function manifestLessConfig(inputs: ManifestLessInputs): { config: ReleaseConfig; warnings: string[] } {
  const pkg: Record<string, unknown> = { 'release-type': inputs.releaseType, 'include-component-in-tag': inputs.includeComponentInTag };
  if (inputs.versioning !== undefined) pkg.versioning = inputs.versioning;
  if (inputs.releaseAs !== undefined) pkg['release-as'] = inputs.releaseAs;
  return parseReleaseConfig(JSON.stringify({ packages: { [inputs.path]: pkg } }), MANIFEST_LESS_SOURCE);
}
