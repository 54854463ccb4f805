/** stage: preview on a pull request: one comment, edited in place; forks get the summary only; the title lint. */
import { afterEach, describe, expect, it } from 'vitest';
import { previewStage } from '../../../src/stages/preview.js';
import { releaseFixture, type ReleaseFixture } from '../release/fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const pr = (title: string, fromFork = false, body = '') => ({ eventName: 'pull_request', pullRequest: { number: 7, title, body, fromFork } });

describe('stage: preview', () => {
  it('comments the release the PR would make, once: a re-run edits the same comment', async () => {
    fx = await releaseFixture();
    fx.gh.state.addIssue('placeholder');
    for (let i = 0; i < 6; i++) fx.gh.state.addIssue(`issue ${i}`);
    fx.commit('feat(cli): add --json (#7)');
    const first = await fx.run(pr('feat(cli): add --json'), previewStage);
    expect(JSON.parse(first.outputs.preview!)).toMatchObject({ version: '1.1.0', tag: 'v1.1.0' });
    const comments = () => fx!.gh.state.comments.filter((c) => c.issue === 7);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toMatch(/^<!-- pyrelease:preview -->\n### 📦 Merging this releases \*\*1\.1\.0\*\* \(`v1\.1\.0`\)/);
    expect(comments()[0]!.body).toContain('### Features');
    fx.commit('fix!: drop Python 3.8 (#7)');
    const second = await fx.run(pr('feat(cli): add --json'), previewStage);
    expect(JSON.parse(second.outputs.preview!).version).toBe('2.0.0');
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toContain('**2.0.0**');
    expect(second.headline).toMatch(/comment on #7 updated/);
  });

  it('a pull request from a fork gets the summary and the output only, and is told why', async () => {
    fx = await releaseFixture();
    fx.commit('fix: a bug');
    const out = await fx.run(pr('fix: a bug', true), previewStage);
    expect(fx.gh.log.writes()).toHaveLength(0);
    expect(out.summary).toMatch(/from a fork: its token cannot comment/);
    expect(JSON.parse(out.outputs.preview!).version).toBe('1.0.1');
  });

  it('only hidden types: says no release', async () => {
    fx = await releaseFixture();
    fx.commit('chore: tidy');
    const out = await fx.run(pr('chore: tidy', true), previewStage);
    expect(JSON.parse(out.outputs.preview!).version).toBeNull();
    expect(out.summary).toMatch(/Merging this makes no release/);
  });

  it('lint-pr-title fails a title that is not a conventional commit or uses an unknown type, naming the allowed types', async () => {
    fx = await releaseFixture({ config: { packages: { '.': { 'release-type': 'python', 'changelog-sections': [{ type: 'feat', section: 'Features' }, { type: 'security', section: 'Security' }] } } } });
    fx.commit('fix: x');
    await expect(fx.run({ ...pr('Update README', true), lintPrTitle: true }, previewStage)).rejects.toMatchObject({ code: 'PR_TITLE_INVALID', message: 'the pull request title "Update README" is not a conventional commit' });
    await expect(fx.run({ ...pr('feature: add x', true), lintPrTitle: true }, previewStage)).rejects.toMatchObject({ details: { fix: expect.stringMatching(/types: feat, fix, .*security$/) } });
    // A type from changelog-sections is allowed; a breaking change may be declared in the body.
    const ok = await fx.run({ ...pr('security: pin a dependency', true, 'BREAKING CHANGE: drops 3.8'), lintPrTitle: true }, previewStage);
    expect(ok.outputs.pr_title_valid).toBe('true');
  });
});
