/**
 * Plans the next release from a local repository at a ref: what `pyrelease plan` prints and
 * what the release stage writes to the release PR. Reads git through the adapter, decides in core.
 */
import { readReleaseHistory } from '../adapters/git/release-history.js';
import { ownerRepoFromUrl } from '../adapters/git/remote-name.js';
import type { GitRepository, TagInfo } from '../adapters/git/repository.js';
import type { RawCommit } from '../core/commits/raw-commit.js';
import { parseManifest, parseReleaseConfig } from '../core/config/parse.js';
import { planNextRelease, type PlanCommits, type PlanInput } from '../core/plan.js';
import { collectOwnCommits } from '../core/own-commits.js';
import { tagStyleOf } from '../core/config/tag-style.js';
import type { ReleasePlan } from '../core/release-plan.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { resolveConfigPath } from '../core/config/config-path.js';
import { PYRELEASE_CONFIG_FILE, RELEASE_PLEASE_CONFIG_FILE } from '../core/config/defaults.js';
import type { RepositoryRef } from '../settings/settings.js';
import { commitFilesMatter, directoryView, type DirectoryView } from '../core/package-path.js';
import { assertPackageDirectory, packageReadPaths } from './package-files.js';
import { fileFormatsFor } from './file-formats.js';
import { planSeveralPackages } from './plan-manifest-from-repository.js';
import { readWorkspaceConfig, type ReadWorkspace } from './workspace-members.js';
import type { WorkspaceMember } from '../core/workspace/members.js';
import type { Manifest, ReleaseConfig } from '../core/config/types.js';
import { MANIFEST_LESS_SOURCE } from '../core/config/manifest-less.js';
import { LATEST_RELEASE_COMMIT_WINDOW, latestReleaseVersion } from '../core/latest-release.js';

export interface PlanRequest {
  ref: string;
  date: string;
  configFile: string | undefined;
  manifestFile: string;
  /** release-please-action's `path` input: plan only this package of the config. */
  onlyPath?: string;
  targetBranch: string | undefined;
  repository: RepositoryRef | undefined;
  /** Tags this run created remotely (not fetched yet), newest first: found like local ones. */
  knownTags?: TagInfo[];
  /**
   * Rewrites the commits read since the previous release before they are planned (the preview
   * squashes a PR's commits into one). Runs after a shallow clone was deepened, so it may read git.
   */
  rewriteCommits?: (commits: RawCommit[], headSha: string) => Promise<RawCommit[]>;
  /**
   * Adds what GitHub knows of the commits (their pull requests, authors' logins) before they are
   * rewritten and planned; `stopSha` is the previous release's commit. A warning says what is missing.
   */
  readPullRequests?: (commits: RawCommit[], where: { repository: RepositoryRef; targetBranch: string; stopSha?: string; maxCommits: number }) => Promise<{ commits: RawCommit[]; warning?: string }>;
  /** With changelog-type github: GitHub's generated notes for the planned tag (release-please's GitHubChangelogNotes). */
  /**
   * release-please-action's manifest-less mode (`release-type`, no config file): this config, built
   * from the inputs, instead of the files; the last release is found from the tags, as
   * Manifest.fromConfig finds it (core/latest-release.ts). configFile is then not read.
   */
  manifestLess?: ReleaseConfig;
  /** release-please-action's changelog-host input: replaces every package's changelog-host, as the action does after loading the manifest. */
  changelogHost?: string;
  generateNotes?: (release: { repository: RepositoryRef; tag: string; previousTag: string | null; targetBranch: string }) => Promise<string | undefined>;
}

export interface PlanOutcome {
  /** The release PR to open (with several packages: the first of pullRequests, or a plan of nothing). */
  plan: ReleasePlan;
  /** With several packages: every release PR release-please would open (grouped, or one per package). */
  pullRequests?: ReleasePlan[];
  headSha: string;
  notices: string[];
  warnings: string[];
  /** With several packages: each package's own plan (its commits since its release), in config order. */
  packages?: Array<{ path: string; plan: ReleasePlan }>;
  /** A uv workspace's members (core/workspace/members.ts). */
  workspace?: WorkspaceMember[];
  /** readPullRequests could not read GitHub: what the plan lacks. */
  pullRequestsWarning?: string;
}

export async function planFromRepository(git: GitRepository, req: PlanRequest): Promise<PlanOutcome> {
  // git reads files at a ref by repository path: the config and manifest of a working-directory
  // inside the repository are read under its prefix, and the plan is made in its view. Where
  // the run starts (the commit, the prefix, shallowness) is one process.
  const { sha: headSha, prefix, shallow } = await git.locate(req.ref);
  const candidates = req.manifestLess ? [] : req.configFile ? [req.configFile] : [PYRELEASE_CONFIG_FILE, RELEASE_PLEASE_CONFIG_FILE];
  const view = directoryView(prefix);
  // Independent reads in one round: each git call costs a process start.
  // Every tag, not only those on the branch: the walk proves the one picked (release-history.ts).
  const [head, listed, repoTree, originUrl, branch] = await Promise.all([
    git.readFiles(headSha, [...candidates, req.manifestFile, 'pyproject.toml'].map(view.outside)),
    git.allTags(),
    git.listTree(headSha),
    req.repository ? Promise.resolve(undefined) : git.originUrl(),
    req.targetBranch ? Promise.resolve(undefined) : git.currentBranch(),
  ]);
  const at = (p: string) => head.get(view.outside(p));
  const withKnown = (tags: TagInfo[]) => [...(req.knownTags ?? []), ...tags.filter((t) => !req.knownTags?.some((k) => k.name === t.name))];
  const treePaths = repoTree.flatMap((p) => view.inside(p) ?? []);
  const reachableTags = async () => withKnown(await git.tagsReachableFrom(headSha));
  const source = req.manifestLess ? await fromInputs(git, req.manifestLess, headSha, withKnown(listed), shallow, at(req.manifestFile)) : { ...(await fromFiles(git, req, at, { sha: headSha, view, treePaths })), tags: withKnown(listed), shallow };
  const { config, configFile, manifest, manifestText, warnings, tags } = source;
  if (req.changelogHost) for (const p of config.packages) p.changelogHost = req.changelogHost;
  if (config.packages.length > 1) {
    const workspace = source.workspace;
    // Several packages stop at several releases: the tags on the branch are asked for at once.
    return planSeveralPackages(git, req, { headSha, view, tags: await reachableTags(), shallow: source.shallow, treePaths, configFile, config, manifest, manifestText: manifestText ?? '', originUrl, branch, warnings, ...(workspace && { workspace: workspace.members, notice: workspace.notice }) });
  }
  const pkg = config.packages[0]!;
  assertPackageDirectory(pkg.path, treePaths, configFile, req.ref);
  // Version files, plus what the configured updaters read (extra files by path or glob, changelog.json).
  const wanted = packageReadPaths(pkg, treePaths);
  const historyRequest = {
    head: headSha,
    manifestVersion: manifest[pkg.path],
    tagStyle: tagStyleOf(pkg),
    bootstrapSha: config.bootstrapSha,
    lastReleaseSha: config.lastReleaseSha,
    commitSearchDepth: config.commitSearchDepth,
    releaseSearchDepth: config.releaseSearchDepth,
    files: commitFilesMatter(pkg, prefix),
  };
  // Without GitHub or a rewrite to wait for, each commit is kept and parsed as git writes it
  // (issue #21): the parse runs while git walks, and no raw message is held.
  const streamed = req.readPullRequests || req.rewriteCommits ? undefined : collectOwnCommits(pkg, view);
  const known = { tags, shallow: source.shallow, reachable: false, reachableTags };
  const [history, files, formats] = await Promise.all([readReleaseHistory(git, historyRequest, known, streamed), git.readFiles(headSha, wanted.map(view.outside)), fileFormatsFor([pkg])]);
  const repository = req.repository ?? ownerRepoFromUrl(originUrl ?? '');
  if (!repository) {
    throw new PyreleaseError('REPOSITORY_UNKNOWN', 'cannot tell the repository owner/name for links', { fix: 'set GITHUB_REPOSITORY=owner/name, or add an origin remote (git remote add origin https://github.com/owner/name)' });
  }
  const targetBranch = req.targetBranch ?? branch ?? 'main';
  const withGitHub = req.readPullRequests ? await req.readPullRequests(history.commits, { repository, targetBranch, ...(history.previous?.sha ? { stopSha: history.previous.sha } : {}), maxCommits: config.commitSearchDepth }) : { commits: history.commits };
  const read = req.rewriteCommits ? await req.rewriteCommits(withGitHub.commits, headSha) : withGitHub.commits;
  const commits: PlanCommits = streamed ? { ownCommits: streamed.done() } : { commits: view.commits(read) };
  const input: PlanInput = {
    ...commits,
    pkg,
    config,
    previous: history.previous ? { version: history.previous.version, tag: history.previous.tag } : null,
    date: req.date,
    owner: repository.owner,
    repo: repository.repo,
    targetBranch,
    // release-please updates a manifest that exists (createIfMissing: false); manifest-less mode may have none.
    ...(manifestText !== undefined && { manifest: { path: req.manifestFile, content: manifestText } }),
    readFile: (p) => files.get(view.outside(p)),
    treePaths,
    ...formats,
  };
  const first = planNextRelease(input);
  // The notes need the tag, so GitHub is asked once the version is known, and the plan made again with them.
  const notes = first.version !== null && pkg.changelogType === 'github' && req.generateNotes ? await req.generateNotes({ repository, tag: first.tag!, previousTag: first.previousTag, targetBranch }) : undefined;
  const plan = notes === undefined ? first : planNextRelease({ ...input, githubNotes: notes });
  const inRepository = { ...plan, files: Object.fromEntries(Object.entries(plan.files).map(([p, c]) => [view.outside(p), c])) };
  return { plan: inRepository, headSha, notices: history.notices, warnings: [...warnings, ...plan.warnings], ...(withGitHub.warning && { pullRequestsWarning: withGitHub.warning }) };
}

interface ConfigRead {
  config: ReleaseConfig;
  /** The config file, or what stands for it in messages (manifest-less: the release-type input). */
  configFile: string;
  manifest: Manifest;
  /** undefined: no manifest file (manifest-less mode only). */
  manifestText: string | undefined;
  warnings: string[];
}

/** The config and manifest files at the ref, both required; a uv workspace is read whole (its dependents take part, even for one path). */
async function fromFiles(git: GitRepository, req: PlanRequest, at: (p: string) => string | undefined, where: { sha: string; view: DirectoryView; treePaths: readonly string[] }): Promise<ConfigRead & { workspace?: ReadWorkspace }> {
  const choice = resolveConfigPath(req.configFile, (p) => at(p) !== undefined);
  if (!choice.found) throw new PyreleaseError('CONFIG_MISSING', `${choice.file}: release-please config file not found at ${req.ref}`, { file: choice.file, fix: choice.fix });
  const manifestText = at(req.manifestFile);
  if (manifestText === undefined) {
    throw new PyreleaseError('MANIFEST_MISSING', `${req.manifestFile}: release-please manifest not found at ${req.ref}`, { file: req.manifestFile, fix: `commit ${req.manifestFile} with {".": "0.0.0"} for a first release` });
  }
  const workspace = await readWorkspaceConfig(git, where, at('pyproject.toml'), at(choice.file)!, choice.file, req.onlyPath);
  const { config, warnings } = workspace ?? parseReleaseConfig(at(choice.file)!, choice.file, req.onlyPath);
  return { config, configFile: choice.file, manifest: parseManifest(manifestText, req.manifestFile), manifestText, warnings: [...(choice.warning ? [choice.warning] : []), ...warnings], ...(workspace && { workspace }) };
}

/**
 * Manifest-less: the version Manifest.fromConfig would find from the releases and tags of the
 * branch's last 250 commits stands in for the manifest's (a shallow clone is deepened to see them).
 * A manifest file that happens to exist is updated, as release-please does (createIfMissing: false).
 */
async function fromInputs(git: GitRepository, given: ReleaseConfig, headSha: string, listed: TagInfo[], shallow: boolean, manifestText: string | undefined): Promise<ConfigRead & { tags: TagInfo[]; shallow: boolean; workspace?: undefined }> {
  // Every tag: only those among the branch's recent commits count (latestReleaseVersion).
  let tags = listed;
  if (shallow) {
    await git.deepen(LATEST_RELEASE_COMMIT_WINDOW);
    tags = [...tags, ...(await git.tagsReachableFrom(headSha)).filter((t) => !tags.some((k) => k.name === t.name))];
  }
  const recent = new Set(await git.recentCommits(headSha, LATEST_RELEASE_COMMIT_WINDOW));
  // A copy: the changelog-host input is applied to it, and the caller's config is planned again later.
  const config = { ...given, packages: given.packages.map((p) => ({ ...p })) };
  const pkg = config.packages[0]!;
  const latest = latestReleaseVersion(pkg, tags, recent);
  return { config, configFile: MANIFEST_LESS_SOURCE, manifest: latest === undefined ? {} : { [pkg.path]: latest }, manifestText, warnings: [], tags, shallow: shallow && (await git.isShallow()) };
}
