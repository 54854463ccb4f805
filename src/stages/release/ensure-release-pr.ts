/**
 * Opens or updates the one release PR: found by head branch and label (never by title), its
 * branch rebuilt as one commit on the planned target commit, written only when the tree, the
 * title or the body differ — a steady-state update costs at most 6 requests here (7 with the stage's GraphQL history query).
 */
import type { GitHubClient } from '../../adapters/github/client.js';
import type { PullRequestInfo } from '../../adapters/github/types.js';
import { treeOf, treeWithFiles } from '../../adapters/git/tree-builder.js';
import type { ReleasePlan } from '../../core/release-plan.js';
import { isReleasePullRequest } from '../../core/release-pr/identify.js';
import { releaseCommitMessage } from '../../core/release-pr/commit-message.js';
import type { PullRequestSummary } from '../../settings/handoff.js';
import { targetBranchMissing } from '../../errors/target-branch-missing.js';

export interface PullRequestOutcome {
  pr: PullRequestSummary;
  url: string;
  /** created | updated | unchanged (no write at all) | planned (dry-run). */
  status: 'created' | 'updated' | 'unchanged' | 'planned';
  changes: string[];
}

/** `open`: the open PRs of the release branch, as the caller already listed them. */
export async function ensureReleasePullRequest(gh: GitHubClient, repoDir: string, plan: ReleasePlan, headSha: string, target: string, dryRun: boolean, open: PullRequestInfo[], signoff?: string): Promise<PullRequestOutcome> {
  const branch = plan.headBranch;
  const existing = open.find((p) => isReleasePullRequest(p, branch, target, plan.labels)) ?? open.find((p) => p.headRef === branch);
  const { treeSha, modes } = await treeWithFiles(repoDir, headSha, plan.files);
  const summary = (pr: { number: number }): PullRequestSummary => ({ headBranchName: branch, baseBranchName: target, number: pr.number, title: plan.title!, body: plan.body!, labels: plan.labels, files: Object.keys(plan.files) });
  const files = Object.entries(plan.files).map(([path, content]) => ({ path, content, mode: modes[path] ?? ('100644' as const) }));
  const changes: string[] = [];
  const message = releaseCommitMessage(plan.title!, signoff);

  if (existing) {
    const current = existing.headSha ? await gh.getCommit(existing.headSha) : undefined;
    // The message too: a signoff added to the config rebuilds the commit (GitHub may trim its trailing newline).
    const branchCurrent = current !== undefined && current.treeSha === treeSha && current.parents.length === 1 && current.parents[0] === headSha && current.message.trim() === message.trim();
    if (!branchCurrent) changes.push(`rebuilt ${branch} on ${headSha.slice(0, 7)}`);
    if (existing.title !== plan.title) changes.push(`retitled #${existing.number} "${existing.title}" → "${plan.title}"`);
    if (existing.body !== plan.body) changes.push(`updated the body of #${existing.number}`);
    const missing = plan.labels.filter((l) => !existing.labels.some((x) => x.toLowerCase() === l.toLowerCase()));
    if (missing.length > 0) changes.push(`labelled #${existing.number} ${missing.join(', ')}`);
    if (dryRun || changes.length === 0) return { pr: summary(existing), url: existing.htmlUrl, status: dryRun ? 'planned' : 'unchanged', changes };
    if (!branchCurrent) await writeBranch(gh, repoDir, branch, headSha, message, files, true);
    if (existing.title !== plan.title || existing.body !== plan.body) await gh.updatePullRequest(existing.number, { title: plan.title!, body: plan.body! });
    if (missing.length > 0) await gh.addLabels(existing.number, missing);
    return { pr: summary(existing), url: existing.htmlUrl, status: 'updated', changes };
  }

  if (dryRun) return { pr: summary({ number: 0 }), url: '', status: 'planned', changes: [`would open a release PR from ${branch}`] };
  // Before the first write of a new PR: a base branch the repository lacks would leave a stray branch behind.
  if ((await gh.getRef(`heads/${target}`)) === undefined) {
    throw targetBranchMissing(target, 'in the repository');
  }
  await writeBranch(gh, repoDir, branch, headSha, message, files, false);
  const request = { title: plan.title!, head: branch, base: target, body: plan.body!, draft: plan.draftPullRequest };
  const created: PullRequestInfo = await gh.createPullRequest(request).catch(async (e: unknown) => {
    // Check, then retry: a create GitHub applied whose answer was lost is adopted, never duplicated.
    const again = (await gh.listPullRequests('open', branch, target))[0];
    return again ?? gh.createPullRequest(request).catch(() => Promise.reject(e));
  });
  await gh.addLabels(created.number, plan.labels);
  return { pr: summary(created), url: created.htmlUrl, status: 'created', changes: [`opened #${created.number} from ${branch}`] };
}

/** One commit on the target commit holding exactly the planned files; the branch is force-moved to it. */
async function writeBranch(gh: GitHubClient, repoDir: string, branch: string, parent: string, message: string, files: Array<{ path: string; content: string; mode: '100644' | '100755' }>, exists: boolean): Promise<void> {
  const tree = await gh.createTree(await treeOf(repoDir, parent), files);
  const commit = await gh.createCommit(message, tree, [parent]);
  if (exists || (await gh.getRef(`heads/${branch}`)) !== undefined) await gh.updateRef(`heads/${branch}`, commit, true);
  else await gh.createRef(`heads/${branch}`, commit);
}
