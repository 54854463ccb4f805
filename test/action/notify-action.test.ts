/** notify-webhook from the built action: a Slack-compatible message on failure, the URL itself never shown. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../harness/action-run.js';
import { json, startStandin, type Standin } from '../standins/server.js';
import { startPypiStandin, type PypiStandin } from '../standins/pypi/pypi-standin.js';

let open: Array<Standin | PypiStandin> = [];
afterEach(async () => {
  await Promise.allSettled(open.map((s) => s.close()));
  open = [];
});

describe('notify-webhook', () => {
  it('posts the failed stage and its reason once, with retries on a 5xx; the URL is masked', async () => {
    const hook = await startStandin(() => json(200, { ok: true }), { name: 'webhook' });
    const pypi = await startPypiStandin();
    open = [hook, pypi];
    hook.faults.add({ method: 'POST', path: '/services/T000/B000/secretpart', status: 503, times: 1 });
    const url = `${hook.url}/services/T000/B000/secretpart`;
    const run = await runAction({
      workspace: mkdtempSync(join(tmpdir(), 'notify-')),
      inputs: { stage: 'validate', files: '[{"name":"demo_pkg-1.0.0.tar.gz","sha256":"' + '0'.repeat(64) + '"}]', 'repository-url': pypi.uploadUrl, 'validate-timeout': '1', 'notify-webhook': url },
      env: { GITHUB_RUN_ID: '77' },
    });
    expect(run.exitCode).toBe(1);
    const posts = hook.log.entries.filter((e) => e.method === 'POST');
    expect(posts.map((p) => p.status)).toEqual([503, 200]);
    const payload = posts[1]!.json() as { text: string; ok: boolean; run_url: string };
    expect(payload.ok).toBe(false);
    expect(payload.text).toMatch(/^❌ acme\/widget: pyrelease failed in stage validate: .*does not show demo_pkg-1\.0\.0\.tar\.gz yet/);
    expect(payload.run_url).toBe('https://github.com/acme/widget/actions/runs/77');
    expect(run.masks).toContain(url);
    for (const text of [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, run.summary]) expect(text).not.toContain('secretpart');
    // The summary says what failed and what a re-run does.
    expect(run.summary).toMatch(/\*\*validate failed\*\*/);
    expect(run.summary).toMatch(/Re-running the job: a re-run \(or `stage: validate` with the same `files`\) only reads the index/);
  });
});
