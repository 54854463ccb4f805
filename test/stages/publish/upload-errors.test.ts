/**
 * What an index failure says (issue #19): rate-limited, unavailable and unreachable are told
 * apart from a refusal, with the host named — each from the PyPI stand-in answering as PyPI does
 * (429 with Retry-After, 503) or from a port nothing listens on.
 */
import { createServer, type AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { publishFixtures } from './fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine', 'venv', 'pip']);
const openFixture = publishFixtures();
beforeAll(() => {
  if (missing.length > 0) throw new Error(missingToolsReason(missing));
});

describe('stage: publish says what the index did', () => {
  it('429 on every attempt: rate-limited, not refused', async () => {
    const f = await openFixture();
    f.pypi.faults.add({ method: 'POST', path: '/legacy/', status: 429, headers: { 'retry-after': '0' }, body: 'Too many requests' });
    const run = await f.run();
    expect(run.error?.code).toBe('PUBLISH_RATE_LIMITED');
    expect(run.error?.message).toMatch(/^127\.0\.0\.1:\d+ rate-limited the upload of demo_pkg-0\.1\.0-py3-none-any\.whl \(HTTP 429/);
  });

  it('503 on every attempt: unavailable, not refused', async () => {
    const f = await openFixture();
    f.pypi.faults.add({ method: 'POST', path: '/legacy/', status: 503 });
    const run = await f.run();
    expect(run.error?.message).toMatch(/^127\.0\.0\.1:\d+ was unavailable for demo_pkg-0\.1\.0-py3-none-any\.whl: HTTP 503 .* after retries$/);
  });

  it('nothing listening: unreachable, with the host', async () => {
    const f = await openFixture();
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((r) => server.close(() => r()));
    const run = await f.run({ repositoryUrl: `http://127.0.0.1:${port}/legacy/` });
    expect(run.error?.code).toBe('NETWORK_FAILED');
    expect(run.error?.message).toBe(`asking 127.0.0.1:${port} for its trusted-publishing audience: 127.0.0.1:${port} is unreachable after 3 attempts (connection failed: ECONNREFUSED)`);
  });
});
