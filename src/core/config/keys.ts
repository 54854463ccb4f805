/**
 * Every key release-please 17.11.2 reads from its manifest config (schemas/config.json plus the
 * keys manifest.ts reads that the schema omits: package-name, component, include-commit-authors),
 * sorted by what pyrelease does with it. A key in none of these tables is unknown to
 * release-please too, and is named in one warning.
 */

/** How a value is checked before it is used. */
export type ValueKind = 'boolean' | 'string' | 'count' | 'paths' | 'labels' | 'sections' | 'extra-files' | 'plugins';

/**
 * Options of one package. At the top level they are defaults for every package; a package's
 * own value wins (release-please's mergeReleaserConfig).
 */
export const packageOptionKinds = {
  'release-type': 'string',
  'package-name': 'string',
  component: 'string',
  'changelog-path': 'string',
  'changelog-host': 'string',
  'changelog-sections': 'sections',
  'extra-files': 'extra-files',
  'exclude-paths': 'paths',
  'bump-minor-pre-major': 'boolean',
  'bump-patch-for-minor-pre-major': 'boolean',
  'release-as': 'string',
  prerelease: 'boolean',
  'prerelease-type': 'string',
  versioning: 'string',
  draft: 'boolean',
  'draft-pull-request': 'boolean',
  'include-v-in-tag': 'boolean',
  'include-v-in-release-name': 'boolean',
  'include-component-in-tag': 'boolean',
  'tag-separator': 'string',
  'pull-request-title-pattern': 'string',
  'pull-request-header': 'string',
  'pull-request-footer': 'string',
  'component-no-space': 'boolean',
  'skip-github-release': 'boolean',
  'skip-changelog': 'boolean',
  'date-format': 'string',
  'version-file': 'string',
  // default: the CHANGELOG pyrelease renders; github: GitHub's generate-notes API writes the notes.
  'changelog-type': 'string',
  // Tag the merge commit before creating the release (a draft release makes no tag of its own).
  'force-tag-creation': 'boolean',
  // Read per package by release-please (strategy labels; the merge plugin's opt-out), top level as default.
  'extra-label': 'labels',
  'separate-pull-requests': 'boolean',
} as const satisfies Record<string, ValueKind>;

export type PackageOptionKey = keyof typeof packageOptionKinds;

/** Options of the whole manifest: release-please reads them at the top level only. */
export const manifestOptionKinds = {
  $schema: 'string',
  'group-pull-request-title-pattern': 'string',
  label: 'labels',
  'release-label': 'labels',
  'bootstrap-sha': 'string',
  'last-release-sha': 'string',
  'commit-search-depth': 'count',
  'release-search-depth': 'count',
  'always-update': 'boolean',
  plugins: 'plugins',
  // "Name <email>": a Signed-off-by trailer on the release PR's commit.
  signoff: 'string',
} as const satisfies Record<string, ValueKind>;

export type ManifestOptionKey = keyof typeof manifestOptionKinds;

/** Keys release-please has that pyrelease accepts and does not act on, each with the reason. */
export const ignoredKeyNotes: Readonly<Record<string, string>> = {
  'sequential-calls': 'pyrelease makes one release PR at a time anyway',
  'commit-batch-size': 'pyrelease reads history from git, not page by page from the API',
  'always-link-local': 'a node-workspace setting',
  'snapshot-label': 'snapshots are a Java feature',
  'skip-snapshot': 'snapshots are a Java feature',
  'initial-version': 'release-please ignores it for release-type python too (a first release is 0.1.0)',
  // The oracle agrees: parseConventionalCommits copies no author onto the commits it returns.
  'include-commit-authors': 'release-please 17.11.2 reads it but never shows an author: its commit parser drops the author (googleapis/release-please#2761), so pyrelease shows none either',
};

/** release-please-action inputs sometimes written into the config file, where release-please ignores them. */
export const actionInputKeys: readonly string[] = [
  'token', 'target-branch', 'config-file', 'manifest-file', 'repo-url', 'github-api-url', 'github-graphql-url',
  'fork', 'skip-labeling', 'skip-github-pull-request', 'proxy-server', 'path', 'versioning-strategy',
];

export function isPackageOptionKey(key: string): key is PackageOptionKey {
  return Object.hasOwn(packageOptionKinds, key);
}

export function isManifestOptionKey(key: string): key is ManifestOptionKey {
  return Object.hasOwn(manifestOptionKinds, key);
}
