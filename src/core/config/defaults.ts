/**
 * release-please 17.11.2's defaults for a manifest-mode package (release-please-behaviour.md §1),
 * applied after top-level and package values are merged, so "unset" can still be told from false.
 */
export const configDefaults = {
  releaseType: 'python',
  changelogPath: 'CHANGELOG.md',
  changelogHost: 'https://github.com',
  versioning: 'default',
  includeVInTag: true,
  // true in manifest mode (BaseStrategy); the action-input mode passes false.
  includeComponentInTag: true,
  includeVInReleaseName: true,
  tagSeparator: '-',
  labels: ['autorelease: pending'],
  releaseLabels: ['autorelease: tagged'],
  commitSearchDepth: 500,
  releaseSearchDepth: 400,
} as const;

/** release-please's own default name, and pyrelease's, which the action reads first. */
export const RELEASE_PLEASE_CONFIG_FILE = 'release-please-config.json';
export const PYRELEASE_CONFIG_FILE = '.release-please-config.json';
export const MANIFEST_FILE = '.release-please-manifest.json';
