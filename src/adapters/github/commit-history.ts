/**
 * The target branch's history with each commit's pull request, read as release-please 17.11.2
 * reads it (github.js mergeCommitsGraphQL): one GraphQL query, `associatedPullRequests` per
 * commit, paged with `history(first, after)`. Its `files` sub-selection is left out: pyrelease
 * takes each commit's files from git, and 100 files per pull request would make every page
 * heavier for nothing. The answer is checked here (types at the boundary), never cast.
 */
import { isRecord } from '../../core/records.js';

export const COMMIT_HISTORY_QUERY = `query pullRequestsSince($owner: String!, $repo: String!, $num: Int!, $targetBranch: String!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    ref(qualifiedName: $targetBranch) {
      target {
        ... on Commit {
          history(first: $num, after: $cursor) {
            nodes {
              associatedPullRequests(first: 10) {
                nodes {
                  number
                  title
                  baseRefName
                  headRefName
                  labels(first: 10) {
                    nodes {
                      name
                    }
                  }
                  body
                  mergeCommit {
                    oid
                  }
                }
              }
              sha: oid
              message
              author {
                name
                email
                user {
                  login
                }
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      }
    }
  }
}`;

export interface HistoryCommit {
  sha: string;
  author?: { name: string; email?: string; username?: string };
  pullRequest?: { number: number; title: string; body: string | null; labels: string[] };
}

export interface HistoryPage {
  commits: HistoryCommit[];
  hasNextPage: boolean;
  endCursor: string | null;
}

const nodesOf = (v: unknown): unknown[] => (isRecord(v) && Array.isArray(v.nodes) ? v.nodes : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The query's answer → one page; null when the branch does not exist (release-please: "it likely does not exist"). */
export function readHistoryPage(data: unknown): HistoryPage | null {
  const ref = isRecord(data) && isRecord(data.repository) ? data.repository.ref : undefined;
  if (!isRecord(ref)) return null;
  const history = isRecord(ref.target) ? ref.target.history : undefined;
  if (!isRecord(history) || !isRecord(history.pageInfo)) throw new Error('GitHub answered the history query without target.history.pageInfo');
  const nodes = nodesOf(history).filter(isRecord);
  // release-please takes the pull request whose merge commit is this commit when exactly one
  // commit of the page names it (a squash or merge), else the first associated one.
  const mergeCommitCount = new Map<string, number>();
  for (const c of nodes) for (const pr of nodesOf(c.associatedPullRequests).filter(isRecord)) {
    const oid = isRecord(pr.mergeCommit) ? str(pr.mergeCommit.oid) : undefined;
    if (oid) mergeCommitCount.set(oid, (mergeCommitCount.get(oid) ?? 0) + 1);
  }
  const commits = nodes.map((c): HistoryCommit => {
    const sha = str(c.sha);
    if (!sha) throw new Error('GitHub answered a history commit without its oid');
    const out: HistoryCommit = { sha };
    if (isRecord(c.author)) {
      const login = isRecord(c.author.user) ? str(c.author.user.login) : undefined;
      out.author = { name: str(c.author.name) || 'Unknown', ...(str(c.author.email) !== undefined && { email: str(c.author.email) }), ...(login !== undefined && { username: login }) };
    }
    const prs = nodesOf(c.associatedPullRequests).filter(isRecord);
    const merged = prs.find((pr) => isRecord(pr.mergeCommit) && pr.mergeCommit.oid === sha && mergeCommitCount.get(sha) === 1);
    const pr = merged ?? prs[0];
    if (pr && typeof pr.number === 'number') {
      out.pullRequest = { number: pr.number, title: str(pr.title) ?? '', body: str(pr.body) ?? null, labels: nodesOf(pr.labels).flatMap((l) => (isRecord(l) && typeof l.name === 'string' ? [l.name] : [])) };
    }
    return out;
  });
  return { commits, hasNextPage: history.pageInfo.hasNextPage === true, endCursor: str(history.pageInfo.endCursor) ?? null };
}

/** GitHub's GraphQL endpoint beside a REST base: api.github.com/graphql, or <host>/api/graphql on GitHub Enterprise Server. */
export function graphqlUrlFor(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  return /\/api\/v3$/.test(base) ? `${base.replace(/\/v3$/, '')}/graphql` : `${base}/graphql`;
}
