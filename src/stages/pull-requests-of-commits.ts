/**
 * The pull request GitHub associates with each commit since the last release, and the author's
 * login, from one batched GraphQL history query (release-please reads the same, and lets a PR
 * body's BEGIN_COMMIT_OVERRIDE replace the commit's message). Git already gave the commits; this
 * only adds what lives on GitHub. A refusal is a warning that says what was not read, never a
 * silent difference; a failure that a re-run may cure stops the run.
 */
import type { GitHubClient } from '../adapters/github/client.js';
import type { HistoryCommit } from '../adapters/github/commit-history.js';
import { explainGitHubError, statusOf } from '../adapters/github/errors.js';
import type { RawCommit } from '../core/commits/raw-commit.js';

/** GitHub's most for `first` on a connection. */
const MAX_PAGE = 100;

export interface PullRequestsRead {
  commits: RawCommit[];
  /** Set when GitHub would not tell: what the plan lacks because of it. */
  warning?: string;
}

export interface HistoryBounds {
  /** The previous release's commit: the walk on GitHub stops there, as git's did. */
  stopSha?: string;
  /** Never page further than this (commit-search-depth). */
  maxCommits: number;
}

export async function readPullRequestsOfCommits(gh: GitHubClient, targetBranch: string, commits: readonly RawCommit[], bounds: HistoryBounds): Promise<PullRequestsRead> {
  if (commits.length === 0) return { commits: [...commits] };
  const wanted = new Set(commits.map((c) => c.sha));
  const found = new Map<string, HistoryCommit>();
  let cursor: string | null = null;
  let scanned = 0;
  try {
    for (;;) {
      // One page holds every commit since the release and the release commit itself, when it fits.
      const num = Math.min(MAX_PAGE, Math.max(1, wanted.size - found.size + 1));
      const page = await gh.commitHistory(targetBranch, num, cursor);
      if (!page) return { commits: [...commits], warning: notRead(`the branch ${targetBranch} was not found on GitHub`) };
      let reachedStop = false;
      for (const c of page.commits) {
        scanned++;
        if (c.sha === bounds.stopSha) reachedStop = true;
        if (wanted.has(c.sha)) found.set(c.sha, c);
      }
      if (found.size === wanted.size || reachedStop || !page.hasNextPage || scanned >= bounds.maxCommits) break;
      cursor = page.endCursor;
    }
  } catch (error) {
    if (!isRefusal(error)) throw explainGitHubError(error, 'reading the pull requests of the commits (GraphQL)');
    return { commits: [...commits], warning: notRead(`GitHub refused the GraphQL history query: ${refusalText(error)}`) };
  }
  return { commits: commits.map((c) => merge(c, found.get(c.sha))) };
}

function merge(c: RawCommit, h: HistoryCommit | undefined): RawCommit {
  if (!h) return c;
  const out: RawCommit = { ...c };
  if (h.author) out.author = { ...c.author, ...h.author };
  if (h.pullRequest) out.pullRequest = h.pullRequest;
  return out;
}

export function notRead(why: string): string {
  return `pull requests of the commits were not read (${why}): BEGIN_COMMIT_OVERRIDE blocks in their bodies were not applied and authors have no GitHub logins, so the release PR may differ from release-please's`;
}

/** Answers a re-run will not change: GraphQL errors (an HTTP 200 with `errors`), bad credentials, no access. */
function isRefusal(error: unknown): boolean {
  if ((error as { name?: unknown }).name === 'GraphqlResponseError') return true;
  const status = statusOf(error);
  const message = (error as { message?: unknown }).message;
  return status === 401 || status === 404 || (status === 403 && typeof message === 'string' && !/rate limit/i.test(message));
}

function refusalText(error: unknown): string {
  const e = error as { errors?: Array<{ message?: unknown }>; status?: number; message?: unknown; response?: { data?: { message?: unknown } } };
  const first = Array.isArray(e.errors) ? e.errors.find((x) => typeof x.message === 'string')?.message : e.response?.data?.message;
  const text = typeof first === 'string' ? first : typeof e.message === 'string' ? e.message : String(error);
  return `${e.status ? `${e.status} ` : ''}${text.split('\n')[0]!.slice(0, 160)}`;
}
