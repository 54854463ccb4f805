/**
 * `draft: true` against a GitHub stand-in that treats drafts as GitHub does (no draft from
 * `GET /releases/tags/{tag}`, several drafts allowed per tag): a run that created the draft and
 * died afterwards is finished by the next run, which finds the draft through the releases list.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { releaseFixture, type ReleaseFixture } from './fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const draftConfig = { packages: { '.': { 'release-type': 'python', draft: true } } };

describe('release stage: draft releases converge', () => {
  it('a run that created the draft and failed afterwards: the re-run finds the draft, makes no second one and finishes', async () => {
    fx = await releaseFixture({ config: draftConfig });
    fx.commit('fix: a');
    fx.push();
    await fx.run();
    fx.mergeReleasePr(1, 'squash');
    // The draft is created, then labelling fails: the run dies with the PR still pending.
    fx.gh.faults.add({ method: 'POST', path: '/repos/acme/widget/issues/1/labels', status: 500, times: 10 });
    await expect(fx.run()).rejects.toThrow(/labelling #1/);
    expect(fx.gh.state.releases.filter((r) => r.draft)).toHaveLength(1);
    fx.gh.faults.clear();
    const out = await fx.run();
    expect(fx.gh.state.releases, 'one draft release, not a second').toHaveLength(1);
    expect(fx.gh.state.releases[0]).toMatchObject({ tag_name: 'v1.0.1', draft: true });
    expect(fx.gh.state.pulls[0]!.labels.map((l) => l.name)).toEqual(['autorelease: tagged']);
    expect(fx.gh.state.comments.filter((c) => c.body.startsWith('🤖 Created releases'))).toHaveLength(1);
    expect(out.outputs).toMatchObject({ release_created: 'true', draft: 'true', id: String(fx.gh.state.releases[0]!.id) });
  });

  it('finds its draft among more releases than one page holds', async () => {
    fx = await releaseFixture({ config: draftConfig });
    for (let i = 0; i < 120; i++) fx.gh.state.releases.push({ id: fx.gh.state.id(), tag_name: `old-${i}`, target_commitish: 'main', name: `old ${i}`, body: '', draft: i % 2 === 0, prerelease: false, created_at: fx.gh.state.now(), assets: [] });
    fx.commit('fix: a');
    fx.push();
    await fx.run();
    fx.mergeReleasePr(1, 'squash');
    // The draft is the oldest entry after more are added: it sits on the last page of the list.
    fx.gh.faults.add({ method: 'POST', path: '/repos/acme/widget/issues/1/labels', status: 500, times: 10 });
    await expect(fx.run()).rejects.toThrow(/labelling #1/);
    const draft = fx.gh.state.releases.find((r) => r.tag_name === 'v1.0.1')!;
    fx.gh.state.releases.splice(fx.gh.state.releases.indexOf(draft), 1);
    fx.gh.state.releases.unshift(draft);
    fx.gh.faults.clear();
    await fx.run();
    expect(fx.gh.state.releases.filter((r) => r.tag_name === 'v1.0.1')).toHaveLength(1);
    expect(fx.gh.log.entries.some((e) => e.path === '/repos/acme/widget/releases' && e.query.includes('page=2'))).toBe(true);
  });
});
