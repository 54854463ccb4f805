/**
 * A workflow moved from release-please-action often has no actions/checkout step (issue #24):
 * stage: release clones what it needs itself (a blob-less clone into RUNNER_TEMP through the
 * GitHub stand-in's git host, real git both sides) and releases exactly as with a checkout; every
 * stage that reads the project's files says in one line that the checkout is missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../harness/action-run.js';
import { pullRequestEvent } from '../harness/runner-env.js';
import { gitEnv } from '../harness/fast-import.js';
import { releaseFixture, TOKEN, type ReleaseFixture } from '../stages/release/fixture.js';

const emptyWorkspace = () => mkdtempSync(join(tmpdir(), 'no-checkout-'));
const FIX = 'add - uses: actions/checkout@v4 as a step before pyrelease (on a release or tag event it checks out the tag)';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

describe('the action without a checkout', () => {
  for (const stage of ['publish', 'quality']) {
    it(`stage: ${stage} in an empty workspace: one line naming the missing actions/checkout step, exit 1`, async () => {
      const run = await runAction({ workspace: emptyWorkspace(), inputs: { stage, token: 'ghs_sentinelNoCheckoutToken0000000000' } });
      expect(run.exitCode).toBe(1);
      expect(errorLines(run)).toEqual([`the workspace is empty: stage ${stage} reads the project's files — fix: ${FIX} [CHECKOUT_MISSING]`]);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
    });
  }

  it('stage: all refuses before anything runs: its gates guard the release, and stage: release is named as the way without a checkout', async () => {
    fx = await releaseFixture();
    const run = await runAction({ workspace: emptyWorkspace(), inputs: { stage: 'all', token: TOKEN }, env: githubEnv(fx) });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([`the workspace is empty: stage quality, security, publish reads the project's files — fix: ${FIX}; or set stage: release, which needs no checkout [CHECKOUT_MISSING]`]);
    expect(fx.gh.log.entries).toEqual([]);
  });

  it('stage: release opens the release PR from a blob-less clone, tags after the merge, and re-runs converge; the token stays out of logs, outputs and the clone', async () => {
    fx = await releaseFixture();
    fx.commit('feat: add retries (#4)');
    fx.push();
    const env = githubEnv(fx);
    const first = await runAction({ workspace: emptyWorkspace(), inputs: { stage: 'release', token: TOKEN }, env });
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    const head = fx.git(['rev-parse', 'HEAD']);
    const note = `no checkout: planned from a blob-less clone of main at ${head}`;
    expect(first.stdout).toContain(note);
    expect(first.summary).toContain(note);
    expect(first.outputs).toMatchObject({ prs_created: 'true' });
    expect(JSON.parse(first.outputs.pr!)).toMatchObject({ number: 1, title: 'chore(main): release 1.1.0' });
    expect(fx.gh.state.pulls.map((p) => [p.number, p.state])).toEqual([[1, 'open']]);
    // The release PR's branch is one commit on the planned commit, with the version bumped in the files.
    expect(fx.gh.repo.git(['show', 'release-please--branches--main:pyproject.toml'])).toContain('version = "1.1.0"');
    expect(fx.gh.repo.git(['show', 'release-please--branches--main:CHANGELOG.md'])).toContain('add retries');
    // Only a blob-less clone was asked for: every fetch carried the filter, authenticated.
    const fetches = fx.gh.log.entries.filter((e) => e.path === '/acme/widget.git/git-upload-pack' && e.body.includes('command=fetch'));
    expect(fetches[0]?.body).toContain('filter blob:none');
    expect(new Set(fx.gh.log.entries.filter((e) => e.path.startsWith('/acme/widget.git/')).map((e) => e.authorization))).toEqual(new Set(['basic ***']));

    // A re-run of the job (same RUNNER_TEMP): the clone is refreshed, no second PR.
    const again = await runAction({ workspace: emptyWorkspace(), inputs: { stage: 'release', token: TOKEN }, env: { ...env, RUNNER_TEMP: first.runner.tempDir } });
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect(fx.gh.state.pulls).toHaveLength(1);

    const sha = fx.mergeReleasePr(1, 'squash');
    const released = await runAction({ workspace: emptyWorkspace(), inputs: { stage: 'release', token: TOKEN }, env: { ...env, RUNNER_TEMP: first.runner.tempDir } });
    expect(released.exitCode, released.stdout + released.stderr).toBe(0);
    expect(released.outputs).toMatchObject({ release_created: 'true', tag_name: 'v1.1.0', version: '1.1.0', sha });
    expect(released.summary).toContain(`no checkout: planned from a blob-less clone of main at ${sha}`);
    expect(fx.gh.repo.refSha('refs/tags/v1.1.0')).toBe(sha);

    const rerun = await runAction({ workspace: emptyWorkspace(), inputs: { stage: 'release', token: TOKEN }, env: { ...env, RUNNER_TEMP: first.runner.tempDir } });
    expect(rerun.exitCode, rerun.stdout + rerun.stderr).toBe(0);
    expect(rerun.outputs.release_created).toBeUndefined();
    expect(fx.gh.state.releases.map((r) => r.tag_name)).toEqual(['v1.1.0']);
    expect(fx.gh.state.pulls.filter((p) => p.state === 'open')).toEqual([]);

    const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    for (const run of [first, again, released, rerun]) {
      expect(run.masks).toContain(TOKEN);
      for (const text of [run.stdout.replace(/::add-mask::.*\n/g, ''), run.stderr, run.summary, JSON.stringify(run.outputs)]) {
        expect(text).not.toContain(TOKEN);
        expect(text).not.toContain(basic);
      }
    }
    // Nothing under RUNNER_TEMP holds the token, the clone's git config included.
    const clone = join(first.runner.tempDir, 'pyrelease-checkout');
    expect(readFileSync(join(clone, '.git', 'config'), 'utf8')).toContain(`url = ${fx.gh.url}/acme/widget.git`);
    for (const file of filesUnder(first.runner.tempDir).filter((f) => !f.includes('/objects/'))) {
      const text = readFileSync(file, 'latin1');
      expect(text.includes(TOKEN) || text.includes(basic) || /extraheader/i.test(text), file).toBe(false);
    }
  });

  it('stage: preview on a pull request comments the release its merge would make, planned from a blob-less clone of refs/pull/N/merge', async () => {
    fx = await releaseFixture();
    const base = fx.git(['rev-parse', 'HEAD']);
    fx.git(['checkout', '-q', '-b', 'feature']);
    fx.commit('feat: add --json', { 'src/widget/cli.py': 'x = 1\n' });
    // A day after the release, as a real PR's commit is: git log walks by commit date.
    const later = '2026-01-02T00:00:00Z';
    execFileSync('git', ['commit', '-q', '--amend', '--no-edit'], { cwd: fx.work, env: { ...gitEnv, GIT_AUTHOR_DATE: later, GIT_COMMITTER_DATE: later } });
    const head = fx.git(['rev-parse', 'HEAD']);
    fx.git(['push', '-q', 'origin', 'feature']);
    const pr = fx.gh.addPullRequest({ title: 'feat: add --json', body: '', head: 'feature' });
    // GitHub's test merge of the pull request into its base, kept at refs/pull/N/merge.
    fx.git(['checkout', '-q', '--detach', 'main']);
    fx.git(['merge', '-q', '--no-ff', '-m', `Merge ${head} into ${base}`, 'feature']);
    const merge = fx.git(['rev-parse', 'HEAD']);
    fx.git(['push', '-q', 'origin', `HEAD:refs/pull/${pr.number}/merge`]);
    const event = pullRequestEvent({ number: pr.number, title: pr.title, headRef: 'feature', headSha: head, baseRef: 'main' });
    const run = await runAction({ workspace: emptyWorkspace(), inputs: { stage: 'preview', token: TOKEN }, event, env: { ...githubEnv(fx), GITHUB_REF: `refs/pull/${pr.number}/merge` } });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.summary).toContain(`no checkout: planned from a blob-less clone of refs/pull/${pr.number}/merge at ${merge}`);
    expect(JSON.parse(run.outputs.preview!), run.summary).toMatchObject({ version: '1.1.0', tag: 'v1.1.0' });
    expect(fx.gh.state.comments.filter((c) => c.issue === pr.number).map((c) => c.body.split('\n')[1])).toEqual(['### 📦 Merging this releases **1.1.0** (`v1.1.0`)']);
  });

  it('a token git refuses: one line with the fix, exit 1, nothing written to GitHub', async () => {
    fx = await releaseFixture();
    const run = await runAction({ workspace: emptyWorkspace(), inputs: { stage: 'release', token: 'ghs_wrongToken000000000000000000000000', 'target-branch': 'main' }, env: githubEnv(fx) });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([`no checkout, and cloning ${fx.gh.url}/acme/widget.git was refused (HTTP 401): the token was not accepted (wrong or expired) — fix: leave token at \${{ github.token }} with permissions: contents: write (or pass a token that can read the repository), or add - uses: actions/checkout@v4 before pyrelease [CHECKOUT_CLONE_REFUSED]`]);
    expect(fx.gh.log.entries.filter((e) => e.method !== 'GET' && !e.path.endsWith('/git-upload-pack'))).toEqual([]);
  });

  it('a git server that cannot be reached: one line naming the host, exit 1', async () => {
    fx = await releaseFixture();
    const run = await runAction({ workspace: emptyWorkspace(), inputs: { stage: 'release', token: TOKEN, 'target-branch': 'main' }, env: { ...githubEnv(fx), GITHUB_SERVER_URL: 'http://127.0.0.1:9' } });
    expect(run.exitCode).toBe(1);
    const [line, ...more] = errorLines(run);
    expect(more).toEqual([]);
    expect(line).toMatch(/^no checkout, and 127\.0\.0\.1:9 could not be reached to clone acme\/widget: .+ — fix: check the runner's network .+ \[CHECKOUT_CLONE_NETWORK\]$/);
    expect(fx.gh.log.entries).toEqual([]);
  });
});

function githubEnv(f: ReleaseFixture): Record<string, string> {
  return { GITHUB_API_URL: f.gh.url, GITHUB_SERVER_URL: f.gh.url, GITHUB_REPOSITORY: 'acme/widget', GITHUB_REF: 'refs/heads/main' };
}

function errorLines(run: ActionRun): string[] {
  return run.annotations.filter((a) => a.level === 'error').map((e) => e.message);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}
