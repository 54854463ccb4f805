/**
 * Behind a proxy (issue #19): the built action run as a workflow step with HTTPS_PROXY and
 * HTTP_PROXY naming a loopback proxy that records what it forwarded, and NO_PROXY empty, so
 * even loopback stand-ins are reached only through it. Every service pyrelease talks to — the
 * GitHub API and its upload host, the index (upload, JSON API, simple index, trusted
 * publishing), the OIDC token, Fulcio and Rekor, the webhook — must show up in the proxy's
 * record, and the release must still complete. A proxy that refuses a host is named as such.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { missingTools, missingToolsReason } from '../harness/tools.js';
import { startRecordingProxy, type RecordingProxy } from '../standins/proxy/recording-proxy.js';
import { createWorld, type World } from './world.js';

const missing = missingTools(['build', 'hatchling', 'twine', 'venv', 'pip']);
const open: Array<World | RecordingProxy> = [];
afterEach(async () => {
  await Promise.allSettled(open.splice(0).map((x) => x.close()));
});
beforeAll(() => {
  if (missing.length > 0) throw new Error(missingToolsReason(missing));
  process.env.PATH = '/usr/bin:/bin';
});

async function releasedWorld(): Promise<{ w: World; proxy: RecordingProxy; env: Record<string, string> }> {
  const w = await createWorld();
  const proxy = await startRecordingProxy();
  open.push(w, proxy);
  w.commit('fix: behind a proxy');
  w.push();
  expect((await w.action({ stage: 'release' })).exitCode).toBe(0);
  w.mergeReleasePr();
  return { w, proxy, env: { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, NO_PROXY: '' } };
}

describe('every request goes through the proxy the runner names', () => {
  it('release, publish (signed) and validate complete, and the proxy forwarded a request to every service', async () => {
    const { w, proxy, env } = await releasedWorld();
    const run = await w.action({ stage: 'release publish validate' }, { env });
    expect(run.exitCode, run.stdout.split('\n').filter((l) => l.startsWith('::error')).join('\n')).toBe(0);
    const reached = new Set(proxy.forwarded.filter((f) => f.outcome === 'forwarded').map((f) => f.target));
    const hostOf = (url: string) => new URL(url).host;
    const services: Array<[string, string]> = [
      ['GitHub', hostOf(w.gh.url)],
      ['PyPI', hostOf(w.pypi.url)],
      ['OIDC token', hostOf(w.oidc.requestUrl)],
      ['Fulcio', hostOf(w.sigstore.fulcioUrl)],
      ['Rekor', hostOf(w.sigstore.rekorUrl)],
      ['webhook', hostOf(w.webhookUrl)],
    ];
    expect(services.filter(([, host]) => !reached.has(host)).map(([name]) => name), 'services reached directly, not through the proxy').toEqual([]);
    // Nothing went around it: each stand-in's requests are all from the proxy's connections (the stand-ins record every one).
    expect(w.pypi.files('demo-pkg', '0.1.1').map((f) => f.filename).sort()).toEqual(['demo_pkg-0.1.1-py3-none-any.whl', 'demo_pkg-0.1.1.tar.gz']);
  }, 240_000);

  it('a proxy that refuses the index: one line naming the proxy and the host, nothing uploaded', async () => {
    const { w, proxy, env } = await releasedWorld();
    proxy.refuse.add(new URL(w.pypi.url).host);
    const run = await w.action({ stage: 'release publish', sign: 'false' }, { env });
    expect(run.exitCode).toBe(1);
    const error = run.stdout.split('\n').find((l) => l.startsWith('::error'));
    expect(error).toMatch(new RegExp(`the proxy ${new URL(proxy.url).host.replace(/\./g, '\\.')} refused to connect to ${new URL(w.pypi.url).host.replace(/\./g, '\\.')} \\(HTTP 403\\).*NETWORK_PROXY_REFUSED`));
    expect(w.pypi.log.entries.filter((e) => e.method === 'POST')).toHaveLength(0);
  }, 240_000);
});
