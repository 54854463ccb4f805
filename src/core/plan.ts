/**
 * commits + config + files → ReleasePlan: the version, tag, PR title and body, CHANGELOG entry
 * and file edits release-please 17.11.2 would propose. Pure: the caller reads git.
 */
import type { RawCommit } from './commits/raw-commit.js';
import { sentenceCase } from './commits/sentence-case.js';
import type { ConventionalCommit } from './commits/conventional-commit.js';
import type { PackageConfig, ReleaseConfig } from './config/types.js';
import { isEntryEmpty, renderChangelogEntry } from './changelog/render-entry.js';
import { pythonSections, simpleSections } from './changelog/sections.js';
import { renderBody, DEFAULT_FOOTER, DEFAULT_HEADER } from './release-pr/body.js';
import { releaseBranchName } from './release-pr/branch.js';
import { GROUP_TITLE_PATTERN, renderTitle } from './release-pr/title.js';
import type { ReleasePlan } from './release-plan.js';
import { planFileUpdates } from './updaters/index.js';
import type { StructuredFileUpdaters } from './updaters/extra-files.js';
import { appendDependenciesSection } from './workspace/dependency-notes.js';
import type { DependencyBump } from './workspace/dependents.js';
import { ownCommitsOf, type OwnCommits } from './own-commits.js';
import { nextVersion } from './version/bump.js';
import { formatTag } from './version/tag-name.js';
import { branchComponent, tagStyleOf } from './config/tag-style.js';
import { versionNotation } from './version/notation.js';
import { formatVersion, parseVersion, type Version } from './version/version.js';

/**
 * The commits since the previous release, newest first (git log order): as read, or already
 * kept and parsed while git streamed them (own-commits.ts).
 */
export type PlanCommits = { commits: readonly RawCommit[] } | { ownCommits: OwnCommits };

export type PlanInput = PlanCommits & PlanSettings;

export interface PlanSettings {
  pkg: PackageConfig;
  config: ReleaseConfig;
  /** The previous release, or null for a first release. */
  previous: { version: string; tag: string } | null;
  date: string;
  owner: string;
  repo: string;
  targetBranch: string;
  /** The manifest file to update; absent in release-please-action's manifest-less mode when no such file exists. */
  manifest?: { path: string; content: string | undefined };
  readFile: (path: string) => string | undefined;
  treePaths: readonly string[];
  /**
   * With `changelog-type: github`: the body GitHub's generate-notes API wrote for this tag. Unset,
   * the plan still decides the version and tag (the caller asks GitHub with them, then plans again).
   */
  githubNotes?: string;
  /**
   * A uv workspace member: the workspace's uv.lock (repository path), the member's directory as
   * uv.lock names it, and — when members it depends on are released with it — what that changes.
   */
  workspace?: { lockPath: string; memberPath: string; bump?: DependencyBump };
  /** The format updaters, loaded by the caller when the config's extra-files need them (updaters/structured-files.ts). */
  fileFormats?: StructuredFileUpdaters;
}

export function planNextRelease(input: PlanInput): ReleasePlan {
  const { pkg, config } = input;
  // release-please plans a package from the commits that touch its path (or nothing), less exclude-paths.
  const { count, parsed } = 'ownCommits' in input ? input.ownCommits : ownCommitsOf(input.commits, pkg);
  // release-please runs each plugin's processCommits in the order configured.
  const commits = config.plugins.reduce((list, plugin) => (plugin.type === 'sentence-case' ? sentenceCase(list, plugin.specialWords) : list), parsed.commits);
  const base: ReleasePlan = {
    version: null,
    tag: null,
    previousVersion: input.previous?.version ?? null,
    previousTag: input.previous?.tag ?? null,
    title: null,
    body: null,
    changelogEntry: null,
    files: {},
    commits: count,
    reasons: [],
    // A grouped PR (separate-pull-requests: false) lives on the plain branch, whatever the component.
    headBranch: releaseBranchName(input.targetBranch, config.separatePullRequests ? branchComponent(pkg) : ''),
    labels: [...config.labels, ...config.extraLabels],
    draftPullRequest: pkg.draftPullRequest,
    releaseName: null,
    draftRelease: pkg.draft,
    prerelease: false,
    warnings: parsed.warnings,
  };
  const bump = input.workspace?.bump;
  if (commits.length === 0 && !bump) return { ...base, reasons: [nothingReason(count, 'none is a conventional commit')] };
  const { version, reasons } = bump ? dependentVersion(commits, input, pkg, bump) : decideVersion(commits, input, pkg);
  const versionText = formatVersion(version);
  const style = tagStyleOf(pkg);
  const { component } = style;
  const tag = formatTag(version, style);
  const sections = pkg.changelogSections ?? (pkg.releaseType === 'simple' ? simpleSections : pythonSections);
  const github = pkg.changelogType === 'github';
  const own = github && input.githubNotes !== undefined ? githubEntry(versionText, input.date, input.githubNotes) : renderChangelogEntry(commits, {
    host: pkg.changelogHost,
    owner: input.owner,
    repo: input.repo,
    version: versionText,
    previousTag: input.previous?.tag ?? null,
    currentTag: tag,
    date: input.date,
    sections,
  });
  // release-please's workspace plugins append the bumped dependencies to the entry (and so to the PR body).
  const entry = bump?.notes ? appendDependenciesSection(own, bump.notes) : own;
  // GitHub's notes always hold more than the heading: release-please then releases for any conventional commit.
  if (!github && !bump && isEntryEmpty(entry)) return { ...base, reasons: [nothingReason(count, 'only hidden types (chore, ci, test, refactor, build, style…)')] };
  const notesWarning = github && input.githubNotes === undefined ? ['changelog-type github: GitHub writes these release notes (its generate-notes API), which needs a token; this plan shows the default CHANGELOG entry instead'] : [];
  const { files, warnings } = planFileUpdates({ pkg, version: versionText, date: input.date, changelogEntry: entry, commits, sections, repositoryUrl: `${pkg.changelogHost}/${input.owner}/${input.repo}`, manifest: input.manifest, readFile: input.readFile, treePaths: input.treePaths, ...(input.fileFormats && { fileFormats: input.fileFormats }), ...(input.workspace && { workspace: { lockPath: input.workspace.lockPath, memberPath: input.workspace.memberPath, rewrites: bump?.rewrites ?? [], lockSpecifiers: bump?.lockSpecifiers ?? [] } }) });
  return {
    ...base,
    version: versionText,
    tag,
    title: config.separatePullRequests
      ? renderTitle({ component, targetBranch: input.targetBranch, version: versionText, pattern: pkg.pullRequestTitlePattern, componentNoSpace: pkg.componentNoSpace })
      : renderTitle({ component, targetBranch: input.targetBranch, version: versionText, pattern: config.groupPullRequestTitlePattern ?? GROUP_TITLE_PATTERN, componentNoSpace: pkg.componentNoSpace }),
    body: renderBody(entry, pkg.pullRequestHeader ?? DEFAULT_HEADER, pkg.pullRequestFooter ?? DEFAULT_FOOTER, config.separatePullRequests ? undefined : { component, version: versionText }),
    changelogEntry: entry,
    files,
    reasons,
    releaseName: `${component ? `${component}: ` : ''}${pkg.includeVInReleaseName ? 'v' : ''}${versionText}`,
    // release-please marks the GitHub release a prerelease only for pre-release or 0.x versions.
    prerelease: pkg.prerelease && (version.preRelease !== undefined || version.major === 0),
    warnings: [...parsed.warnings, ...notesWarning, ...warnings],
  };
}

/** release-please's GitHubChangelogNotes: `## <version> (<date>)`, a blank line, GitHub's body as it came. */
function githubEntry(version: string, date: string, body: string): string {
  return `## ${version} (${date})\n\n${body}`;
}

function decideVersion(commits: ConventionalCommit[], input: PlanInput, pkg: PackageConfig): { version: Version; reasons: string[] } {
  const notation = versionNotation(pkg);
  if (pkg.releaseAs) return { version: parseVersion(pkg.releaseAs, 'release-as', notation), reasons: [`release-as: ${pkg.releaseAs} in the config forces the version (remove it after this release)`] };
  if (!input.previous) {
    const footer = commits.find((c) => c.notes.some((n) => n.title === 'RELEASE AS'));
    const text = footer?.notes.find((n) => n.title === 'RELEASE AS')?.text;
    if (text) return { version: parseVersion(text, 'Release-As footer', notation), reasons: [`a Release-As: ${text} footer forces the version`] };
    const initial = pkg.releaseType === 'python' ? '0.1.0' : '1.0.0';
    return { version: parseVersion(initial), reasons: [`no previous release: the first release is ${initial}`] };
  }
  return nextVersion(parseVersion(input.previous.version, 'previous version', notation), commits, pkg);
}

/**
 * A member released because members it depends on are: release-please's workspace plugins give
 * it a patch bump through its versioning strategy (no commits), or keep the version its own
 * commits already decide.
 */
function dependentVersion(commits: ConventionalCommit[], input: PlanInput, pkg: PackageConfig, bump: DependencyBump): { version: Version; reasons: string[] } {
  const why = `depends on ${bump.dependsOn.join(', ')}, released with it`;
  if (commits.length > 0) {
    const own = decideVersion(commits, input, pkg);
    return { version: own.version, reasons: [...own.reasons, `${why}: its Dependencies entry says so`] };
  }
  if (pkg.releaseAs || !input.previous) return { version: decideVersion(commits, input, pkg).version, reasons: [`${why} (no commits of its own)`] };
  const { version } = nextVersion(parseVersion(input.previous.version, 'previous version', versionNotation(pkg)), [], pkg);
  return { version, reasons: [`${why}: a patch release with a Dependencies entry (no commits of its own)`] };
}

function nothingReason(count: number, why: string): string {
  if (count === 0) return 'no commits since the last release';
  return `${count} commit${count === 1 ? '' : 's'} since the last release: ${why}`;
}
