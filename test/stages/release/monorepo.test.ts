/**
 * Several packages in one manifest through real git, the GitHub stand-in and release-please
 * 17.11.2 itself (the oracle) on the same repository: the grouped release PR (or one per package),
 * then after the merge one tag and GitHub release per package, outputs as release-please-action
 * prints them for several paths, and a re-run that writes nothing twice.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runOracleRepo, type OracleResult } from '../../harness/oracle.js';
import { releaseFixture, type ReleaseFixture } from './fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const changelog = '# Changelog\n';
const files = (config: Record<string, unknown>) => ({
  '.release-please-config.json': `${JSON.stringify(config, null, 2)}\n`,
  '.release-please-manifest.json': '{\n  "packages/core": "1.0.0",\n  "packages/cli": "0.3.0"\n}\n',
  'packages/core/pyproject.toml': '[project]\nname = "core"\nversion = "1.0.0"\n',
  'packages/core/CHANGELOG.md': changelog,
  'packages/cli/pyproject.toml': '[project]\nname = "cli"\nversion = "0.3.0"\n',
  'packages/cli/CHANGELOG.md': changelog,
  'README.md': '# mono\n',
});
const packages = { 'packages/core': { 'release-type': 'python', 'package-name': 'core' }, 'packages/cli': { 'release-type': 'python', component: 'cli' } };

async function monorepo(config: Record<string, unknown>): Promise<ReleaseFixture> {
  const f = await releaseFixture({ files: files(config), tag: 'core-v1.0.0' });
  f.git(['tag', 'cli-v0.3.0']);
  f.git(['push', '-q', 'origin', '--tags']);
  f.commit('feat: core learns dates', { 'packages/core/src/core/dates.py': 'x = 1\n' });
  f.commit('fix: cli exit code', { 'packages/cli/src/cli/main.py': 'y = 2\n' });
  f.commit('fix: readme typo', { 'README.md': '# mono!\n' });
  f.push();
  return f;
}

function oracle(f: ReleaseFixture): Promise<OracleResult> {
  return runOracleRepo(['--repo', f.work, '--date', '2026-02-03', '--owner', 'acme', '--name', 'widget', '--config', '.release-please-config.json']);
}

function branchFiles(f: ReleaseFixture, branch: string, paths: string[]): Record<string, string> {
  return Object.fromEntries(paths.map((p) => [p, `${f.gh.repo.git(['show', `${branch}:${p}`])}\n`]));
}

describe('a monorepo release', () => {
  it("release-please-action's skip-github-pull-request and skip-github-release hold for several packages too", async () => {
    fx = await monorepo({ packages });
    const skipPr = await fx.run({ releasePleaseAction: { skipGithubRelease: false, skipGithubPullRequest: true } });
    expect(fx.gh.state.pulls).toHaveLength(0);
    expect(skipPr.lines.join('\n')).toMatch(/no release PR opened or updated: skip-github-pull-request/);
    await fx.run();
    const pr = fx.gh.state.pulls[0]!;
    fx.mergeReleasePr(pr.number, 'squash');
    const skipRelease = await fx.run({ releasePleaseAction: { skipGithubRelease: true, skipGithubPullRequest: false } });
    expect(fx.gh.state.releases).toHaveLength(0);
    expect(fx.gh.repo.refSha('refs/tags/core-v1.1.0')).toBeUndefined();
    expect(skipRelease.lines.join('\n')).toMatch(/skip-github-release: #\d+ merged but not tagged or released/);
  });

  it('one grouped release PR as release-please opens it; after the merge a tag and release per package, once', async () => {
    fx = await monorepo({ packages });
    const theirs = await oracle(fx);
    expect(theirs.pullRequests).toHaveLength(1);
    const out = await fx.run();
    expect(fx.gh.state.pulls).toHaveLength(1);
    const pr = fx.gh.state.pulls[0]!;
    const want = theirs.pullRequests![0]!;
    expect({ title: pr.title, head: pr.head, body: pr.body }).toEqual({ title: 'chore: release main', head: want.headBranch, body: want.body });
    expect(branchFiles(fx, want.headBranch, want.files.map((x) => x.path))).toEqual(Object.fromEntries(want.files.map((x) => [x.path, x.content])));
    expect(out.outputs).toMatchObject({ prs_created: 'true', releases_created: 'false', paths_released: '[]' });

    const merged = fx.mergeReleasePr(pr.number, 'squash');
    const after = await fx.run();
    expect(after.outputs).toMatchObject({
      releases_created: 'true',
      paths_released: '["packages/core","packages/cli"]',
      'packages/core--release_created': 'true',
      'packages/core--tag_name': 'core-v1.1.0',
      'packages/core--version': '1.1.0',
      'packages/core--major': '1',
      'packages/core--minor': '1',
      'packages/cli--release_created': 'true',
      'packages/cli--tag_name': 'cli-v0.3.1',
      'packages/cli--patch': '1',
      'packages/cli--sha': merged,
    });
    expect(after.outputs.release_created).toBeUndefined();
    expect(fx.gh.repo.refSha('refs/tags/core-v1.1.0')).toBe(merged);
    expect(fx.gh.repo.refSha('refs/tags/cli-v0.3.1')).toBe(merged);
    expect(fx.gh.state.releases.map((r) => [r.tag_name, r.name])).toEqual([['core-v1.1.0', 'core: v1.1.0'], ['cli-v0.3.1', 'cli: v0.3.1']]);
    expect(fx.gh.state.releases[1]!.body).toContain('cli exit code');
    expect(fx.gh.state.releases[1]!.body).not.toContain('core learns dates');
    expect(fx.gh.state.comments.map((c) => c.body)).toEqual([
      '🤖 Created releases:\n\n- [core-v1.1.0](https://github.com/acme/widget/releases/tag/core-v1.1.0)\n- [cli-v0.3.1](https://github.com/acme/widget/releases/tag/cli-v0.3.1)\n\n:sunflower:',
    ]);

    // A re-run converges: nothing released or opened twice, and nothing is due.
    const again = await fx.run();
    expect(again.outputs).toMatchObject({ releases_created: 'false', paths_released: '[]', prs_created: 'false' });
    // …but HEAD is those releases, so a re-run after a partial publish finishes it (publish reads these).
    expect(again.results.releasesAtHead).toEqual([
      { path: 'packages/core', tagName: 'core-v1.1.0', version: '1.1.0', sha: merged },
      { path: 'packages/cli', tagName: 'cli-v0.3.1', version: '0.3.1', sha: merged },
    ]);
    expect(again.headline).toContain('HEAD is core-v1.1.0, cli-v0.3.1, released by an earlier run: publish and validate finish it');
    expect(fx.gh.state.releases).toHaveLength(2);
    expect(fx.gh.state.comments).toHaveLength(1);
    expect(fx.gh.state.pulls).toHaveLength(1);

    // The next change to one package releases it alone, from its own release.
    fx.commit('feat(cli): --json', { 'packages/cli/src/cli/json.py': 'z = 3\n' });
    fx.push();
    const next = await oracle(fx);
    await fx.run();
    const second = fx.gh.state.pulls[1]!;
    expect({ title: second.title, body: second.body }).toEqual({ title: next.pullRequests![0]!.title, body: next.pullRequests![0]!.body });
    expect(second.body).toContain('<summary>cli: 0.4.0</summary>');
    expect(second.body).not.toContain('core:');
  });

  it('separate-pull-requests: one PR per package on its component branch, each released on its own', async () => {
    fx = await monorepo({ 'separate-pull-requests': true, packages });
    const theirs = await oracle(fx);
    await fx.run();
    const ours = fx.gh.state.pulls.map((p) => ({ title: p.title, head: p.head, body: p.body }));
    expect(ours).toEqual(theirs.pullRequests!.map((p) => ({ title: p.title, head: p.headBranch, body: p.body })));
    expect(ours.map((p) => p.head)).toEqual(['release-please--branches--main--components--core', 'release-please--branches--main--components--cli']);

    const cli = fx.gh.state.pulls.find((p) => p.head.endsWith('--cli'))!;
    const merged = fx.mergeReleasePr(cli.number, 'squash');
    const after = await fx.run();
    expect(after.outputs).toMatchObject({ releases_created: 'true', paths_released: '["packages/cli"]', 'packages/cli--tag_name': 'cli-v0.3.1' });
    expect(after.outputs['packages/core--release_created']).toBeUndefined();
    expect(fx.gh.repo.refSha('refs/tags/cli-v0.3.1')).toBe(merged);
    expect(fx.gh.state.releases.map((r) => r.tag_name)).toEqual(['cli-v0.3.1']);
  });

  it('path: one package of the config is planned and released alone, as release-please-action\'s path input does', async () => {
    fx = await monorepo({ packages });
    const theirs = await runOracleRepo(['--repo', fx.work, '--date', '2026-02-03', '--owner', 'acme', '--name', 'widget', '--config', '.release-please-config.json', '--path', 'packages/cli']);
    await fx.run({ packagePath: 'packages/cli' });
    expect(fx.gh.state.pulls.map((p) => ({ title: p.title, head: p.head, body: p.body }))).toEqual(theirs.pullRequests!.map((p) => ({ title: p.title, head: p.headBranch, body: p.body })));
    expect(fx.gh.state.pulls[0]!.head).toBe('release-please--branches--main--components--cli');
    const merged = fx.mergeReleasePr(fx.gh.state.pulls[0]!.number, 'squash');
    const after = await fx.run({ packagePath: 'packages/cli' });
    expect(after.outputs).toMatchObject({ releases_created: 'true', paths_released: '["packages/cli"]', 'packages/cli--tag_name': 'cli-v0.3.1', 'packages/cli--sha': merged });
    expect(fx.gh.state.releases.map((r) => r.tag_name)).toEqual(['cli-v0.3.1']);
  });
});
