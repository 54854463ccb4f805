/** node dist/index.js with stage: release against the GitHub stand-in: outputs land in GITHUB_OUTPUT, the token never in logs. */
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../harness/action-run.js';
import { releaseFixture, TOKEN, type ReleaseFixture } from '../stages/release/fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

describe('the action, stage: release', () => {
  it('opens the release PR, then releases after the merge; outputs as release-please-action names them', async () => {
    fx = await releaseFixture();
    fx.commit('feat: add retries (#4)');
    fx.push();
    const env = { GITHUB_API_URL: fx.gh.url, GITHUB_REPOSITORY: 'acme/widget', GITHUB_REF: 'refs/heads/main' };
    const first = await runAction({ workspace: fx.work, inputs: { stage: 'release', token: TOKEN }, env });
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toMatchObject({ prs_created: 'true', releases_created: 'false' });
    expect(first.outputs.release_created).toBeUndefined();
    expect(JSON.parse(first.outputs.pr!)).toMatchObject({ number: 1, title: 'chore(main): release 1.1.0' });
    expect(first.masks).toContain(TOKEN);
    expect(first.summary).toContain('Next release: **1.1.0**');

    const sha = fx.mergeReleasePr(1, 'squash');
    fx.git(['pull', '-q', 'origin', 'main']);
    const second = await runAction({ workspace: fx.work, inputs: { stage: 'release', token: TOKEN }, env });
    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    expect(second.outputs).toMatchObject({ release_created: 'true', tag_name: 'v1.1.0', version: '1.1.0', major: '1', minor: '1', patch: '0', sha });
    for (const text of [first.stdout, first.stderr, first.summary, second.stdout, second.stderr, second.summary, JSON.stringify(second.outputs)]) {
      expect(text.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    }
  });

  it('release-type with no config file in the repository: the release PR is planned from the tags (release-please-action\'s manifest-less mode)', async () => {
    fx = await releaseFixture({ files: { 'pyproject.toml': '[project]\nname = "widget"\nversion = "1.0.0"\n' } });
    fx.commit('fix: a leap day');
    fx.push();
    const env = { GITHUB_API_URL: fx.gh.url, GITHUB_REPOSITORY: 'acme/widget', GITHUB_REF: 'refs/heads/main' };
    const run = await runAction({ workspace: fx.work, inputs: { stage: 'release', token: TOKEN, 'release-type': 'python', 'include-component-in-tag': 'false' }, env });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.outputs.pr!)).toMatchObject({ number: 1, title: 'chore(main): release 1.0.1' });
    expect(run.stdout).not.toMatch(/::warning::/);
  });
});
