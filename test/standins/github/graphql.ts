/**
 * The GitHub stand-in's GraphQL endpoint (POST /graphql), answering from its real bare repository
 * and its pull-request state, for the part of GitHub's schema release-please's history query
 * reads (docs.github.com/graphql: Repository.ref, Ref.target, Commit.history,
 * Commit.associatedPullRequests, PullRequest, GitActor). As GitHub does, it:
 * - validates every query against the schema (graphql-js) and answers a malformed or unknown
 *   query with HTTP 200 and `errors` (and no `data`), as GraphQL servers do;
 * - requires `first` or `last` on every connection and refuses more than 100
 *   (MISSING_PAGINATION_BOUNDARIES, EXCESSIVE_PAGINATION, with GitHub's sentences);
 * - pages history with opaque cursors (`<oid> <index>` in base64, as GitHub's look) and
 *   `pageInfo { hasNextPage endCursor }`; an unreadable cursor is INVALID_CURSOR_ARGUMENTS;
 * - answers `ref: null` for a branch that does not exist;
 * - associates with a commit the pull requests merged as it (merge or squash commit) and those
 *   whose commits include it (the commits of a merged PR are recorded when it is merged).
 */
import { buildSchema, graphql, GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { BareRepo } from './bare-repo.js';
import type { GitHubState, PullRequest } from './state.js';
import type { StandinRequest, StandinResponse } from '../server.js';

const SCHEMA = buildSchema(`
  scalar GitObjectID
  type Query { repository(owner: String!, name: String!, followRenames: Boolean): Repository }
  type Repository { name: String!, nameWithOwner: String!, ref(qualifiedName: String!): Ref, defaultBranchRef: Ref }
  type Ref { name: String!, prefix: String!, target: GitObject }
  interface GitObject { oid: GitObjectID!, abbreviatedOid: String! }
  type Commit implements GitObject {
    oid: GitObjectID!
    abbreviatedOid: String!
    message: String!
    messageHeadline: String!
    committedDate: String!
    author: GitActor
    history(first: Int, after: String, last: Int, before: String): CommitHistoryConnection!
    associatedPullRequests(first: Int, after: String, last: Int, before: String): PullRequestConnection
  }
  type GitActor { name: String, email: String, user: User }
  type User { login: String! }
  type PageInfo { hasNextPage: Boolean!, hasPreviousPage: Boolean!, endCursor: String, startCursor: String }
  type CommitHistoryConnection { nodes: [Commit], pageInfo: PageInfo!, totalCount: Int! }
  type PullRequestConnection { nodes: [PullRequest], pageInfo: PageInfo!, totalCount: Int! }
  enum PullRequestState { OPEN CLOSED MERGED }
  type PullRequest {
    number: Int!
    title: String!
    body: String!
    baseRefName: String!
    headRefName: String!
    state: PullRequestState!
    merged: Boolean!
    mergeCommit: Commit
    labels(first: Int, after: String, last: Int, before: String): LabelConnection
    files(first: Int, after: String, last: Int, before: String): PullRequestChangedFileConnection
  }
  type LabelConnection { nodes: [Label], pageInfo: PageInfo!, totalCount: Int! }
  type Label { name: String! }
  type PullRequestChangedFileConnection { nodes: [PullRequestChangedFile], pageInfo: PageInfo!, totalCount: Int! }
  type PullRequestChangedFile { path: String!, additions: Int!, deletions: Int! }
`);

interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface GraphqlContext {
  owner: string;
  repo: string;
  bare: BareRepo;
  state: GitHubState;
  /** Commit author e-mail → GitHub login (GitHub maps verified e-mails to users). */
  users: Record<string, string>;
}

/** GitHub's errors carry a `type` beside the message; graphql-js puts ours in extensions. */
function githubError(type: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } });
}

/** GitHub's rule for every connection: a first or last of 1–100. */
function bounds(name: string, args: PageArgs): void {
  // GitHub pages backwards too; release-please never does, and neither does this stand-in.
  if ((args.last != null || args.before != null) && args.first == null) throw githubError('INVALID_PAGINATION', `the stand-in pages the \`${name}\` connection forwards only (first/after)`);
  const n = args.first ?? args.last;
  if (n === undefined || n === null) throw githubError('MISSING_PAGINATION_BOUNDARIES', `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`);
  if (n > 100) throw githubError('EXCESSIVE_PAGINATION', `Requesting ${n} records on the \`${name}\` connection exceeds the \`${args.first != null ? 'first' : 'last'}\` limit of 100 records.`);
  if (n < 0) throw githubError('INVALID_PAGINATION', `\`${args.first != null ? 'first' : 'last'}\` on the \`${name}\` connection cannot be less than zero.`);
}

const cursorOf = (key: string, index: number) => Buffer.from(`${key} ${index}`).toString('base64');

function indexAfter(key: string, cursor: string | null | undefined): number {
  if (cursor === undefined || cursor === null) return 0;
  const m = /^(\S+) (\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!m || m[1] !== key) throw githubError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`);
  return Number(m[2]) + 1;
}

/** A list as a connection page, first/after only (release-please asks no more). */
function connection<T>(name: string, key: string, items: T[], args: PageArgs) {
  bounds(name, args);
  const from = indexAfter(key, args.after);
  const count = args.first ?? items.length;
  const slice = items.slice(from, from + count);
  return {
    nodes: slice,
    totalCount: items.length,
    pageInfo: { hasNextPage: from + slice.length < items.length, hasPreviousPage: from > 0, startCursor: slice.length ? cursorOf(key, from) : null, endCursor: slice.length ? cursorOf(key, from + slice.length - 1) : null },
  };
}

export function createGraphqlHandler(ctx: GraphqlContext): (req: StandinRequest) => Promise<StandinResponse> {
  const RS = '\x1e';
  const US = '\x1f';

  const commitsFrom = (oid: string, skip: number, count: number): string[] =>
    (ctx.bare.tryGit(['rev-list', `--skip=${skip}`, `--max-count=${count}`, oid]) ?? '').split('\n').filter(Boolean);

  const commit = (oid: string): Record<string, unknown> => {
    const raw = ctx.bare.git(['log', '-1', `--format=%an${US}%ae${US}%cI${US}%B${RS}`, oid]);
    const [name, email, date, message] = raw.replace(new RegExp(`${RS}$`), '').split(US) as [string, string, string, string];
    const login = ctx.users[email] ?? /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email)?.[1];
    return {
      __typename: 'Commit',
      oid,
      abbreviatedOid: oid.slice(0, 7),
      message: message.trim(),
      messageHeadline: message.split('\n')[0] ?? '',
      committedDate: date,
      author: { name, email, user: login ? { login } : null },
      // The history connection pages `git log <oid>` order: GitHub's history is that walk.
      history: (args: PageArgs) => {
        bounds('history', args);
        const from = indexAfter(oid, args.after);
        const count = args.first ?? 100;
        const shas = commitsFrom(oid, from, count + 1);
        const page = shas.slice(0, count);
        return {
          nodes: page.map(commit),
          totalCount: Number(ctx.bare.git(['rev-list', '--count', oid])),
          pageInfo: { hasNextPage: shas.length > count, hasPreviousPage: from > 0, startCursor: page.length ? cursorOf(oid, from) : null, endCursor: page.length ? cursorOf(oid, from + page.length - 1) : null },
        };
      },
      associatedPullRequests: (args: PageArgs) => connection('associatedPullRequests', oid, ctx.state.pulls.filter((p) => p.merge_commit_sha === oid || commitsOf(p).includes(oid)).sort((a, b) => a.number - b.number).map(pullRequest), args),
    };
  };

  /** A merged PR's commits were recorded at merge time; an open one's are its head's commits not on its base. */
  const commitsOf = (p: PullRequest): string[] => p.commits ?? (p.state === 'open' ? (ctx.bare.tryGit(['rev-list', `refs/heads/${p.head}`, `^refs/heads/${p.base}`]) ?? '').split('\n').filter(Boolean) : []);

  const pullRequest = (p: PullRequest): Record<string, unknown> => ({
    number: p.number,
    title: p.title,
    body: p.body ?? '',
    baseRefName: p.base,
    headRefName: p.head,
    state: p.merged_at ? 'MERGED' : p.state.toUpperCase(),
    merged: p.merged_at !== null,
    mergeCommit: p.merge_commit_sha ? commit(p.merge_commit_sha) : null,
    labels: (args: PageArgs) => connection('labels', `labels-${p.number}`, p.labels.map((l) => ({ name: l.name })), args),
    files: (args: PageArgs) => {
      const range = p.merge_commit_sha ? [`${p.merge_commit_sha}^`, p.merge_commit_sha] : [`refs/heads/${p.base}...refs/heads/${p.head}`];
      const paths = (ctx.bare.tryGit(['diff', '--name-only', ...range]) ?? '').split('\n').filter(Boolean);
      return connection('files', `files-${p.number}`, paths.map((path) => ({ path, additions: 0, deletions: 0 })), args);
    },
  });

  const ref = (qualifiedName: string) => {
    const name = qualifiedName.replace(/^refs\/heads\//, '');
    const oid = ctx.bare.refSha(`refs/heads/${name}`);
    return oid ? { name, prefix: 'refs/heads/', target: commit(oid) } : null;
  };

  const root = {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      if (owner.toLowerCase() !== ctx.owner.toLowerCase() || name.toLowerCase() !== ctx.repo.toLowerCase()) {
        throw githubError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`);
      }
      return { name: ctx.repo, nameWithOwner: `${ctx.owner}/${ctx.repo}`, ref: ({ qualifiedName }: { qualifiedName: string }) => ref(qualifiedName), defaultBranchRef: () => ref('main') };
    },
  };

  return async (req) => {
    const body = req.json<{ query?: unknown; variables?: unknown; operationName?: unknown }>();
    if (typeof body !== 'object' || body === null || typeof body.query !== 'string') {
      return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' } };
    }
    const result = await graphql({
      schema: SCHEMA,
      source: body.query,
      rootValue: root,
      variableValues: typeof body.variables === 'object' && body.variables !== null ? (body.variables as Record<string, unknown>) : {},
      operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
    });
    const errors = result.errors?.map((e): GraphQLFormattedError & { type?: unknown } => {
      const { extensions, ...rest } = e.toJSON();
      return { ...rest, ...(extensions?.type !== undefined && { type: extensions.type }) };
    });
    return { status: 200, body: { ...(result.data !== undefined && { data: result.data }), ...(errors && { errors }) } };
  };
}
