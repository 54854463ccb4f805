/** release-please 17.11.2's defaults for a manifest-mode Python package (release-please-behaviour.md §1). */
export const configDefaults = {
  changelogPath: 'CHANGELOG.md',
  changelogHost: 'https://github.com',
  includeVInTag: true,
  includeComponentInTag: true,
  includeVInReleaseName: true,
  tagSeparator: '-',
  labels: ['autorelease: pending'],
  releaseLabels: ['autorelease: tagged'],
  commitSearchDepth: 500,
  releaseSearchDepth: 400,
} as const;

/** Keys release-please knows (manifest schema) that pyrelease reads. */
export const packageKeys = [
  'release-type', 'package-name', 'component', 'changelog-path', 'changelog-host', 'changelog-sections', 'extra-files',
  'exclude-paths', 'bump-minor-pre-major', 'bump-patch-for-minor-pre-major', 'release-as', 'prerelease', 'prerelease-type',
  'versioning', 'draft', 'draft-pull-request', 'include-v-in-tag', 'include-component-in-tag', 'include-v-in-release-name',
  'tag-separator', 'pull-request-title-pattern', 'pull-request-header', 'pull-request-footer', 'component-no-space',
  'skip-github-release', 'skip-changelog', 'date-format',
] as const;

export const topLevelKeys = [
  '$schema', 'packages', 'separate-pull-requests', 'group-pull-request-title-pattern', 'label', 'release-label', 'extra-label',
  'bootstrap-sha', 'last-release-sha', 'commit-search-depth', 'release-search-depth', 'always-update',
] as const;

/** Keys release-please has that change nothing pyrelease does for one Python package: accepted, noted once. */
export const ignoredKeys = [
  'plugins', 'sequential-calls', 'changelog-type', 'snapshot-label', 'release-search-depth', 'signoff', 'skip-labeling',
  'initial-version', 'include-commit-authors', 'versioning-strategy', 'skip-snapshot', 'force-tag-creation',
  'reviewers', 'pull-request-title-pattern-group', 'changelog-notes-type',
] as const;
