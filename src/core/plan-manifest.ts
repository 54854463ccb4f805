/**
 * Several packages of one manifest → the release PRs release-please 17.11.2 would open
 * (Manifest.buildPullRequests): each package planned from its own commits and previous release
 * (linked-versions first fixing the versions of its group), then the plugins' run in order —
 * linked-versions merging its group into one PR — and, unless separate-pull-requests, the merge
 * plugin grouping the rest into one PR. group-priority only reorders Java snapshot PRs in
 * release-please, so for Python it changes nothing. Pure: the caller reads git.
 */
import type { RawCommit } from './commits/raw-commit.js';
import { commitsPerPath } from './commit-split.js';
import type { PackageConfig, ReleaseConfig } from './config/types.js';
import { linkVersions } from './linked-versions.js';
import { planNextRelease, type PlanInput } from './plan.js';
import type { ReleasePlan } from './release-plan.js';
import { linkedBranchName, releaseBranchName } from './release-pr/branch.js';
import { manifestMergeOptions, mergeCandidates, packageCandidate, type Candidate } from './release-pr/merge.js';
import { GROUP_TITLE_PATTERN } from './release-pr/title.js';
import type { DependencyBump } from './workspace/dependents.js';
import { workspaceBumps, type WorkspacePlanInput } from './workspace/workspace-release.js';

export interface ManifestPlanInput extends Omit<PlanInput, 'commits' | 'pkg' | 'previous' | 'githubNotes' | 'manifest' | 'workspace'> {
  /** Several packages come only from a config file, always with its manifest. */
  manifest: { path: string; content: string | undefined };
  /** Every commit of the walk (see core/manifest-walk.ts), newest first. */
  commits: readonly RawCommit[];
  /** Each package's previous release by path (sha: where its commits stop; null when only the manifest knows it). */
  previous: Readonly<Record<string, { version: string; tag: string; sha: string | null } | null>>;
  /** changelog-type github: GitHub's notes by package path. */
  githubNotes?: Readonly<Record<string, string>>;
  /** A uv workspace: its members' dependency graph and uv.lock; dependents are released with what they depend on. */
  workspace?: WorkspacePlanInput;
}

export interface ManifestPlan {
  /** Each package's own plan, in config order (version null: nothing to release). */
  packages: Array<{ path: string; plan: ReleasePlan }>;
  /** The release PRs: one grouped PR (and any package kept separate), or one per package. */
  pullRequests: ReleasePlan[];
}

export function planManifest(input: ManifestPlanInput): ManifestPlan {
  const { config, githubNotes, commits: walk, previous: previousByPath, workspace, ...shared } = input;
  const shas = Object.fromEntries(Object.entries(previousByPath).map(([p, r]) => [p, r?.sha ?? undefined]));
  const commitsOf = commitsPerPath(walk, config.packages, shas);
  // Each package is planned as its own PR would be; the merge plugins regroup them afterwards.
  const alone: ReleaseConfig = { ...config, separatePullRequests: true };
  let bumps = new Map<string, DependencyBump>();
  const plan = (pkg: PackageConfig, files?: { manifest: string | undefined; readFile: (p: string) => string | undefined }) => {
    const previous = previousByPath[pkg.path];
    const member = workspace?.graph.get(workspace.nameByPath.get(pkg.path) ?? '');
    const bump = member && bumps.get(member.member.name);
    return planNextRelease({
      ...shared,
      commits: commitsOf[pkg.path] ?? [],
      pkg,
      config: { ...alone, extraLabels: pkg.extraLabels ?? [] },
      previous: previous ? { version: previous.version, tag: previous.tag } : null,
      ...(files && { manifest: { path: input.manifest.path, content: files.manifest }, readFile: files.readFile }),
      ...(githubNotes?.[pkg.path] !== undefined && { githubNotes: githubNotes[pkg.path] }),
      ...(member && workspace && { workspace: { lockPath: workspace.lockPath, memberPath: pkg.path, ...(bump && { bump }) } }),
    });
  };
  let packages = config.packages;
  for (const plugin of config.plugins) if (plugin.type === 'linked-versions') packages = linkVersions(plugin, packages, commitsOf, (pkg) => plan(pkg));
  let planned = packages.map((pkg) => ({ pkg, plan: plan(pkg) }));
  if (workspace) {
    // release-please's WorkspacePlugin: the released members, then every dependent, each bumped
    // (a dependent without commits has a version only under a bump: planned once with a placeholder).
    bumps = workspaceBumps(workspace, planned, (pkg, placeholder) => {
      bumps = placeholder;
      return plan(pkg).version;
    });
    planned = planned.map((p) => ({ pkg: p.pkg, plan: plan(p.pkg) }));
  }

  let candidates: Candidate[] = planned.filter((p) => p.plan.version !== null).map((p) => packageCandidate(p.pkg, p.plan));
  for (const plugin of config.plugins) {
    if (plugin.type !== 'linked-versions' || !plugin.merge) continue;
    const inScope = candidates.filter((c) => plugin.components.includes(c.configuredComponent));
    if (inScope.length === 0) continue;
    const headBranch = linkedBranchName(input.targetBranch, plugin.groupName);
    const group = mergeCandidates(inScope, input.targetBranch, { pattern: `chore\${scope}: release ${plugin.groupName} libraries`, headBranch });
    candidates = [...candidates.filter((c) => !inScope.includes(c)), group];
  }
  if (!config.separatePullRequests && candidates.length > 0) {
    const inScope = candidates.filter((c) => !c.separate);
    const options = manifestMergeOptions(config, releaseBranchName(input.targetBranch, ''), config.groupPullRequestTitlePattern ?? GROUP_TITLE_PATTERN);
    // release-please's merge plugin puts the grouped PR first (it would open an empty one when every package is separate: not done here).
    candidates = [...(inScope.length > 0 ? [mergeCandidates(inScope, input.targetBranch, options)] : []), ...candidates.filter((c) => c.separate)];
  }
  return { packages: planned.map(({ pkg, plan: p }) => ({ path: pkg.path, plan: p })), pullRequests: candidates.map((c) => withChainedFiles(c, plan, input)) };
}

/**
 * A PR releasing several packages edits shared files (the manifest, changelog.json) once per
 * package, in body order, each edit on the last one's output (release-please's CompositeUpdater).
 */
function withChainedFiles(c: Candidate, plan: (pkg: PackageConfig, files: { manifest: string | undefined; readFile: (p: string) => string | undefined }) => ReleasePlan, input: ManifestPlanInput): ReleasePlan {
  if (c.members.length < 2) return c.plan;
  const edited = new Map<string, string>();
  let manifest = input.manifest.content;
  for (const pkg of c.members) {
    const p = plan(pkg, { manifest, readFile: (path) => (edited.has(path) ? edited.get(path) : input.readFile(path)) });
    for (const [path, text] of Object.entries(p.files)) edited.set(path, text);
    manifest = p.files[input.manifest.path] ?? manifest;
  }
  return { ...c.plan, files: Object.fromEntries([...edited].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}
