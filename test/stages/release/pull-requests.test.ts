/**
 * The release stage reads the merged pull requests of the commits from GitHub's GraphQL history
 * (the stand-in answers it from its bare repository and PR state), as release-please does: a
 * squash-merged PR's BEGIN_COMMIT_OVERRIDE replaces the commit's message in the release PR.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { releaseFixture, squashMergedFeature, type ReleaseFixture } from './fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});


const OVERRIDE = 'Adds date parsing.\n\nBEGIN_COMMIT_OVERRIDE\nfeat: parse ISO dates\nfix(cli): exit 2 on a bad date\nEND_COMMIT_OVERRIDE\n';

describe('release stage: the pull requests of the commits', () => {
  it('applies a squash-merged PR\'s BEGIN_COMMIT_OVERRIDE, read in one GraphQL query', async () => {
    fx = await releaseFixture();
    const n = squashMergedFeature(fx, 'feat: dates', OVERRIDE);
    fx.commit('fix: a plain commit');
    fx.push();
    const out = await fx.run();
    const body = fx.gh.state.pulls.find((p) => p.head.startsWith('release-please--'))!.body!;
    expect(body).toContain('* parse ISO dates (');
    expect(body).toContain('* **cli:** exit 2 on a bad date (');
    expect(body).toContain('* a plain commit (');
    expect(body).not.toContain(`dates ([#${n}]`);
    expect(fx.gh.log.count('POST', '/graphql')).toBe(1);
    expect(out.lines.join('')).not.toMatch(/were not read/);
  });

  it('a GraphQL refusal is a warning that says overrides were not read, and the plan goes on from git', async () => {
    fx = await releaseFixture();
    squashMergedFeature(fx, 'feat: dates', OVERRIDE);
    fx.push();
    fx.gh.faults.add({ method: 'POST', path: '/graphql', status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/graphql' } });
    const out = await fx.run();
    expect(out.lines.join('')).toMatch(/warning: pull requests of the commits were not read \(GitHub refused the GraphQL history query: 403 Resource not accessible by integration\): BEGIN_COMMIT_OVERRIDE blocks in their bodies were not applied/);
    const body = fx.gh.state.pulls.find((p) => p.head.startsWith('release-please--'))!.body!;
    expect(body).toContain('* dates (');
    expect(body).not.toContain('parse ISO dates');
  });
});
