/**
 * A Python package below the repository root, in both forms, through real git, the GitHub
 * stand-in and release-please 17.11.2 itself (the oracle) on the same repository:
 * release-please's own `"packages": {"pkg": …}` with the config at the root, and
 * `working-directory: pkg` with a config inside pkg/ keyed ".".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runOracleRepo, type OracleResult } from '../../harness/oracle.js';
import { releaseFixture, type ReleaseFixture } from './fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const project = {
  'pkg/pyproject.toml': '[project]\nname = "widget"\nversion = "1.0.0"\n',
  'pkg/src/widget/__init__.py': '__version__ = "1.0.0"\n',
  'pkg/CHANGELOG.md': '# Changelog\n\n## 1.0.0 (2025-12-01)\n\n\n### Features\n\n* first ([0000000](https://github.com/acme/widget/commit/0000000))\n',
  'README.md': '# widget\n',
  'version.py': '__version__ = "1.0.0"\n',
};

/** Commits that touch the package, the root, another directory, and nothing at all. */
function history(f: ReleaseFixture): void {
  f.commit('feat: parse dates', { 'pkg/src/widget/dates.py': 'x = 1\n' });
  f.commit('fix: typo in the readme', { 'README.md': '# widget!\n' });
  f.commit('feat: a docs site', { 'docs/index.md': 'hi\n' });
  f.commit('fix: rebuild the lock');
  f.push();
}

function oracle(f: ReleaseFixture, extra: string[]): Promise<OracleResult> {
  return runOracleRepo(['--repo', f.work, '--date', '2026-02-03', '--owner', 'acme', '--name', 'widget', ...extra]);
}

/** The release branch's version of every file the oracle changes. */
function branchFiles(f: ReleaseFixture, paths: string[]): Record<string, string> {
  return Object.fromEntries(paths.map((p) => [p, `${f.gh.repo.git(['show', `release-please--branches--main:${p}`])}\n`]));
}

describe('a package below the repository root', () => {
  it('"packages": {"pkg": …}: the release PR release-please makes, then pkg--* outputs after the merge', async () => {
    fx = await releaseFixture({
      files: { ...project, '.release-please-config.json': '{\n  "packages": {\n    "pkg": {"release-type": "python"}\n  }\n}\n', '.release-please-manifest.json': '{\n  "pkg": "1.0.0"\n}\n' },
    });
    history(fx);
    const theirs = await oracle(fx, ['--config', '.release-please-config.json']);
    const out = await fx.run();
    const pr = fx.gh.state.pulls[0]!;
    expect({ title: pr.title, head: pr.head, body: pr.body }).toEqual({ title: theirs.title, head: theirs.pullRequests![0]!.headBranch, body: theirs.body });
    expect(pr.body).toContain('parse dates');
    expect(pr.body).toContain('rebuild the lock');
    expect(pr.body).not.toContain('typo in the readme');
    expect(pr.body).not.toContain('docs site');
    expect(Object.keys(theirs.files).sort()).toEqual(['.release-please-manifest.json', 'pkg/CHANGELOG.md', 'pkg/pyproject.toml', 'pkg/src/widget/__init__.py']);
    expect(branchFiles(fx, Object.keys(theirs.files))).toEqual(theirs.files);
    expect(out.outputs.prs_created).toBe('true');

    fx.mergeReleasePr(pr.number, 'squash');
    const after = await fx.run();
    expect(after.outputs).toMatchObject({ releases_created: 'true', paths_released: '["pkg"]', 'pkg--release_created': 'true', 'pkg--tag_name': 'v1.1.0', 'pkg--version': '1.1.0', 'pkg--major': '1', 'pkg--path': 'pkg' });
    expect(after.outputs.release_created).toBeUndefined();
    expect(after.outputs.tag_name).toBeUndefined();
    expect(fx.gh.repo.refSha('refs/tags/v1.1.0')).toBe(fx.git(['rev-parse', 'HEAD']));
  });

  it('working-directory: pkg with its own config keyed ".": the same release PR, the manifest inside pkg/', async () => {
    fx = await releaseFixture({
      files: { ...project, 'pkg/.release-please-config.json': '{\n  "packages": {\n    ".": {"release-type": "python"}\n  }\n}\n', 'pkg/.release-please-manifest.json': '{\n  ".": "1.0.0"\n}\n' },
    });
    history(fx);
    // release-please's equivalent: the same options at packages."pkg", the version at manifest."pkg".
    const dir = mkdtempSync(join(tmpdir(), 'subdir-oracle-'));
    writeFileSync(join(dir, 'config.json'), '{"packages": {"pkg": {"release-type": "python"}}}');
    writeFileSync(join(dir, 'manifest.json'), '{\n  "pkg": "1.0.0"\n}\n');
    const theirs = await oracle(fx, ['--config', 'release-please-config.json', '--config-file', join(dir, 'config.json'), '--manifest-file', join(dir, 'manifest.json')]);
    const out = await fx.run({ workingDirectory: join(fx.work, 'pkg') });
    const pr = fx.gh.state.pulls[0]!;
    expect({ title: pr.title, head: pr.head, body: pr.body }).toEqual({ title: theirs.title, head: theirs.pullRequests![0]!.headBranch, body: theirs.body });
    const { '.release-please-manifest.json': _manifest, ...packageFiles } = theirs.files;
    expect(branchFiles(fx, Object.keys(packageFiles))).toEqual(packageFiles);
    expect(branchFiles(fx, ['pkg/.release-please-manifest.json'])).toEqual({ 'pkg/.release-please-manifest.json': '{\n  ".": "1.1.0"\n}\n' });
    expect(fx.gh.repo.git(['diff', '--name-only', 'main', 'release-please--branches--main']).split('\n')).toEqual(['pkg/.release-please-manifest.json', ...Object.keys(packageFiles).sort()]);
    expect(out.outputs.prs_created).toBe('true');

    fx.mergeReleasePr(pr.number, 'squash');
    const after = await fx.run({ workingDirectory: join(fx.work, 'pkg') });
    // The config says ".": the outputs are the root package's, as the config names it.
    expect(after.outputs).toMatchObject({ release_created: 'true', tag_name: 'v1.1.0', version: '1.1.0', path: '.', paths_released: '["."]' });
  });

  it('a packages path the repository does not have stops the run before anything is written', async () => {
    fx = await releaseFixture({
      files: { ...project, '.release-please-config.json': '{\n  "packages": {\n    "packages/widget": {"release-type": "python"}\n  }\n}\n', '.release-please-manifest.json': '{\n  "packages/widget": "1.0.0"\n}\n' },
    });
    history(fx);
    await expect(fx.run()).rejects.toMatchObject({ code: 'CONFIG_PACKAGE_PATH_MISSING', message: expect.stringContaining('packages "packages/widget" names a directory that does not exist') });
    expect(fx.gh.log.writes()).toEqual([]);
  });
});
