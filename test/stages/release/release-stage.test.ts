/** stage: release through real git and the GitHub stand-in: open, update, retitle, merge, tag, re-run. */
import { afterEach, describe, expect, it } from 'vitest';
import { releaseFixture, TOKEN, type ReleaseFixture } from './fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const branch = 'release-please--branches--main';

describe('release stage: the release PR', () => {
  it('opens one PR: release-please branch, one commit on main with exactly the planned files, label', async () => {
    fx = await releaseFixture();
    fx.commit('feat: add retries (#4)');
    fx.commit('fix: empty input');
    fx.push();
    const main = fx.git(['rev-parse', 'HEAD']);
    const out = await fx.run();
    expect(fx.gh.state.pulls).toHaveLength(1);
    const pr = fx.gh.state.pulls[0]!;
    expect(pr).toMatchObject({ title: 'chore(main): release 1.1.0', head: branch, base: 'main', state: 'open' });
    expect(pr.labels.map((l) => l.name)).toEqual(['autorelease: pending']);
    expect(pr.body).toMatch(/^:robot: I have created a release \*beep\* \*boop\*\n---\n\n\n## \[1\.1\.0\]\(https:\/\/github\.com\/acme\/widget\/compare\/v1\.0\.0\.\.\.v1\.1\.0\) \(2026-02-03\)/);
    const head = fx.gh.repo.refSha(`refs/heads/${branch}`)!;
    expect(fx.gh.repo.git(['rev-parse', `${head}^`])).toBe(main);
    expect(fx.gh.repo.git(['diff', '--name-only', main, head]).split('\n')).toEqual(['.release-please-manifest.json', 'CHANGELOG.md', 'pyproject.toml', 'src/widget/__init__.py']);
    expect(fx.gh.repo.git(['show', `${head}:pyproject.toml`])).toBe('[project]\nname = "widget"\nversion = "1.1.0"');
    expect(fx.gh.repo.git(['log', '-1', '--format=%s', head])).toBe('chore(main): release 1.1.0');
    expect(out.outputs.prs_created).toBe('true');
    expect(JSON.parse(out.outputs.pr!)).toMatchObject({ number: 1, headBranchName: branch, baseBranchName: 'main', title: 'chore(main): release 1.1.0' });
    expect(out.outputs.release_created).toBeUndefined();
  });

  it('makes no write at all when nothing changed since the last update', async () => {
    fx = await releaseFixture();
    fx.commit('feat: a');
    fx.push();
    await fx.run();
    fx.gh.log.clear();
    const out = await fx.run();
    expect(fx.gh.log.writes()).toEqual([]);
    expect(out.outputs.prs_created).toBe('false');
    expect(fx.gh.state.pulls).toHaveLength(1);
  });

  it('updates the same PR in place after one more commit, in at most 7 requests (one of them the batched GraphQL history)', async () => {
    fx = await releaseFixture();
    fx.commit('feat: a');
    fx.push();
    await fx.run();
    fx.commit('feat!: drop python 3.8');
    fx.push();
    fx.gh.log.clear();
    const out = await fx.run();
    expect(fx.gh.state.pulls).toHaveLength(1);
    expect(fx.gh.state.pulls[0]!.title).toBe('chore(main): release 2.0.0');
    expect(fx.gh.state.pulls[0]!.body).toContain('### ⚠ BREAKING CHANGES');
    expect(out.outputs.prs_created).toBe('true');
    expect(fx.gh.log.entries.length).toBeLessThanOrEqual(7);
    expect(out.requests).toBeLessThanOrEqual(7);
    const head = fx.gh.repo.refSha(`refs/heads/${branch}`)!;
    expect(fx.gh.repo.git(['rev-parse', `${head}^`])).toBe(fx.git(['rev-parse', 'HEAD']));
  });

  it('finds the PR by branch and label when the title pattern changed, and retitles it', async () => {
    fx = await releaseFixture();
    fx.commit('fix: a');
    fx.push();
    await fx.run();
    fx.commit('chore: new title pattern', { '.release-please-config.json': JSON.stringify({ 'pull-request-title-pattern': 'chore: release ${version}', packages: { '.': { 'release-type': 'python' } } }) });
    fx.push();
    await fx.run();
    expect(fx.gh.state.pulls).toHaveLength(1);
    expect(fx.gh.state.pulls[0]!.title).toBe('chore: release 1.0.1');
  });

  it('says there is nothing to release and opens nothing when only hidden types landed', async () => {
    fx = await releaseFixture();
    fx.commit('chore: tidy');
    fx.push();
    const out = await fx.run();
    expect(fx.gh.state.pulls).toHaveLength(0);
    expect(out.headline).toBe('no release due');
    expect(out.summary).toContain('No release is due');
  });
});

describe('release stage: after the merge', () => {
  it.each(['squash', 'merge'] as const)('%s: tags the merge commit, creates the release, swaps labels, sets outputs', async (how) => {
    fx = await releaseFixture();
    fx.commit('feat: add retries (#4)');
    fx.push();
    await fx.run();
    const sha = fx.mergeReleasePr(1, how);
    const out = await fx.run();
    expect(fx.gh.repo.refSha('refs/tags/v1.1.0')).toBe(sha);
    expect(fx.gh.state.releases).toHaveLength(1);
    const rel = fx.gh.state.releases[0]!;
    expect(rel).toMatchObject({ tag_name: 'v1.1.0', target_commitish: sha, name: 'v1.1.0', draft: false, prerelease: false });
    expect(rel.body).toMatch(/^## \[1\.1\.0\]\(https:\/\/github\.com\/acme\/widget\/compare\/v1\.0\.0\.\.\.v1\.1\.0\)/);
    expect(fx.gh.state.pulls[0]!.labels.map((l) => l.name)).toEqual(['autorelease: tagged']);
    expect(fx.gh.state.comments.map((c) => c.body)).toEqual([`🤖 Created releases:\n\n- [v1.1.0](https://github.com/acme/widget/releases/tag/v1.1.0)\n\n:sunflower:`]);
    expect(out.outputs).toMatchObject({ release_created: 'true', releases_created: 'true', tag_name: 'v1.1.0', version: '1.1.0', major: '1', minor: '1', patch: '0', sha, prNumber: '1' });
    expect(out.outputs.upload_url).toMatch(/\/releases\/\d+\/assets\{\?name,label\}$/);
    // The next plan starts from the new release: nothing is due, no new PR.
    expect(fx.gh.state.pulls).toHaveLength(1);
  });

  it('converges on a re-run: no second tag, release, comment or PR', async () => {
    fx = await releaseFixture();
    fx.commit('fix: a');
    fx.push();
    await fx.run();
    fx.mergeReleasePr(1, 'squash');
    await fx.run();
    fx.gh.log.clear();
    const again = await fx.run();
    expect(fx.gh.log.writes()).toEqual([]);
    expect(fx.gh.state.releases).toHaveLength(1);
    expect(fx.gh.state.comments).toHaveLength(1);
    expect(again.outputs.release_created).toBeUndefined();
  });

  it('finishes a release whose labels were never swapped (a run that died half-way), reusing the release', async () => {
    fx = await releaseFixture();
    fx.commit('fix: a');
    fx.push();
    await fx.run();
    fx.mergeReleasePr(1, 'squash');
    fx.gh.faults.push({ method: 'POST', path: '/repos/acme/widget/issues/1/labels', status: 500, times: 10 });
    await expect(fx.run()).rejects.toThrow(/labelling #1/);
    expect(fx.gh.state.releases).toHaveLength(1);
    fx.gh.faults.length = 0;
    const out = await fx.run();
    expect(fx.gh.state.releases).toHaveLength(1);
    expect(fx.gh.state.comments).toHaveLength(1);
    expect(fx.gh.state.pulls[0]!.labels.map((l) => l.name)).toEqual(['autorelease: tagged']);
    expect(out.outputs.release_created).toBe('true');
  });

  it('refuses a tag that already exists at another commit, and writes nothing', async () => {
    fx = await releaseFixture();
    fx.commit('fix: a');
    fx.push();
    await fx.run();
    const other = fx.git(['rev-parse', 'HEAD~1']);
    fx.gh.repo.updateRef('refs/tags/v1.0.1', other);
    fx.mergeReleasePr(1, 'squash');
    fx.gh.log.clear();
    await expect(fx.run()).rejects.toThrow(/tag v1\.0\.1 already exists at [0-9a-f]{7}, but release PR #1 was merged as [0-9a-f]{7}; nothing was written/);
    expect(fx.gh.log.writes()).toEqual([]);
    expect(fx.gh.state.pulls[0]!.labels.map((l) => l.name)).toEqual(['autorelease: pending']);
  });
});

describe('release stage: GitHub faults and refusals', () => {
  it('retries 5xx on reads and converges', async () => {
    fx = await releaseFixture();
    fx.commit('fix: a');
    fx.push();
    fx.gh.faults.push({ method: 'GET', path: '/repos/acme/widget/pulls', status: 502, times: 2 });
    await fx.run();
    expect(fx.gh.state.pulls).toHaveLength(1);
  });

  it('adopts a PR whose creation GitHub applied although the answer was lost', async () => {
    fx = await releaseFixture();
    fx.commit('fix: a');
    fx.push();
    fx.gh.faults.push({ method: 'POST', path: '/repos/acme/widget/pulls', drop: 'after', times: 1 });
    const out = await fx.run();
    expect(fx.gh.state.pulls).toHaveLength(1);
    expect(fx.gh.state.pulls[0]!.labels.map((l) => l.name)).toEqual(['autorelease: pending']);
    expect(JSON.parse(out.outputs.pr!).number).toBe(1);
  });

  it('names the missing permission when the token cannot open pull requests', async () => {
    fx = await releaseFixture({ permissions: ['contents', 'issues'] });
    fx.commit('fix: a');
    fx.push();
    await expect(fx.run()).rejects.toThrow(/the token lacks a permission for opening the release pull request \(pull-requests: write\)/);
  });

  it('never prints the token', async () => {
    fx = await releaseFixture();
    fx.commit('fix: a');
    fx.push();
    const out = await fx.run();
    expect(JSON.stringify(out)).not.toContain(TOKEN);
  });
});

describe('release stage: config variants', () => {
  it('draft: a draft release and no tag, as release-please; the warning names force-tag-creation; a re-run makes no second draft', async () => {
    fx = await releaseFixture({ config: { packages: { '.': { 'release-type': 'python', draft: true } } } });
    fx.commit('fix: a');
    fx.push();
    await fx.run();
    fx.mergeReleasePr(1, 'squash');
    // The run dies after the release and before the label swap: the re-run must find the draft.
    fx.gh.faults.add({ method: 'POST', path: /\/issues\/1\/labels$/, status: 500, times: 10 });
    await expect(fx.run()).rejects.toThrow();
    fx.gh.faults.clear();
    const out = await fx.run();
    expect(fx.gh.repo.refSha('refs/tags/v1.0.1')).toBeUndefined();
    expect(fx.gh.state.releases).toHaveLength(1);
    expect(fx.gh.state.releases[0]).toMatchObject({ tag_name: 'v1.0.1', draft: true });
    expect(out.lines.join('')).toMatch(/warning: v1\.0\.1 is a draft release: GitHub creates the tag only when it is published.*set "force-tag-creation": true/);
  });

  it('draft: the next run finds the untagged draft as the previous release, by its tag name and commit (release-please-action#833)', async () => {
    fx = await releaseFixture({ config: { packages: { '.': { 'release-type': 'python', draft: true } } } });
    fx.commit('fix: a');
    fx.push();
    await fx.run();
    fx.mergeReleasePr(1, 'squash');
    await fx.run();
    expect(fx.gh.repo.refSha('refs/tags/v1.0.1')).toBeUndefined();
    // Nothing new since the draft: no release due, and HEAD is that draft's release.
    const idle = await fx.run();
    expect(idle.headline).toMatch(/no release due/);
    expect(fx.gh.state.pulls.filter((p) => p.state === 'open')).toHaveLength(0);
    fx.commit('feat: b');
    fx.push();
    await fx.run();
    const next = fx.gh.state.pulls.filter((p) => p.state === 'open');
    expect(next.map((p) => p.title)).toEqual(['chore(main): release 1.1.0']);
    expect(next[0]!.body).toContain('compare/v1.0.1...v1.1.0');
  });

  it('force-tag-creation: the merge commit is tagged before the (draft) release is created, as release-please does', async () => {
    fx = await releaseFixture({ config: { packages: { '.': { 'release-type': 'python', draft: true, 'force-tag-creation': true } } } });
    fx.commit('fix: a');
    fx.push();
    await fx.run();
    const sha = fx.mergeReleasePr(1, 'squash');
    fx.gh.log.clear();
    const out = await fx.run();
    expect(fx.gh.repo.refSha('refs/tags/v1.0.1')).toBe(sha);
    expect(fx.gh.state.releases[0]).toMatchObject({ tag_name: 'v1.0.1', draft: true });
    const writes = fx.gh.log.writes().map((w) => `${w.method} ${w.path}`);
    expect(writes.indexOf('POST /repos/acme/widget/git/refs')).toBeLessThan(writes.indexOf('POST /repos/acme/widget/releases'));
    expect(out.lines.join('')).not.toMatch(/is a draft release/);
  });

  it('prerelease: a 0.x version is marked prerelease on GitHub, as release-please does', async () => {
    fx = await releaseFixture({ config: { packages: { '.': { 'release-type': 'python', prerelease: true, 'release-as': '0.9.0' } } } });
    fx.commit('fix: a');
    fx.push();
    await fx.run();
    fx.mergeReleasePr(1, 'squash');
    await fx.run();
    expect(fx.gh.state.releases[0]).toMatchObject({ tag_name: 'v0.9.0', prerelease: true });
  });

  it('skip-github-release: tags and swaps the label, creates no release and no comment', async () => {
    fx = await releaseFixture({ config: { packages: { '.': { 'release-type': 'python', 'skip-github-release': true } } } });
    fx.commit('fix: a');
    fx.push();
    await fx.run();
    const sha = fx.mergeReleasePr(1, 'squash');
    const out = await fx.run();
    expect(fx.gh.state.releases).toHaveLength(0);
    expect(fx.gh.state.comments).toHaveLength(0);
    expect(fx.gh.repo.refSha('refs/tags/v1.0.1')).toBe(sha);
    expect(fx.gh.state.pulls[0]!.labels.map((l) => l.name)).toEqual(['autorelease: tagged']);
    expect(out.outputs).toMatchObject({ release_created: 'true', tag_name: 'v1.0.1' });
  });

  it('waits out a secondary rate limit with retry-after, then converges', async () => {
    fx = await releaseFixture();
    fx.commit('fix: a');
    fx.push();
    fx.gh.faults.push({ method: 'GET', path: '/repos/acme/widget/pulls', status: 429, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, times: 1 });
    await fx.run();
    expect(fx.gh.log.find('GET', '/repos/acme/widget/pulls').length).toBeGreaterThanOrEqual(2);
    expect(fx.gh.state.pulls).toHaveLength(1);
  });

  it('dry-run plans and reports but writes nothing', async () => {
    fx = await releaseFixture();
    fx.commit('feat: a');
    fx.push();
    const out = await fx.run({ dryRun: true });
    expect(fx.gh.log.writes()).toEqual([]);
    expect(out.headline).toMatch(/release PR #0 for 1\.1\.0 planned/);
  });
});

describe('release stage: checkouts and refusals', () => {
  it('works from a shallow checkout (actions/checkout fetch-depth: 1)', async () => {
    fx = await releaseFixture();
    fx.commit('feat: a');
    fx.commit('fix: b');
    fx.push();
    fx.git(['clone', '-q', '--depth', '1', `file://${fx.origin}`, `${fx.work}-shallow`], '/');
    const out = await fx.run({ workingDirectory: `${fx.work}-shallow` });
    expect(fx.gh.state.pulls).toHaveLength(1);
    expect(fx.gh.state.pulls[0]!.title).toBe('chore(main): release 1.1.0');
    expect(out.lines.join('')).toMatch(/shallow/);
  });

  it('names the repository setting when Actions may not create pull requests', async () => {
    fx = await releaseFixture({ actionsCanCreatePullRequests: false });
    fx.commit('fix: a');
    fx.push();
    await expect(fx.run()).rejects.toThrow(/GitHub Actions is not permitted to create pull requests in this repository/);
  });

  it('says the token was refused (401) without printing it', async () => {
    fx = await releaseFixture();
    fx.commit('fix: a');
    fx.push();
    const error = await fx.run({ token: 'ghs_wrongToken' }).catch((e: unknown) => e as Error);
    expect(String(error)).toMatch(/GitHub refused the token while listing pull requests of release-please--branches--main: Bad credentials/);
    expect(String(error)).not.toContain('ghs_wrongToken');
  });
});

describe('release stage: which branch is released', () => {
  it('a push to another branch plans the default branch (as release-please-action), never a release PR for the pushed branch', async () => {
    fx = await releaseFixture();
    fx.commit('feat: on main');
    fx.push();
    fx.git(['checkout', '-q', '-b', 'topic']);
    fx.commit('feat!: only on the topic branch');
    fx.git(['push', '-q', 'origin', 'topic']);
    const out = await fx.run({ targetBranch: undefined });
    expect(fx.gh.state.pulls.map((p) => [p.head, p.base])).toEqual([['release-please--branches--main', 'main']]);
    const pr = fx.gh.state.pulls[0]!;
    expect(pr.title).toBe('chore(main): release 1.1.0');
    expect(pr.body).toContain('on main');
    expect(pr.body).not.toContain('only on the topic branch');
    const head = fx.gh.repo.refSha('refs/heads/release-please--branches--main')!;
    expect(fx.gh.repo.git(['rev-parse', `${head}^`])).toBe(fx.gh.repo.refSha('refs/heads/main'));
    expect(out.lines.join('')).toMatch(/notice: this run checked out topic: the release PR is planned from main \([0-9a-f]{7}\), as release-please-action plans the target branch/);
    expect(out.outputs.prs_created).toBe('true');
  });
});
