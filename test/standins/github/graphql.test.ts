/** The GitHub stand-in's GraphQL endpoint refuses and pages as GitHub does, from its real bare repository. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMIT_HISTORY_QUERY, readHistoryPage } from '../../../src/adapters/github/commit-history.js';
import { gitEnv } from '../../harness/fast-import.js';
import { startGitHubStandin, type GitHubStandin } from './github-standin.js';

const TOKEN = 'ghs_graphqlStandinToken0000000000000000';
let gh: GitHubStandin | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

/** A bare origin with `count` commits on main, pushed from a work tree; returns the shas newest first. */
async function repository(count: number): Promise<{ work: string; shas: string[]; git: (a: string[]) => string }> {
  const root = mkdtempSync(join(tmpdir(), 'graphql-'));
  const origin = join(root, 'origin.git');
  const work = join(root, 'work');
  const git = (args: string[]) => execFileSync('git', args, { cwd: work, env: { ...gitEnv, GIT_AUTHOR_EMAIL: '1234+octocat@users.noreply.github.com' }, encoding: 'utf8' }).trim();
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin], { env: gitEnv });
  execFileSync('git', ['init', '-q', '-b', 'main', work], { env: gitEnv });
  git(['remote', 'add', 'origin', origin]);
  for (let i = 0; i < count; i++) git(['commit', '-q', '--allow-empty', '-m', `fix: change ${i}`]);
  git(['push', '-q', 'origin', 'main']);
  gh = await startGitHubStandin({ owner: 'acme', repo: 'widget', bareRepo: origin, tokens: { [TOKEN]: ['contents'] } });
  return { work, shas: git(['rev-list', 'main']).split('\n'), git };
}

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: { data?: unknown; errors?: Array<{ message: string; type?: string }> } }> {
  const res = await fetch(`${gh!.url}/graphql`, { method: 'POST', headers: { authorization: `bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as never };
}

const history = (num: number, cursor: string | null, targetBranch = 'main') => ask(COMMIT_HISTORY_QUERY, { owner: 'acme', repo: 'widget', num, targetBranch, cursor });

describe('GitHub stand-in: GraphQL', () => {
  it('pages the branch history in git log order with opaque cursors, as release-please reads it', async () => {
    const { shas } = await repository(5);
    const first = readHistoryPage((await history(2, null)).body.data)!;
    expect(first.commits.map((c) => c.sha)).toEqual(shas.slice(0, 2));
    expect(first.hasNextPage).toBe(true);
    expect(first.commits[0]!.author).toEqual({ name: 'Test', email: '1234+octocat@users.noreply.github.com', username: 'octocat' });
    const rest = readHistoryPage((await history(10, first.endCursor)).body.data)!;
    expect(rest.commits.map((c) => c.sha)).toEqual(shas.slice(2));
    expect(rest.hasNextPage).toBe(false);
  });

  it('associates a squash-merged PR with its merge commit, and a merge commit\'s PR with the merged commits too', async () => {
    const { git } = await repository(1);
    git(['checkout', '-q', '-b', 'topic']);
    git(['commit', '-q', '--allow-empty', '-m', 'wip']);
    git(['push', '-q', 'origin', 'topic']);
    const topic = git(['rev-parse', 'HEAD']);
    const pr = gh!.addPullRequest({ title: 'feat: topic', body: 'BEGIN_COMMIT_OVERRIDE\nfeat: real\nEND_COMMIT_OVERRIDE', head: 'topic', labels: ['enhancement'] });
    git(['checkout', '-q', 'main']);
    git(['merge', '-q', '--no-ff', '-m', `Merge pull request #${pr.number} from acme/topic`, 'topic']);
    git(['push', '-q', 'origin', 'main']);
    const merge = git(['rev-parse', 'HEAD']);
    gh!.markMerged(pr.number, merge);
    const page = readHistoryPage((await history(10, null)).body.data)!;
    const byShas = Object.fromEntries(page.commits.map((c) => [c.sha, c.pullRequest]));
    const expected = { number: pr.number, title: 'feat: topic', body: 'BEGIN_COMMIT_OVERRIDE\nfeat: real\nEND_COMMIT_OVERRIDE', labels: ['enhancement'] };
    expect(byShas[merge]).toEqual(expected);
    expect(byShas[topic]).toEqual(expected);
    expect(page.commits.filter((c) => c.pullRequest === undefined)).toHaveLength(1);
  });

  it('answers ref: null for a branch that does not exist', async () => {
    await repository(1);
    const r = await history(10, null, 'nope');
    expect(r.body.errors).toBeUndefined();
    expect(readHistoryPage(r.body.data)).toBeNull();
  });

  it.each([
    ['a syntax error', '{ repository(owner: "acme", name: "widget") { ref(qualifiedName: "main") { name }', /Syntax Error/],
    ['a field the schema lacks', '{ repository(owner: "acme", name: "widget") { stargazerCount } }', /Cannot query field "stargazerCount" on type "Repository"/],
    ['a connection without first', '{ repository(owner: "acme", name: "widget") { ref(qualifiedName: "main") { target { ... on Commit { history { nodes { oid } } } } } } }', /^You must provide a `first` or `last` value to properly paginate the `history` connection\.$/],
    ['more than 100 records', '{ repository(owner: "acme", name: "widget") { ref(qualifiedName: "main") { target { ... on Commit { history(first: 101) { nodes { oid } } } } } } }', /^Requesting 101 records on the `history` connection exceeds the `first` limit of 100 records\.$/],
    ['a cursor it never gave', '{ repository(owner: "acme", name: "widget") { ref(qualifiedName: "main") { target { ... on Commit { history(first: 1, after: "bm9wZQ==") { nodes { oid } } } } } } }', /does not appear to be a valid cursor/],
    ['another repository', '{ repository(owner: "acme", name: "other") { name } }', /Could not resolve to a Repository with the name 'acme\/other'/],
  ])('refuses %s with HTTP 200 and errors, as GitHub does', async (_what, query, message) => {
    await repository(2);
    const r = await ask(query);
    expect(r.status).toBe(200);
    expect(r.body.errors?.[0]?.message).toMatch(message);
  });

  it('refuses a request without a valid token with 401', async () => {
    await repository(1);
    const res = await fetch(`${gh!.url}/graphql`, { method: 'POST', headers: { authorization: 'bearer nope' }, body: JSON.stringify({ query: '{ repository(owner: "acme", name: "widget") { name } }' }) });
    expect(res.status).toBe(401);
  });
});
