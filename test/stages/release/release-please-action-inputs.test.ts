/**
 * release-please-action v4's own inputs in stage: release, as its src/index.ts applies them:
 * skip-github-release leaves createReleases out (merged release PRs stay untagged, and
 * release-please opens no new release PR while one waits: "untagged, merged release PRs
 * outstanding - aborting"); skip-github-pull-request leaves createPullRequests out; changelog-host
 * replaces every package's changelog-host after the manifest is loaded — the same plan as the
 * config key (whose output the differential tests hold to release-please's).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { releaseFixture, type ReleaseFixture } from './fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const rpa = (o: { skipGithubRelease?: boolean; skipGithubPullRequest?: boolean; changelogHost?: string }) => ({ releasePleaseAction: { skipGithubRelease: false, skipGithubPullRequest: false, ...o } });

describe('release-please-action inputs in stage: release', () => {
  it('skip-github-release: a merged release PR gets no tag, no release, keeps autorelease: pending; no new release PR while it waits', async () => {
    fx = await releaseFixture();
    fx.commit('fix: a');
    fx.push();
    await fx.run();
    fx.mergeReleasePr(1, 'squash');
    fx.commit('feat: b');
    fx.push();
    const out = await fx.run(rpa({ skipGithubRelease: true }));
    expect(fx.gh.repo.refSha('refs/tags/v1.0.1')).toBeUndefined();
    expect(fx.gh.state.releases).toHaveLength(0);
    expect(fx.gh.state.pulls.map((p) => [p.number, p.labels.map((l) => l.name)])).toEqual([[1, ['autorelease: pending']]]);
    expect(out.outputs.release_created).toBeUndefined();
    expect(out.outputs.prs_created).toBe('false');
    // Without the input the same state is released as release-please-action releases it.
    await fx.run();
    expect(fx.gh.repo.refSha('refs/tags/v1.0.1')).toBeDefined();
  });

  it('skip-github-pull-request: no release PR is opened; a merged one is still released', async () => {
    fx = await releaseFixture();
    fx.commit('fix: a');
    fx.push();
    const none = await fx.run(rpa({ skipGithubPullRequest: true }));
    expect(fx.gh.state.pulls).toHaveLength(0);
    expect(none.outputs.prs_created).toBe('false');
    await fx.run();
    fx.mergeReleasePr(1, 'squash');
    fx.commit('fix: b');
    fx.push();
    const out = await fx.run(rpa({ skipGithubPullRequest: true }));
    expect(out.outputs).toMatchObject({ release_created: 'true', tag_name: 'v1.0.1' });
    expect(fx.gh.state.pulls).toHaveLength(1);
  });

  it('changelog-host: the release PR is the one the config key changelog-host gives', async () => {
    const host = 'https://github.example.com';
    const bodies: string[] = [];
    for (const viaInput of [true, false]) {
      fx = await releaseFixture(viaInput ? {} : { config: { packages: { '.': { 'release-type': 'python', 'changelog-host': host } } } });
      fx.commit('feat: a');
      fx.push();
      await fx.run(viaInput ? rpa({ changelogHost: host }) : {});
      // The two histories differ in the config file only, so their commit ids differ; the rest must not.
      bodies.push((fx.gh.state.pulls[0]!.body ?? '').replace(/\b[0-9a-f]{7}\b|\b[0-9a-f]{40}\b/g, '<sha>'));
      await fx.close();
      fx = undefined;
    }
    expect(bodies[0]).toContain(`${host}/acme/widget/compare/v1.0.0...v1.1.0`);
    expect(bodies[0]).toBe(bodies[1]);
  });
});
