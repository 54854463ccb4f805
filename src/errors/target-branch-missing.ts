/**
 * TARGET_BRANCH_MISSING, raised where the branch is first looked for (the clone of a run without a
 * checkout, origin's refs, the GitHub API): one message shape and one fix for all of them.
 */
import { PyreleaseError } from './pyrelease-error.js';

/** `where` completes "does not exist …": "on origin", "in the repository", "on <url>". */
export function targetBranchMissing(branch: string, where: string): PyreleaseError {
  return new PyreleaseError('TARGET_BRANCH_MISSING', `the target branch ${branch} does not exist ${where}`, { key: 'target-branch', fix: 'name an existing branch with target-branch (or leave it empty for the repository\'s default branch)' });
}
