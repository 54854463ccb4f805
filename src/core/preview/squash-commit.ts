/**
 * The commit GitHub writes when it squash-merges a pull request, and the history as it would be
 * after that merge: the PR's commits and the checkout's merge commit give way to that one commit.
 */
import type { RawCommit } from '../commits/raw-commit.js';

/** `squash_merge_commit_message`: what GitHub puts under the title. */
export type SquashMessageSource = 'PR_BODY' | 'COMMIT_MESSAGES' | 'BLANK';

/**
 * GitHub's default squash message: the PR title with ` (#N)` appended, then the PR body, the
 * branch's commit messages (`* subject`, then the body, oldest first, blank lines between), or nothing.
 */
export function squashCommitMessage(pr: { number: number; title: string; body: string; commitMessages: readonly string[] | undefined }, source: SquashMessageSource): string {
  const title = `${pr.title.trim()} (#${pr.number})`;
  // Bodies edited in the browser arrive with CRLF; a footer regex must still see `BREAKING CHANGE:` at a line start.
  const body = source === 'PR_BODY' ? lf(pr.body) : source === 'COMMIT_MESSAGES' ? (pr.commitMessages ?? []).map((m) => `* ${lf(m)}`).join('\n\n') : '';
  return body ? `${title}\n\n${body}` : title;
}

export interface PullRequestCommits {
  /** The checkout's merge commit (HEAD): GitHub's squash leaves no such commit. */
  mergeSha: string;
  /** The PR head: the synthetic commit's sha, so changelog links lead to the PR's code. */
  headSha: string;
  /** Commits reachable from the PR head and not from the base. */
  commits: readonly RawCommit[];
}

/** `history` (git log order, newest first) with the PR's commits and the merge commit replaced by one squash commit. */
export function replacePullRequestCommits(history: readonly RawCommit[], pr: PullRequestCommits, message: string): RawCommit[] {
  const replaced = new Set([pr.mergeSha, ...pr.commits.map((c) => c.sha)]);
  const files = [...new Set(pr.commits.flatMap((c) => c.files ?? []))].sort();
  const squash: RawCommit = { sha: pr.headSha, message, files };
  const at = history.findIndex((c) => replaced.has(c.sha));
  const kept = history.filter((c) => !replaced.has(c.sha));
  // The merge commit is newest; where it is missing, the squash still lands before the base's commits.
  return at === -1 ? [squash, ...kept] : [...kept.slice(0, at), squash, ...kept.slice(at)];
}

function lf(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}
