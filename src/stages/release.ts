/**
 * stage: release — what release-please-action does for a Python repository: first release
 * what a merged release PR asks for, then plan and open or update the one release PR.
 */
import { releaseBranchName } from '../core/release-pr/branch.js';
import { isReleasePullRequest } from '../core/release-pr/identify.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { releaseOutputs, type ReleaseResult } from '../settings/handoff.js';
import { planFromRepository } from './plan-from-repository.js';
import { ensureReleasePullRequest, type PullRequestOutcome } from './release/ensure-release-pr.js';
import { renderReleaseSummary } from './release/summary.js';
import { tagMergedRelease, type TaggedRelease } from './release/tag-merged-release.js';
import type { StageContext, StageDefinition, StageOutcome } from './stage.js';
import type { GitHubClient } from '../adapters/github/client.js';
import type { ReleasePlan } from '../core/release-plan.js';
import type { PackageConfig } from '../core/config/types.js';
import { formatTag } from '../core/version/tag-name.js';
import { branchComponent, tagStyleOf } from '../core/config/tag-style.js';
import type { TagInfo } from '../adapters/git/repository.js';
import { targetCommit } from './release/target-commit.js';
import { runManifestRelease } from './release/release-packages.js';
import { releasePlanRequest } from './release/plan-request.js';

export const releaseStage: StageDefinition = {
  name: 'release',
  title: 'Release',
  blocking: true,
  dryRunSafe: true,
  // A pull_request run checks out refs/pull/N/merge: planning from it would put unmerged work in the release PR.
  shouldRun: (ctx) => (ctx.settings.eventName.startsWith('pull_request') ? { run: false, reason: 'release PRs are planned on pushes to the target branch, not on pull_request events', fix: 'run stage: release on push to the target branch (on: push: branches: [main]); on pull requests, stage: preview shows the release a merge would make' } : { run: true }),
  run: runRelease,
};

async function runRelease(ctx: StageContext): Promise<StageOutcome> {
  const { settings, services, runtime, clock } = ctx;
  const loaded = services.releaseConfig;
  if (!loaded) throw new PyreleaseError('CONFIG_MISSING', 'the release stage needs the release-please config', { fix: 'add .release-please-config.json' });
  const { config } = loaded;
  if (config.packages.length > 1) return runManifestRelease(ctx, loaded);
  const pkg = config.packages[0]!;
  const gh = services.github();
  const target = settings.targetBranch ?? (await gh.getDefaultBranch());
  const planned = await targetCommit(services.git, target);
  if (planned.note) runtime.notice(planned.note);
  const branch = releaseBranchName(target, config.separatePullRequests ? branchComponent(pkg) : '');

  // One list for both: merged PRs still pending a release, and the open release PR (saves a request per run).
  const prs = await gh.listPullRequests('all', branch, target);
  const merged = prs.filter((p) => p.mergedAt !== null && isReleasePullRequest(p, branch, target, config.labels));
  const rpa = settings.releasePleaseAction;
  const tagged: TaggedRelease[] = [];
  // skip-github-release (release-please-action's input): createReleases is not called, so merged release PRs stay untagged.
  if (!rpa?.skipGithubRelease) for (const pr of merged) tagged.push(await tagMergedRelease(gh, pr, pkg, config, settings.dryRun));
  else if (merged.length > 0) runtime.notice(`skip-github-release: ${merged.map((p) => `#${p.number}`).join(', ')} merged but not tagged or released`);
  for (const w of tagged.flatMap((t) => t.warnings)) runtime.warning(w);

  // A draft makes no tag: it is still the previous release, found by its tag name and commit.
  const knownTags = [...tagged.map((t) => ({ name: t.tag, sha: t.sha, date: Math.floor(clock.now() / 1000) })), ...(await earlierDraft(gh, pkg, loaded.manifest[pkg.path], tagged))];
  const outcome = await planFromRepository(services.git, releasePlanRequest(ctx, gh, loaded, { ref: planned.ref, target, knownTags }));
  for (const n of outcome.notices) runtime.notice(n);
  for (const w of outcome.warnings) runtime.warning(w);
  if (outcome.pullRequestsWarning) runtime.warning(outcome.pullRequestsWarning);
  let pr: PullRequestOutcome | undefined;
  const open = prs.filter((p) => p.state === 'open');
  // As release-please: no release PR while a merged one waits to be tagged ("untagged, merged release PRs outstanding - aborting").
  const prBlocked = rpa?.skipGithubPullRequest ? 'skip-github-pull-request' : rpa?.skipGithubRelease && merged.length > 0 ? 'a merged release PR is still untagged (skip-github-release)' : undefined;
  if (prBlocked && outcome.plan.version !== null) runtime.notice(`no release PR opened or updated: ${prBlocked}`);
  if (outcome.plan.version !== null && !prBlocked) pr = await ensureReleasePullRequest(gh, await services.git.topLevel(), outcome.plan, outcome.headSha, target, settings.dryRun, open, config.signoff);

  const released = tagged[tagged.length - 1]?.result ?? (await releaseAtHead(gh, outcome.plan, outcome.headSha));
  const result: ReleaseResult = { ...(released ?? { releaseCreated: false }), path: pkg.path, prsCreated: pr?.status === 'created' || pr?.status === 'updated' };
  if (planned.ref !== 'HEAD') result.notCheckedOut = true;
  if (pr) result.pr = pr.pr;
  ctx.results.release = result;
  const headline = [
    ...tagged.map((t) => `released ${t.tag}`),
    ...(result.atHead ? [`HEAD is ${result.tagName}, released by an earlier run: publish and validate finish it`] : []),
    outcome.plan.version === null ? 'no release due' : pr ? `release PR #${pr.pr.number} for ${outcome.plan.version} ${pr.status}` : `${outcome.plan.version} due, no release PR (${prBlocked})`,
  ].join('; ');
  return { outputs: releaseOutputs(result), headline, summary: renderReleaseSummary(tagged, outcome.plan, pr, true) };
}

/**
 * With `draft: true` a release has no tag until someone publishes it, so a later run would find no
 * previous release and plan from the beginning of history (release-please-action#833). The draft
 * of the manifest's version is looked up instead (one request, only for draft packages) and its
 * commit counts as the release.
 */
async function earlierDraft(gh: GitHubClient, pkg: PackageConfig, manifestVersion: string | undefined, tagged: readonly TaggedRelease[]): Promise<TagInfo[]> {
  if (!pkg.draft || manifestVersion === undefined) return [];
  const tag = formatTag(manifestVersion, tagStyleOf(pkg));
  if (tagged.some((t) => t.tag === tag)) return [];
  const release = await gh.getReleaseByTag(tag);
  if (!release?.draft || !/^[0-9a-f]{40}$/.test(release.targetCommitish)) return [];
  return [{ name: tag, sha: release.targetCommitish, date: 0 }];
}

/**
 * A re-run on a commit an earlier run already released (it died before publishing, or the job is
 * re-run): not a new release (release_created stays empty, as release-please-action has it), but
 * the release of HEAD, so publish and validate can finish the job. One request, only when no
 * release is due.
 */
async function releaseAtHead(gh: GitHubClient, plan: ReleasePlan, headSha: string): Promise<ReleaseResult | undefined> {
  if (plan.version !== null || !plan.previousTag || !plan.previousVersion) return undefined;
  const tagged = await gh.getRef(`tags/${plan.previousTag}`);
  if (tagged !== undefined && tagged !== headSha) return undefined;
  const release = await gh.getReleaseByTag(plan.previousTag);
  // No tag: only a draft made at HEAD is HEAD's release.
  if (tagged === undefined && !(release?.draft && release.targetCommitish === headSha)) return undefined;
  const result: ReleaseResult = { releaseCreated: false, atHead: true, tagName: plan.previousTag, version: plan.previousVersion, sha: headSha, prsCreated: false };
  if (release) Object.assign(result, { htmlUrl: release.htmlUrl, uploadUrl: release.uploadUrl, id: release.id, body: release.body });
  return result;
}
