/** The loopback base itself: faults, delays, dropped connections, the request log, the loopback rule. */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { json, startStandin, type Handler, type Standin } from './server.js';

let open: Standin[] = [];
afterEach(async () => {
  const closing = open;
  open = [];
  await Promise.allSettled(closing.map((s) => s.close()));
});

/** A store with one counter: POST /items adds one, GET /items reads it back. */
async function counterStandin(): Promise<{ standin: Standin; applied: () => number; seenAuth: string[] }> {
  let count = 0;
  const seenAuth: string[] = [];
  const handler: Handler = (req) => {
    if (req.headers.authorization) seenAuth.push(req.headers.authorization);
    if (req.method === 'POST' && req.path === '/items') {
      count += 1;
      return json(201, { count, got: req.json() });
    }
    if (req.method === 'GET' && req.path === '/items') return json(200, { count, page: req.query.get('page') });
    if (req.path === '/boom') throw new Error('handler bug');
    return json(404, { message: 'Not Found' });
  };
  const standin = await startStandin(handler, { name: 'counter' });
  open.push(standin);
  return { standin, applied: () => count, seenAuth };
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** A raw request whose Host header we choose (fetch does not let us set it). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('stand-in server', () => {
  it('listens on 127.0.0.1 with a real port and answers through the handler', async () => {
    const { standin } = await counterStandin();
    expect(standin.url).toBe(`http://127.0.0.1:${standin.port}`);
    expect(standin.port).toBeGreaterThan(0);
    const res = await fetch(`${standin.url}/items?page=2`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ count: 0, page: '2' });
  });

  it('fires a status fault for the first N matching requests, then lets the handler answer', async () => {
    const { standin, applied } = await counterStandin();
    const fault = standin.faults.add({ method: 'POST', path: '/items', status: 503, headers: { 'retry-after': '7' }, times: 2 });
    const statuses: number[] = [];
    const retryAfter: Array<string | null> = [];
    for (let i = 0; i < 3; i++) {
      const res = await post(`${standin.url}/items`, { i });
      statuses.push(res.status);
      retryAfter.push(res.headers.get('retry-after'));
      await res.arrayBuffer();
    }
    expect(statuses).toEqual([503, 503, 201]);
    expect(retryAfter).toEqual(['7', '7', null]);
    expect(applied()).toBe(1);
    expect(standin.faults.firedCount(fault)).toBe(2);
    expect(fault.times).toBe(2); // the caller's object is not consumed
    expect(standin.log.find('POST', '/items').map((e) => e.outcome)).toEqual(['fault', 'fault', 'answered']);
  });

  it('matches faults by method and by path pattern, and an unlimited fault keeps firing', async () => {
    const { standin } = await counterStandin();
    standin.faults.add({ path: /^\/item/, method: 'GET', status: 500, body: { message: 'down' } });
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${standin.url}/items`);
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ message: 'down' });
    }
    expect((await post(`${standin.url}/items`, {})).status).toBe(201);
    standin.faults.clear();
    expect((await fetch(`${standin.url}/items`)).status).toBe(200);
  });

  it('delays a request by delayMs before answering', async () => {
    const { standin } = await counterStandin();
    standin.faults.add({ path: '/items', delayMs: 300, times: 1 });
    const slowStart = performance.now();
    expect((await fetch(`${standin.url}/items`)).status).toBe(200);
    expect(performance.now() - slowStart).toBeGreaterThanOrEqual(290);
  });

  it('drop after: the handler applies the write, then the connection dies without an answer', async () => {
    const { standin, applied } = await counterStandin();
    standin.faults.add({ method: 'POST', path: '/items', drop: 'after', times: 1 });
    await expect(post(`${standin.url}/items`, { n: 1 })).rejects.toThrow();
    expect(applied()).toBe(1);
    const [entry] = standin.log.find('POST', '/items');
    expect(entry).toMatchObject({ outcome: 'dropped-after', status: 201, faulted: true });
    // The fault is spent: the next write is answered, and sees the first one's effect.
    const res = await post(`${standin.url}/items`, { n: 2 });
    expect(await res.json()).toMatchObject({ count: 2 });
  });

  it('drop before: the connection dies and the handler never runs', async () => {
    const { standin, applied } = await counterStandin();
    standin.faults.add({ method: 'POST', path: '/items', drop: 'before', times: 1 });
    await expect(post(`${standin.url}/items`, { n: 1 })).rejects.toThrow();
    expect(applied()).toBe(0);
    expect(standin.log.find('POST', '/items')[0]).toMatchObject({ outcome: 'dropped-before', status: 0 });
  });

  it('logs every request with its body, and redacts the Authorization header to its scheme', async () => {
    const { standin, seenAuth } = await counterStandin();
    const token = 'ghs_s3cretTOKENvalue';
    await (await post(`${standin.url}/items`, { name: 'x' }, { authorization: `Bearer ${token}` })).arrayBuffer();
    await (await fetch(`${standin.url}/items?page=1`, { headers: { authorization: token } })).arrayBuffer();
    expect(seenAuth).toEqual([`Bearer ${token}`, token]); // the handler checks the real token
    const [write, read] = standin.log.entries;
    expect(write).toMatchObject({ method: 'POST', path: '/items', query: '', authorization: 'Bearer ***', body: '{"name":"x"}', status: 201 });
    expect(write!.headers.authorization).toBe('Bearer ***');
    expect(write!.json()).toEqual({ name: 'x' });
    expect(write!.bodyBytes.equals(Buffer.from('{"name":"x"}'))).toBe(true);
    expect(read).toMatchObject({ method: 'GET', query: '?page=1', authorization: '***' });
    expect(JSON.stringify(standin.log.entries)).not.toContain(token);
    expect(standin.log.describe()).not.toContain(token);
  });

  it('answers the query helpers: find, count, writes', async () => {
    const { standin } = await counterStandin();
    await (await fetch(`${standin.url}/items`)).arrayBuffer();
    await (await post(`${standin.url}/items`, {})).arrayBuffer();
    await (await fetch(`${standin.url}/other`, { method: 'DELETE' })).arrayBuffer();
    expect(standin.log.count('GET', '/items')).toBe(1);
    expect(standin.log.count(undefined, /^\/(items|other)$/)).toBe(3);
    expect(standin.log.count('post')).toBe(1);
    expect(standin.log.writes().map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual(['POST /items 201', 'DELETE /other 404']);
    standin.log.clear();
    expect(standin.log.count()).toBe(0);
  });

  it('turns a throwing handler into a 500 that names the stand-in', async () => {
    const { standin } = await counterStandin();
    const res = await fetch(`${standin.url}/boom`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ message: 'counter handler error: handler bug' });
  });

  it('refuses a request for a non-loopback Host, and close() fails the test', async () => {
    const { standin, applied } = await counterStandin();
    const refused = await getWithHost(`${standin.url}/items`, 'api.github.com');
    expect(refused.status).toBe(421);
    expect(refused.body).toMatch(/counter: refused GET \/items for Host "api\.github\.com"/);
    expect(applied()).toBe(0);
    expect((await getWithHost(`${standin.url}/items`, `localhost:${standin.port}`)).status).toBe(200);
    expect(standin.log.violations).toHaveLength(1);
    open = open.filter((s) => s !== standin);
    await expect(standin.close()).rejects.toThrow(/counter: 1 non-loopback request/);
  });
});
