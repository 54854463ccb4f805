/** The stand-in's git host with real git as the client: a blob-less clone over protocol v2, a lazy blob fetch, 401 without the token. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { releaseFixture, TOKEN, type ReleaseFixture } from '../../stages/release/fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

// Async: the stand-in answers from this process, so a synchronous git would wait on it forever.
const run = promisify(execFile);
const clientEnv = (extra: Record<string, string> = {}) => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpdir(), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0', ...extra });
const withToken = (token: string) => ({ GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraheader', GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}` });

describe('the GitHub stand-in as a git host', () => {
  it('serves a blob-less partial clone over protocol v2, and the blobs it left out on demand', async () => {
    fx = await releaseFixture();
    fx.commit('feat: second', { 'CHANGELOG.md': '# Changelog\n\nnewer\n' });
    fx.push();
    const dir = join(mkdtempSync(join(tmpdir(), 'git-http-')), 'clone');
    const env = clientEnv(withToken(TOKEN));
    await run('git', ['-c', 'protocol.version=2', 'clone', '--quiet', '--filter=blob:none', '--no-checkout', `${fx.gh.url}/acme/widget.git`, dir], { env });
    const git = async (args: string[]) => (await run('git', args, { cwd: dir, env, encoding: 'utf8' })).stdout.trim();
    // No blob came with the clone: every one is "missing" (promised by origin).
    expect((await git(['rev-list', '--objects', '--missing=print', 'HEAD'])).split('\n').filter((l) => l.startsWith('?')).length).toBeGreaterThanOrEqual(6);
    expect(await git(['config', 'remote.origin.partialclonefilter'])).toBe('blob:none');
    // Reading an old file fetches its blob lazily, through the same credentials.
    expect(await git(['show', 'HEAD~1:CHANGELOG.md'])).toContain('## 1.0.0');
    expect(await git(['tag'])).toBe('v1.0.0');
    const requests = fx.gh.log.entries.filter((e) => e.path.startsWith('/acme/widget.git/'));
    expect(requests.map((e) => `${e.method} ${e.path} ${e.status}`)).toContain('POST /acme/widget.git/git-upload-pack 200');
    expect(new Set(requests.map((e) => `${e.headers['git-protocol']} ${e.authorization}`))).toEqual(new Set(['version=2 basic ***']));
  });

  it('wants the token: 401 with WWW-Authenticate Basic realm="GitHub" without it or with a wrong one', async () => {
    fx = await releaseFixture();
    for (const env of [clientEnv(), clientEnv(withToken('ghs_wrong000000000000000000000000000000'))]) {
      const refused = await run('git', ['ls-remote', `${fx.gh.url}/acme/widget.git`], { env, encoding: 'utf8' }).then(() => undefined, (e: { stderr: string }) => e);
      expect(refused?.stderr).toMatch(/could not read Username|Authentication failed|returned error: 401/);
    }
    const answer = await fetch(`${fx.gh.url}/acme/widget.git/info/refs?service=git-upload-pack`);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toBe('Basic realm="GitHub"');
  });
});
