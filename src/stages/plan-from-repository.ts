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
import { directoryView } from '../core/package-path.js';
import { assertPackageDirectory, packageReadPaths } from './package-files.js';
import { planSeveralPackages } from './plan-manifest-from-repository.js';

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
  /** readPullRequests could not read GitHub: what the plan lacks. */
  pullRequestsWarning?: string;
}

export async function planFromRepository(git: GitRepository, req: PlanRequest): Promise<PlanOutcome> {
  // git reads files at a ref by repository path: the config and manifest of a working-directory
  // inside the repository are read under its prefix, and the plan is made in its view. Where
  // the run starts (the commit, the prefix, shallowness) is one process.
  const { sha: headSha, prefix, shallow } = await git.locate(req.ref);
  const candidates = req.configFile ? [req.configFile] : [PYRELEASE_CONFIG_FILE, RELEASE_PLEASE_CONFIG_FILE];
  const view = directoryView(prefix);
  // Independent reads in one round: each git call costs a process start.
  const [head, tags, repoTree, originUrl, branch] = await Promise.all([
    git.readFiles(headSha, [...candidates, req.manifestFile].map(view.outside)),
    git.tagsReachableFrom(headSha),
    git.listTree(headSha),
    req.repository ? Promise.resolve(undefined) : git.originUrl(),
    req.targetBranch ? Promise.resolve(undefined) : git.currentBranch(),
  ]);
  const at = (p: string) => head.get(view.outside(p));
  const choice = resolveConfigPath(req.configFile, (p) => at(p) !== undefined);
  if (!choice.found) throw new PyreleaseError('CONFIG_MISSING', `${choice.file}: release-please config file not found at ${req.ref}`, { file: choice.file, fix: choice.fix });
  const configFile = choice.file;
  const manifestText = at(req.manifestFile);
  if (manifestText === undefined) {
    throw new PyreleaseError('MANIFEST_MISSING', `${req.manifestFile}: release-please manifest not found at ${req.ref}`, { file: req.manifestFile, fix: `commit ${req.manifestFile} with {".": "0.0.0"} for a first release` });
  }
  const { config, warnings } = parseReleaseConfig(at(configFile)!, configFile, req.onlyPath);
  if (req.changelogHost) for (const p of config.packages) p.changelogHost = req.changelogHost;
  const manifest = parseManifest(manifestText, req.manifestFile);
  const treePaths = repoTree.flatMap((p) => view.inside(p) ?? []);
  const allTags = [...(req.knownTags ?? []), ...tags.filter((t) => !req.knownTags?.some((k) => k.name === t.name))];
  if (config.packages.length > 1) {
    const read = { headSha, view, tags: allTags, shallow, treePaths, configFile, config, manifest, manifestText, originUrl, branch, warnings: [...(choice.warning ? [choice.warning] : []), ...warnings] };
    return planSeveralPackages(git, req, read);
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
  };
  // Without GitHub or a rewrite to wait for, each commit is kept and parsed as git writes it
  // (issue #21): the parse runs while git walks, and no raw message is held.
  const streamed = req.readPullRequests || req.rewriteCommits ? undefined : collectOwnCommits(pkg, view);
  const [history, files] = await Promise.all([readReleaseHistory(git, historyRequest, { tags: allTags, shallow }, streamed?.add), git.readFiles(headSha, wanted.map(view.outside))]);
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
    manifest: { path: req.manifestFile, content: manifestText },
    readFile: (p) => files.get(view.outside(p)),
    treePaths,
  };
  const first = planNextRelease(input);
  // The notes need the tag, so GitHub is asked once the version is known, and the plan made again with them.
  const notes = first.version !== null && pkg.changelogType === 'github' && req.generateNotes ? await req.generateNotes({ repository, tag: first.tag!, previousTag: first.previousTag, targetBranch }) : undefined;
  const plan = notes === undefined ? first : planNextRelease({ ...input, githubNotes: notes });
  const inRepository = { ...plan, files: Object.fromEntries(Object.entries(plan.files).map(([p, c]) => [view.outside(p), c])) };
  return { plan: inRepository, headSha, notices: history.notices, warnings: [...(choice.warning ? [choice.warning] : []), ...warnings, ...plan.warnings], ...(withGitHub.warning && { pullRequestsWarning: withGitHub.warning }) };
}
