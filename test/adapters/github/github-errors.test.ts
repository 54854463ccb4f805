/**
 * What GitHub's refusals become (issue #19): a 403 that is not a rate limit is told in GitHub's
 * own words with what x-accepted-github-permissions or x-github-sso name, never as "rate limited";
 * a rate limit is still one; a host that never answers is "unreachable", with the host named.
 * The answers are GitHub's documented ones (protocols.md §1.1, §1.3), armed on the stand-in.
 */
import { createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GitHubClient } from '../../../src/adapters/github/client.js';
import { useProxy } from '../../../src/adapters/http/transport.js';
import { isPyreleaseError, type PyreleaseError } from '../../../src/errors/pyrelease-error.js';
import { startGitHubStandin, type GitHubStandin } from '../../standins/github/github-standin.js';
import { createBareRepoWithCommit } from './bare-repo-fixture.js';

const TOKEN = 'ghs_errorsTestToken0000000000000000000';
const policy = { attemptTimeoutMs: 1_000, retries: 1, retryBaseMs: 1, maxRateLimitWaitMs: 10, minWriteIntervalMs: 0 };
let gh: GitHubStandin | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

async function failure(apiUrl: string, fn: (c: GitHubClient) => Promise<unknown>): Promise<PyreleaseError> {
  useProxy(undefined);
  const client = new GitHubClient(TOKEN, { apiUrl, owner: 'acme', repo: 'widget' }, policy);
  try {
    await fn(client);
  } catch (error) {
    if (isPyreleaseError(error)) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

async function standin(): Promise<GitHubStandin> {
  gh = await startGitHubStandin({ owner: 'acme', repo: 'widget', bareRepo: createBareRepoWithCommit(), tokens: { [TOKEN]: ['contents', 'pull_requests', 'issues'] } });
  return gh;
}

describe('GitHub errors say what really happened', () => {
  it('SAML SSO: GitHub\'s message and the authorisation link, not "rate limited"', async () => {
    const s = await standin();
    s.faults.add({ path: /\/git\/ref\//, status: 403, headers: { 'x-github-sso': 'required; url=https://github.com/orgs/acme/sso?authorization_request=ABC' }, body: { message: 'Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.', documentation_url: 'https://docs.github.com/articles/authenticating-to-a-github-organization-with-saml-single-sign-on/' } });
    const e = await failure(s.url, (c) => c.getRef('tags/v1.0.0'));
    expect(e.code).toBe('GITHUB_FORBIDDEN');
    expect(e.message).toBe('GitHub refused reading tags/v1.0.0 (403): Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.');
    expect(e.details.fix).toMatch(/https:\/\/github\.com\/orgs\/acme\/sso\?authorization_request=ABC/);
  });

  it('a workflow file without the workflows permission: names it from x-accepted-github-permissions', async () => {
    const s = await standin();
    s.faults.add({ method: 'POST', path: /\/git\/trees$/, status: 403, headers: { 'x-accepted-github-permissions': 'workflows=write' }, body: { message: 'refusing to allow a GitHub App to create or update workflow `.github/workflows/ci.yml` without `workflows` permission' } });
    const e = await failure(s.url, (c) => c.createTree('0'.repeat(40), [{ path: '.github/workflows/ci.yml', content: 'x', mode: '100644' }]));
    expect(e.code).toBe('GITHUB_FORBIDDEN');
    expect(e.message).toMatch(/\(403\): refusing to allow a GitHub App to create or update workflow/);
    expect(e.details.fix).toMatch(/permissions: \{ workflows: write \}/);
  });

  it('a primary rate limit is still a rate limit', async () => {
    const s = await standin();
    s.faults.add({ path: /\/git\/ref\//, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) }, body: { message: 'API rate limit exceeded for installation ID 1.' } });
    const e = await failure(s.url, (c) => c.getRef('tags/v1.0.0'));
    expect(e.code).toBe('GITHUB_RATE_LIMITED');
  });

  it('a host that does not answer: unreachable, with the host', async () => {
    const port = await closedPort();
    const e = await failure(`http://127.0.0.1:${port}`, (c) => c.getRef('tags/v1.0.0'));
    expect(e.code).toBe('NETWORK_FAILED');
    expect(e.message).toBe(`reading tags/v1.0.0: GitHub (127.0.0.1:${port}) is unreachable (connection failed: ECONNREFUSED)`);
  });
});

/** A loopback port nothing listens on (fetch refuses port 9 outright as a "bad port"). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}
