/**
 * The release-please configuration, as release-please 17.11.2 understands it for a Python
 * package, after defaults are applied. Parsed once by core/config/parse.ts; every planner
 * function takes these plain values. Field names are the camelCase of the JSON keys.
 */

export interface ChangelogSection {
  type: string;
  section: string;
  hidden?: boolean;
  /** When set, only commits with this scope map to the section. */
  scope?: string;
}

export type ExtraFileType = 'generic' | 'json' | 'yaml' | 'toml' | 'xml' | 'pom';

/** A string entry is dispatched by extension (release-please's rule); objects name the updater. */
export type ExtraFile =
  | string
  | { type: ExtraFileType; path: string; jsonpath?: string; xpath?: string; glob?: boolean };

export type VersioningStrategy =
  | 'default'
  | 'always-bump-patch'
  | 'always-bump-minor'
  | 'always-bump-major'
  | 'prerelease'
  | 'service-pack'
  /** pyrelease's own: PEP 440 pre-releases (1.2.0rc1), see core/version/notation.ts. */
  | 'pep440';

export type ReleaseType = 'python' | 'simple';

export type ChangelogType = 'default' | 'github';

/** One package of the manifest (one or several; "." is the repository root). */
export interface PackageConfig {
  /** Key in `packages`: "." for the repository root. */
  path: string;
  releaseType: ReleaseType;
  packageName?: string;
  component?: string;
  changelogPath: string; // default CHANGELOG.md
  changelogHost: string; // default https://github.com
  /** undefined → release-please's defaults for the release type (see core/changelog/sections.ts). */
  changelogSections?: ChangelogSection[];
  extraFiles: ExtraFile[];
  excludePaths: string[];
  bumpMinorPreMajor: boolean;
  bumpPatchForMinorPreMajor: boolean;
  releaseAs?: string;
  prerelease: boolean;
  prereleaseType?: string;
  versioning: VersioningStrategy;
  draft: boolean;
  draftPullRequest: boolean;
  includeVInTag: boolean; // default true
  includeComponentInTag: boolean; // default true in manifest mode
  includeVInReleaseName: boolean; // default true
  tagSeparator: string; // default "-"
  pullRequestTitlePattern?: string;
  pullRequestHeader?: string;
  pullRequestFooter?: string;
  componentNoSpace: boolean;
  skipGithubRelease: boolean;
  skipChangelog: boolean;
  dateFormat?: string;
  /** `changelog-type`: release-please's default notes, or GitHub's generate-notes API (`github`). */
  changelogType: ChangelogType;
  /** `force-tag-creation`: tag the merge commit before the GitHub release is created (a draft makes none). */
  forceTagCreation: boolean;
  /** The package's merged `separate-pull-requests`: true keeps it out of the grouped PR (release-please's merge plugin). */
  separatePullRequests?: boolean;
  /** The package's merged `extra-label`, added to its release PR's labels. */
  extraLabels?: string[];
  /** release-type simple's version file (release-please default version.txt); python ignores it. */
  versionFile?: string;
}

/** A plugin release-please applies to Python packages (the workspace plugins of other languages are refused in config). */
export type PluginConfig = SentenceCasePlugin | LinkedVersionsPlugin | GroupPriorityPlugin;

export interface SentenceCasePlugin {
  type: 'sentence-case';
  /** Words left as written; release-please's default is ["gRPC", "npm"]. */
  specialWords?: string[];
}

/** The packages whose components are listed always release together, at the highest version any of them would get. */
export interface LinkedVersionsPlugin {
  type: 'linked-versions';
  groupName: string;
  components: string[];
  /** Default true: their release PRs are merged into one on release-please--branches--<target>--groups--<group>. */
  merge: boolean;
}

/** Orders release groups; only Java snapshot PRs have a group in release-please, so for Python it changes nothing. */
export interface GroupPriorityPlugin {
  type: 'group-priority';
  groups: string[];
}

/** Options that apply to the whole manifest, not to one package. */
export interface ReleaseConfig {
  packages: PackageConfig[];
  separatePullRequests: boolean;
  groupPullRequestTitlePattern?: string;
  /** Comma-separated in JSON; split and trimmed here. Default ["autorelease: pending"]. */
  labels: string[];
  /** Default ["autorelease: tagged"]. */
  releaseLabels: string[];
  extraLabels: string[];
  bootstrapSha?: string;
  lastReleaseSha?: string;
  commitSearchDepth: number; // 500
  releaseSearchDepth: number; // 400
  alwaysUpdate: boolean;
  /** In the order written; applied to the parsed commits one after another. */
  plugins: PluginConfig[];
  /** `signoff` ("Name <email>"): the release commit ends with `Signed-off-by: <signoff>`, as release-please writes it. */
  signoff?: string;
  /** Names of keys pyrelease does not know, for one warning that names them. */
  unknownKeys: string[];
}

/** The manifest: package path → released version text (kept as written). */
export type Manifest = Record<string, string>;
