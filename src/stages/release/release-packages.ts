/**
 * The release stage for a config with several packages, as release-please-action runs a
 * manifest: first every merged release PR is released (one tag and GitHub release per package it
 * names, one comment, one label swap), then the release PRs are planned and opened or updated —
 * one grouped PR on release-please--branches--<target>, or one per package on its component
 * branch. Outputs as release-please-action prints them for several paths.
 */
import type { LoadedReleaseConfig } from '../../adapters/workspace/release-config-files.js';
import type { PullRequestInfo } from '../../adapters/github/types.js';
import type { PackageConfig } from '../../core/config/types.js';
import { linkedBranchName, releaseBranchName } from '../../core/release-pr/branch.js';
import { branchComponent } from '../../core/config/tag-style.js';
import { isReleasePullRequest } from '../../core/release-pr/identify.js';
import { releaseFromPullRequest, releasesFromGroupedPullRequest } from '../../core/release-pr/release-from-pr.js';
import { manifestReleaseOutputs, type ReleaseResult } from '../../settings/handoff.js';
import type { PathRelease } from '../../core/publish/released-paths.js';
import { planFromRepository } from '../plan-from-repository.js';
import { releasePlanRequest } from './plan-request.js';
import type { StageContext, StageOutcome } from '../stage.js';
import { ensureReleasePullRequest, type PullRequestOutcome } from './ensure-release-pr.js';
import { renderReleaseSummary } from './summary.js';
import { ensurePackageRelease, finishMergedPullRequest, unreadable, type TaggedRelease } from './tag-merged-release.js';
import { targetCommit } from './target-commit.js';

export async function runManifestRelease(ctx: StageContext, loaded: LoadedReleaseConfig): Promise<StageOutcome> {
  const { settings, services, runtime, clock } = ctx;
  const { config } = loaded;
  const gh = services.github();
  const target = settings.targetBranch ?? (await gh.getDefaultBranch());
  const planned = await targetCommit(services.git, target);
  if (planned.note) runtime.notice(planned.note);

  // The branches release PRs live on: the grouped one, and each package kept separate.
  const separate = config.packages.filter((p) => config.separatePullRequests || p.separatePullRequests);
  const branches = new Map<string, PackageConfig | undefined>();
  if (!config.separatePullRequests) branches.set(releaseBranchName(target, ''), undefined);
  for (const pkg of separate) branches.set(releaseBranchName(target, branchComponent(pkg)), pkg);
  // linked-versions' own PR when it is not merged again into the grouped one.
  for (const plugin of config.plugins) if (plugin.type === 'linked-versions' && plugin.merge && config.separatePullRequests) branches.set(linkedBranchName(target, plugin.groupName), undefined);
  const prs = (await Promise.all([...branches.keys()].map((b) => gh.listPullRequests('all', b, target)))).flat();

  const rpa = settings.releasePleaseAction;
  const tagged: TaggedRelease[] = [];
  const merged: PullRequestInfo[] = [];
  for (const [branch, pkg] of branches) {
    for (const pr of prs.filter((p) => p.mergedAt !== null && isReleasePullRequest(p, branch, target, config.labels))) {
      merged.push(pr);
      // skip-github-release (release-please-action's input): createReleases is not called, so merged release PRs stay untagged.
      if (!rpa?.skipGithubRelease) tagged.push(...(await releaseMergedPullRequest(ctx, pr, pkg, loaded)));
    }
  }
  if (rpa?.skipGithubRelease && merged.length > 0) runtime.notice(`skip-github-release: ${merged.map((p) => `#${p.number}`).join(', ')} merged but not tagged or released`);
  for (const w of tagged.flatMap((t) => t.warnings)) runtime.warning(w);

  const knownTags = tagged.map((t) => ({ name: t.tag, sha: t.sha, date: Math.floor(clock.now() / 1000) }));
  const outcome = await planFromRepository(services.git, releasePlanRequest(ctx, gh, loaded, { ref: planned.ref, target, knownTags }));
  for (const n of outcome.notices) runtime.notice(n);
  for (const w of outcome.warnings) runtime.warning(w);
  if (outcome.pullRequestsWarning) runtime.warning(outcome.pullRequestsWarning);
  const open = prs.filter((p) => p.state === 'open');
  const topLevel = await services.git.topLevel();
  const opened: PullRequestOutcome[] = [];
  // As release-please: no release PR while a merged one waits to be tagged ("untagged, merged release PRs outstanding - aborting").
  const prBlocked = rpa?.skipGithubPullRequest ? 'skip-github-pull-request' : rpa?.skipGithubRelease && merged.length > 0 ? 'a merged release PR is still untagged (skip-github-release)' : undefined;
  if (prBlocked && (outcome.pullRequests ?? []).length > 0) runtime.notice(`no release PR opened or updated: ${prBlocked}`);
  if (!prBlocked) for (const plan of outcome.pullRequests ?? []) opened.push(await ensureReleasePullRequest(gh, topLevel, plan, outcome.headSha, target, settings.dryRun, open.filter((p) => p.headRef === plan.headBranch), config.signoff));

  const written = opened.filter((p) => p.status === 'created' || p.status === 'updated');
  const results: ReleaseResult[] = tagged.map((t) => t.result);
  const atHead = tagged.length === 0 ? await releasesAtHead(ctx, prs, branches, target, outcome.headSha, loaded) : [];
  if (atHead.length > 0) ctx.results.releasesAtHead = atHead;
  // Later stages act on one package; with several they are told which (see stages/one-package.ts).
  ctx.results.release = { ...(results[0] ?? { releaseCreated: false }), prsCreated: written.length > 0, ...(written[0] && { pr: written[0].pr }) };
  const headline = [
    ...tagged.map((t) => `released ${t.tag}`),
    ...(atHead.length > 0 ? [`HEAD is ${atHead.map((r) => r.tagName).join(', ')}, released by an earlier run: publish and validate finish it`] : []),
    ...(opened.length === 0 ? ['no release due'] : opened.map((p) => `release PR #${p.pr.number} for ${p.pr.title} ${p.status}`)),
  ].join('; ');
  const summary = [renderReleaseSummary(tagged, undefined, undefined, true), ...(outcome.pullRequests ?? []).map((plan, i) => renderReleaseSummary([], plan, opened[i], false).replace(/^### Release\n/, ''))].join('');
  return { outputs: manifestReleaseOutputs(results, written.map((p) => p.pr)), headline, summary };
}

/** A merged release PR: each package it names tagged and released, then one comment and the label swap. */
async function releaseMergedPullRequest(ctx: StageContext, pr: PullRequestInfo, pkg: PackageConfig | undefined, loaded: LoadedReleaseConfig): Promise<TaggedRelease[]> {
  const { config } = loaded;
  const gh = ctx.services.github();
  const found = pkg ? [releaseFromPullRequest(pr, pkg)].flatMap((release) => (release ? [{ pkg, release }] : [])) : releasesFromGroupedPullRequest(pr, config.packages);
  if (found.length === 0 || !pr.mergeCommitSha) throw unreadable(pr, config);
  const tagged: TaggedRelease[] = [];
  for (const { pkg: p, release } of found) tagged.push(await ensurePackageRelease(gh, pr, release, p, ctx.settings.dryRun));
  if (!ctx.settings.dryRun) await finishMergedPullRequest(gh, pr, config, tagged, tagged[tagged.length - 1]!.actions);
  return tagged;
}

/**
 * A re-run on the merge commit of a release PR an earlier run already tagged (it died before every
 * package was published, or the job is re-run): no new release (release_created stays empty, as
 * release-please-action has it), but the releases of HEAD, so publish and validate finish the job,
 * as releaseAtHead in release.ts does for one package. The PRs are listed already; one request per
 * package the PR names, only when HEAD is such a merge commit.
 */
async function releasesAtHead(ctx: StageContext, prs: readonly PullRequestInfo[], branches: ReadonlyMap<string, PackageConfig | undefined>, target: string, headSha: string, loaded: LoadedReleaseConfig): Promise<PathRelease[]> {
  const pr = prs.find((p) => p.mergedAt !== null && p.mergeCommitSha === headSha && p.baseRef === target && branches.has(p.headRef));
  if (!pr) return [];
  const pkg = branches.get(pr.headRef);
  const found = pkg ? [releaseFromPullRequest(pr, pkg)].flatMap((release) => (release ? [{ pkg, release }] : [])) : releasesFromGroupedPullRequest(pr, loaded.config.packages);
  const gh = ctx.services.github();
  const atHead: PathRelease[] = [];
  for (const { pkg: p, release } of found) {
    if ((await gh.getRef(`tags/${release.tag}`)) === headSha) atHead.push({ path: p.path, tagName: release.tag, version: release.version, sha: headSha });
  }
  return atHead;
}
