/**
 * The GitHub request policy through the real client against a loopback server that stamps each
 * request's arrival and answer: retries, rate-limit waits, write spacing, attempts counted.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GitHubClient } from '../../../src/adapters/github/client.js';
import { isNotifying, rateLimitWaitS } from '../../../src/adapters/github/request-policy.js';
import type { ServicePolicy } from '../../../src/adapters/policy.js';
import { isPyreleaseError } from '../../../src/errors/pyrelease-error.js';
import { json, startStandin, type Standin } from '../../standins/server.js';

const R = '/repos/acme/widget';
const SHA = 'a'.repeat(40);
const quick: ServicePolicy = { attemptTimeoutMs: 500, retries: 2, retryBaseMs: 20, maxRateLimitWaitMs: 5_000, minWriteIntervalMs: 0 };

interface Stamp {
  method: string;
  path: string;
  startMs: number;
  endMs: number;
}

/** A server with a few GitHub routes; writes take `writeMs` so "spaced from the end" differs from "from the start". */
async function server(writeMs = 0): Promise<Standin & { stamps: Stamp[] }> {
  const stamps: Stamp[] = [];
  const standin = await startStandin(async (req) => {
    const stamp = { method: req.method, path: req.path, startMs: Date.now(), endMs: 0 };
    if (req.method !== 'GET') await new Promise((r) => setTimeout(r, writeMs));
    const answer = req.path.includes('missing') ? json(404, { message: 'Not Found' }) : json(req.method === 'POST' ? 201 : 200, req.path.includes('/git/ref/') ? { object: { sha: SHA } } : {});
    stamp.endMs = Date.now();
    stamps.push(stamp);
    return answer;
  }, { name: 'github' });
  return Object.assign(standin, { stamps });
}

let open: Standin | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

async function setup(policy: Partial<ServicePolicy> = {}, writeMs = 0) {
  const s = await server(writeMs);
  open = s;
  const client = new GitHubClient('ghs_test', { apiUrl: s.url, owner: 'acme', repo: 'widget' }, { ...quick, ...policy });
  return { s, client };
}

async function failure(p: Promise<unknown>): Promise<{ code: string; status: unknown }> {
  try {
    await p;
  } catch (e) {
    expect(isPyreleaseError(e), String(e)).toBe(true);
    return e as { code: string; status: unknown };
  }
  throw new Error('expected a failure');
}

describe('retries', () => {
  it('retries a 502 and succeeds, counting both attempts', async () => {
    const { s, client } = await setup();
    s.faults.add({ method: 'GET', path: `${R}/git/ref/heads%2Fmain`, status: 502, times: 1 });
    await expect(client.getRef('heads/main')).resolves.toBe(SHA);
    expect(s.log.entries.map((e) => e.status)).toEqual([502, 200]);
    expect(s.log.entries).toHaveLength(2);
  });

  it('retries a write after a dropped connection, a timeout, and a 5xx up to policy.retries', async () => {
    const { s, client } = await setup();
    const labels = `${R}/issues/1/labels`;
    s.faults.add({ path: labels, drop: 'before', times: 1 });
    s.faults.add({ path: labels, delayMs: quick.attemptTimeoutMs + 200, times: 1 });
    await client.addLabels(1, ['x']);
    // The second attempt is answered after the client gave up on it: sent a third time.
    expect(s.log.entries.map((e) => e.outcome)).toEqual(['dropped-before', 'answered', 'answered']);
    s.faults.add({ path: labels, status: 503 });
    expect((await failure(client.addLabels(1, ['x']))).status).toBe(503);
    expect(s.log.entries).toHaveLength(3 + 1 + quick.retries);
  });

  it('never retries a 404, a 422 or a permission 403', async () => {
    const { s, client } = await setup();
    await expect(client.getRef('heads/missing')).resolves.toBeUndefined();
    s.faults.add({ method: 'POST', path: `${R}/issues/1/labels`, status: 422, times: 1 });
    expect((await failure(client.addLabels(1, ['x']))).status).toBe(422);
    s.faults.add({ method: 'POST', path: `${R}/issues/1/labels`, status: 403, body: { message: 'Resource not accessible by integration' }, times: 1 });
    expect((await failure(client.addLabels(1, ['x']))).code).toBe('GITHUB_MISSING_PERMISSION');
    expect(s.log.entries).toHaveLength(3);
  });

  it('does not retry a creating call (request.retries 0) after a 5xx', async () => {
    const { s, client } = await setup();
    s.faults.add({ method: 'POST', path: `${R}/git/refs`, status: 502, times: 1 });
    expect((await failure(client.createRef('tags/v1', SHA))).status).toBe(502);
    expect(s.log.entries).toHaveLength(1);
  });
});

describe('rate limits', () => {
  const secondary = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' };

  it('waits out a 429 with retry-after within budget (seconds × retryBaseMs), then succeeds', async () => {
    const { s, client } = await setup({ retryBaseMs: 100 });
    s.faults.add({ method: 'GET', path: `${R}/git/ref/heads%2Fmain`, status: 429, headers: { 'retry-after': '2' }, times: 1 });
    const t0 = Date.now();
    await expect(client.getRef('heads/main')).resolves.toBe(SHA);
    expect(s.log.entries.map((e) => e.status)).toEqual([429, 200]);
    expect(s.stamps[0]!.startMs - t0).toBeGreaterThanOrEqual(200);
  });

  it('fails at once with the rate-limit error when retry-after is beyond maxRateLimitWaitMs', async () => {
    const { s, client } = await setup({ maxRateLimitWaitMs: 5_000 });
    s.faults.add({ method: 'POST', path: `${R}/git/refs`, status: 429, headers: { 'retry-after': '6' }, body: secondary });
    const t0 = Date.now();
    expect((await failure(client.createRef('tags/v1', SHA))).code).toBe('GITHUB_RATE_LIMITED');
    expect(Date.now() - t0).toBeLessThan(500);
    expect(s.log.entries).toHaveLength(1);
  });

  it('fails at once on a secondary limit without retry-after (GitHub says wait 60 s) over a smaller budget', async () => {
    const { s, client } = await setup({ maxRateLimitWaitMs: 59_000 });
    s.faults.add({ method: 'GET', path: `${R}/git/ref/heads%2Fmain`, status: 403, body: secondary });
    expect((await failure(client.getRef('heads/main'))).code).toBe('GITHUB_RATE_LIMITED');
    expect(s.log.entries).toHaveLength(1);
  });

  it('waits for x-ratelimit-reset on a primary limit, at most policy.retries times', async () => {
    const { s, client } = await setup({ retryBaseMs: 10 });
    const reset = String(Math.floor(Date.now() / 1000) + 1);
    s.faults.add({ method: 'GET', path: `${R}/git/ref/heads%2Fmain`, status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' } });
    expect((await failure(client.getRef('heads/main'))).code).toBe('GITHUB_RATE_LIMITED');
    expect(s.log.entries).toHaveLength(1 + quick.retries);
  });

  it('reads the headers as plugin-throttling did', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    const err = (status: number, message: string, headers: Record<string, string>) => ({ status, message, request: {}, response: { headers, data: {} } });
    expect(rateLimitWaitS(err(403, 'You have exceeded a secondary rate limit', {}), now)).toBe(60);
    expect(rateLimitWaitS(err(429, 'You have exceeded a secondary rate limit', { 'retry-after': '7' }), now)).toBe(7);
    expect(rateLimitWaitS(err(429, 'Too many', { 'retry-after': '3' }), now)).toBe(3);
    expect(rateLimitWaitS(err(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 10) }), now)).toBe(11);
    expect(rateLimitWaitS(err(403, 'Resource not accessible by integration', { 'x-ratelimit-remaining': '990' }), now)).toBeUndefined();
    expect(rateLimitWaitS(err(404, 'Not Found', { 'retry-after': '3' }), now)).toBeUndefined();
  });
});

describe('write spacing', () => {
  const interval = 300;

  it('sends the first write at once and spaces the next from the end of the previous one', async () => {
    const { s, client } = await setup({ minWriteIntervalMs: interval }, 100);
    const t0 = Date.now();
    await Promise.all([client.addLabels(1, ['a']), client.addLabels(1, ['b'])]);
    const [first, second] = s.stamps;
    expect(first!.startMs - t0).toBeLessThan(150);
    expect(second!.startMs - first!.endMs).toBeGreaterThanOrEqual(interval);
  });

  it('does not delay reads behind a write', async () => {
    const { s, client } = await setup({ minWriteIntervalMs: interval }, 100);
    await client.updateComment(5, 'x');
    const t0 = Date.now();
    await Promise.all([client.updateComment(5, 'y'), client.getRef('heads/main')]);
    const read = s.stamps.find((x) => x.method === 'GET')!;
    expect(read.startMs - t0).toBeLessThan(150);
    expect(s.stamps.at(-1)!.method).toBe('PATCH');
  });

  it('spaces writes that notify people 3× as far apart', async () => {
    const { s, client } = await setup({ minWriteIntervalMs: interval }, 20);
    await client.createComment(1, 'one');
    await client.createComment(1, 'two');
    await client.addLabels(1, ['plain']);
    const [c1, c2, plain] = s.stamps;
    expect(c2!.startMs - c1!.endMs).toBeGreaterThanOrEqual(3 * interval);
    expect(plain!.startMs - c2!.endMs).toBeGreaterThanOrEqual(interval);
    expect(plain!.startMs - c2!.endMs).toBeLessThan(3 * interval);
  });

  it('knows which routes notify (plugin-throttling’s list, matched on the route template)', () => {
    expect(isNotifying('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments')).toBe(true);
    expect(isNotifying('POST', '/repos/{owner}/{repo}/pulls')).toBe(true);
    expect(isNotifying('POST', '/repos/{owner}/{repo}/releases')).toBe(true);
    expect(isNotifying('POST', '/repos/{owner}/{repo}/issues')).toBe(true);
    expect(isNotifying('GET', '/repos/{owner}/{repo}/pulls')).toBe(false);
    expect(isNotifying('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels')).toBe(false);
    expect(isNotifying('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toBe(false);
    expect(isNotifying('PATCH', '/repos/{owner}/{repo}/pulls/{pull_number}')).toBe(false);
    expect(isNotifying('POST', 'http://127.0.0.1:1/uploads/repos/acme/widget/releases/1/assets{?name,label}')).toBe(false);
  });
});
