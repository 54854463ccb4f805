/**
 * planFromRepository for a config with several packages: each package's previous release, the
 * one walk for all (adapters/git/manifest-history.ts), every package's files, then the release
 * PRs release-please would open (core/plan-manifest.ts). changelog-type github is not asked of
 * GitHub here: each such package's plan says it shows the default entry.
 */
import { readManifestHistory } from '../adapters/git/manifest-history.js';
import { ownerRepoFromUrl } from '../adapters/git/remote-name.js';
import type { GitRepository, TagInfo } from '../adapters/git/repository.js';
import { tagStyleOf } from '../core/config/tag-style.js';
import type { Manifest, ReleaseConfig } from '../core/config/types.js';
import type { DirectoryView } from '../core/package-path.js';
import { planManifest } from '../core/plan-manifest.js';
import type { ReleasePlan } from '../core/release-plan.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import type { WorkspaceMember } from '../core/workspace/members.js';
import { WORKSPACE_LOCK, workspacePlanInput } from '../core/workspace/workspace-config.js';
import { assertPackageDirectory, packageReadPaths } from './package-files.js';
import { fileFormatsFor } from './file-formats.js';
import type { PlanOutcome, PlanRequest } from './plan-from-repository.js';

/** What planFromRepository already read, in one round. */
export interface ReadSoFar {
  headSha: string;
  view: DirectoryView;
  tags: TagInfo[];
  shallow: boolean;
  treePaths: string[];
  configFile: string;
  config: ReleaseConfig;
  manifest: Manifest;
  manifestText: string;
  originUrl: string | undefined;
  branch: string | undefined;
  warnings: string[];
  /** A uv workspace's members (stages/workspace-members.ts), and what the plan says of them. */
  workspace?: WorkspaceMember[];
  notice?: string;
}

export async function planSeveralPackages(git: GitRepository, req: PlanRequest, read: ReadSoFar): Promise<PlanOutcome> {
  const { config, view, headSha } = read;
  for (const pkg of config.packages) assertPackageDirectory(pkg.path, read.treePaths, read.configFile, req.ref);
  const lock = read.workspace && read.treePaths.includes(WORKSPACE_LOCK) ? [WORKSPACE_LOCK] : [];
  const wanted = [...new Set([...config.packages.flatMap((pkg) => packageReadPaths(pkg, read.treePaths)), ...lock])];
  const packages = config.packages.map((pkg) => ({ path: pkg.path, manifestVersion: read.manifest[pkg.path], tagStyle: tagStyleOf(pkg) }));
  const historyRequest = { head: headSha, packages, bootstrapSha: config.bootstrapSha, lastReleaseSha: config.lastReleaseSha, commitSearchDepth: config.commitSearchDepth, releaseSearchDepth: config.releaseSearchDepth };
  const [history, files, formats] = await Promise.all([readManifestHistory(git, historyRequest, { tags: read.tags, shallow: read.shallow }), git.readFiles(headSha, wanted.map(view.outside)), fileFormatsFor(config.packages)]);
  const repository = req.repository ?? ownerRepoFromUrl(read.originUrl ?? '');
  if (!repository) {
    throw new PyreleaseError('REPOSITORY_UNKNOWN', 'cannot tell the repository owner/name for links', { fix: 'set GITHUB_REPOSITORY=owner/name, or add an origin remote (git remote add origin https://github.com/owner/name)' });
  }
  const targetBranch = req.targetBranch ?? read.branch ?? 'main';
  const withGitHub = req.readPullRequests ? await req.readPullRequests(history.commits, { repository, targetBranch, maxCommits: config.commitSearchDepth }) : { commits: history.commits };
  const commits = req.rewriteCommits ? await req.rewriteCommits(withGitHub.commits, headSha) : withGitHub.commits;
  const planned = planManifest({
    commits: view.commits(commits),
    config,
    previous: history.previous,
    date: req.date,
    owner: repository.owner,
    repo: repository.repo,
    targetBranch,
    manifest: { path: req.manifestFile, content: read.manifestText },
    readFile: (p) => files.get(view.outside(p)),
    treePaths: read.treePaths,
    ...formats,
    ...(read.workspace && { workspace: workspacePlanInput(read.workspace) }),
  });
  const inRepository = (plan: ReleasePlan): ReleasePlan => ({ ...plan, files: Object.fromEntries(Object.entries(plan.files).map(([p, c]) => [view.outside(p), c])) });
  const notices = [...(read.notice ? [read.notice] : []), ...history.notices];
  const each = { packages: planned.packages, ...(read.workspace && { workspace: read.workspace }) };
  // The path input with a workspace: that member's own release PR, as release-please plans one package.
  const only = req.onlyPath !== undefined ? planned.packages.find((p) => p.path === req.onlyPath) : undefined;
  if (only) {
    const plan = inRepository(only.plan);
    return { ...each, plan, pullRequests: plan.version === null ? [] : [plan], headSha, notices, warnings: [...read.warnings, ...only.plan.warnings], ...(withGitHub.warning && { pullRequestsWarning: withGitHub.warning }) };
  }
  const pullRequests = planned.pullRequests.map(inRepository);
  const nothing = planned.packages[0]!.plan;
  const plan = pullRequests[0] ?? { ...nothing, reasons: planned.packages.flatMap((p) => p.plan.reasons.map((r) => `${p.path}: ${r}`)) };
  const warnings = [...read.warnings, ...planned.packages.flatMap((p) => p.plan.warnings)];
  return { ...each, plan, pullRequests, headSha, notices, warnings, ...(withGitHub.warning && { pullRequestsWarning: withGitHub.warning }) };
}
