import type { GitRepository } from '../../adapters/git/repository.js';
import { targetBranchMissing } from '../../errors/target-branch-missing.js';

/**
 * What release-please-action plans: the target branch as GitHub has it. The checkout is that
 * branch on a push to it; on a push to another branch (a workflow on every branch) the target's
 * tip is fetched and planned instead, so no branch but the target ever gets a release PR.
 */
export async function targetCommit(git: GitRepository, target: string): Promise<{ ref: string; note?: string }> {
  const current = await git.currentBranch();
  if (current === target) return { ref: 'HEAD' };
  // Not a repository at all says so, rather than "no such branch".
  await git.assertRepository();
  const tip = await git.fetchBranch(target);
  if (tip === undefined) {
    throw targetBranchMissing(target, 'on origin');
  }
  if (tip === (await git.resolveCommit('HEAD'))) return { ref: 'HEAD' };
  return { ref: tip, note: `this run checked out ${current ?? 'a detached HEAD'}: the release PR is planned from ${target} (${tip.slice(0, 7)}), as release-please-action plans the target branch whichever branch was pushed — set target-branch to release from another branch` };
}

