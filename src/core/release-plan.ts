/**
 * The one model of a proposed release: rendered by the CLI (`pyrelease plan`), written to the
 * release PR, shown in previews and the job summary. Field names of the JSON contract
 * (version, tag, previousVersion, previousTag, title, body, changelogEntry, files, commits,
 * reasons) are public: tools outside the project read them.
 */
export interface ReleasePlan {
  /** Next version, or null when nothing is releasable. */
  version: string | null;
  tag: string | null;
  previousVersion: string | null;
  previousTag: string | null;
  /** Release PR title and body exactly as release-please renders them. */
  title: string | null;
  body: string | null;
  changelogEntry: string | null;
  /** Every file the release PR changes: path → full new content, byte-order by path. */
  files: Record<string, string>;
  /** Commits since the previous release that belong to the package: under its path (or touching nothing), less exclude-paths. */
  commits: number;
  /** Why this version: the commits (and rules) that decided the bump, human readable. */
  reasons: string[];
  /** release-please--branches--<target>[--components--<component>] */
  headBranch: string;
  labels: string[];
  draftPullRequest: boolean;
  /** Release name ("v1.2.3" or "widget: v1.2.3"), GitHub release flags. */
  releaseName: string | null;
  draftRelease: boolean;
  prerelease: boolean;
  /** Non-fatal findings (dynamic version skipped, jsonpath matched a non-string…). */
  warnings: string[];
  /**
   * With several packages: each package this PR releases, in config order (version, tag and the
   * release fields above are the first one's, as the oracle's summary view has them).
   */
  releases?: PackageRelease[];
}

/** One package's release inside a monorepo release PR. */
export interface PackageRelease {
  path: string;
  /** The component in its tag and in the PR body's `<summary>` ("" when none). */
  component: string;
  version: string;
  tag: string;
  previousVersion: string | null;
  previousTag: string | null;
  releaseName: string;
  changelogEntry: string;
  draftRelease: boolean;
  prerelease: boolean;
}
