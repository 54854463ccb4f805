/** The repository fixtures make what they claim, with real git: history, dates, origin, merges, shallow clones. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { createRepo, isolatedGitEnv } from './git-repo.js';
import { repoTest } from './repo-fixture.js';

describe.concurrent('git repo fixtures', () => {
  repoTest('commits files, deletes with null, and pins names and an incrementing clock', async ({ repo }) => {
    const first = await repo.commit('feat: add a', { files: { 'a.txt': 'A\n', 'src/b.py': 'b = 1\n' } });
    const second = await repo.commit('fix: drop a', { files: { 'a.txt': null } });
    expect(first).toMatch(/^[0-9a-f]{40}$/);
    expect(await repo.git(['log', '--format=%s|%an <%ae>|%cn|%aI|%cI', 'HEAD'])).toBe(
      [
        'fix: drop a|Test Author <author@example.com>|Test Committer|2026-01-01T00:01:00+00:00|2026-01-01T00:01:00+00:00',
        'feat: add a|Test Author <author@example.com>|Test Committer|2026-01-01T00:00:00+00:00|2026-01-01T00:00:00+00:00',
      ].join('\n'),
    );
    expect(await repo.git(['ls-tree', '-r', '--name-only', second])).toBe('src/b.py');
    expect(existsSync(join(repo.dir, 'a.txt'))).toBe(false);
    expect(await repo.gitRaw(['show', `${first}:a.txt`])).toBe('A\n');
  });

  repoTest('takes an explicit date per commit and keeps a # line in the body', async ({ repo }) => {
    await repo.commit('feat: x\n\n#12 was the cause\n\nBREAKING CHANGE: y', { date: '2025-03-04T05:06:07Z' });
    expect(await repo.git(['log', '-1', '--format=%aI %cI'])).toBe('2025-03-04T05:06:07+00:00 2025-03-04T05:06:07+00:00');
    expect(await repo.git(['log', '-1', '--format=%B'])).toBe('feat: x\n\n#12 was the cause\n\nBREAKING CHANGE: y');
  });

  repoTest('the same history gives the same SHAs in two repositories', async ({ makeRepo }) => {
    const build = async () => {
      const r = await makeRepo({ files: { 'README.md': '# x\n' } });
      return r.commit('fix: y', { files: { 'y.txt': 'y\n' } });
    };
    const [a, b] = await Promise.all([build(), build()]);
    expect(a).toBe(b);
  });

  repoTest('tags (lightweight and annotated) and pushes branches and tags to the bare origin', async ({ makeRepo }) => {
    const repo = await makeRepo({ files: { 'a.txt': '1\n' }, branch: 'trunk' });
    const base = await repo.git(['rev-parse', 'HEAD']);
    await repo.commit('feat: two');
    expect(await repo.tag('v0.1.0', base)).toBe(base);
    await repo.tag('v0.2.0', 'HEAD', { message: 'release 0.2.0' });
    await repo.checkout('release-please--branches--trunk', { create: true });
    await repo.commit('chore(trunk): release 0.3.0');
    await repo.push();
    const remote = await repo.git(['ls-remote', '--heads', '--tags', 'origin']);
    expect(remote.split('\n').map((l) => l.split('\t')[1]).sort()).toEqual([
      'refs/heads/release-please--branches--trunk',
      'refs/heads/trunk',
      'refs/tags/v0.1.0',
      'refs/tags/v0.2.0',
      'refs/tags/v0.2.0^{}',
    ]);
    expect(await repo.git(['cat-file', '-t', 'v0.2.0'])).toBe('tag');
    expect(await repo.git(['cat-file', '-t', 'v0.1.0'])).toBe('commit');
    expect(await repo.git(['--git-dir', repo.origin, 'rev-parse', 'refs/heads/trunk'])).toBe(await repo.git(['rev-parse', 'trunk']));
  });

  repoTest('merges a branch with a real merge commit, and squashes another into one commit', async ({ makeRepo }) => {
    const repo = await makeRepo({ files: { 'a.txt': 'a\n' } });
    await repo.checkout('feature', { create: true });
    await repo.commit('feat: one', { files: { 'one.txt': '1\n' } });
    await repo.commit('feat: two', { files: { 'two.txt': '2\n' } });
    await repo.checkout('main');
    const merge = await repo.merge('feature', { message: 'Merge pull request #1 from acme/feature' });
    expect(await repo.git(['rev-list', '--parents', '-n', '1', merge])).toMatch(/^[0-9a-f]{40} [0-9a-f]{40} [0-9a-f]{40}$/);
    expect(await repo.git(['log', '-1', '--format=%s'])).toBe('Merge pull request #1 from acme/feature');

    await repo.checkout('fix', { create: true });
    await repo.commit('fix: a', { files: { 'a.txt': 'A\n' } });
    await repo.commit('fix: b', { files: { 'b.txt': 'B\n' } });
    await repo.checkout('main');
    const squash = await repo.merge('fix', { squash: true, message: 'fix: a and b (#2)' });
    expect(await repo.git(['rev-list', '--parents', '-n', '1', squash])).toMatch(/^[0-9a-f]{40} [0-9a-f]{40}$/);
    expect(await repo.git(['show', '--name-only', '--format=%s', squash])).toBe('fix: a and b (#2)\n\na.txt\nb.txt');
  });

  repoTest('clones origin shallowly, as actions/checkout does', async ({ makeRepo }) => {
    const repo = await makeRepo({ files: { 'a.txt': '0\n' } });
    for (let i = 1; i <= 4; i++) await repo.commit(`fix: ${i}`);
    await repo.push();
    const clone = await repo.cloneShallow(2);
    expect(await repo.git(['rev-list', '--count', 'HEAD'], { cwd: clone })).toBe('2');
    expect(await repo.git(['rev-parse', '--is-shallow-repository'], { cwd: clone })).toBe('true');
    expect(await repo.git(['rev-parse', 'HEAD'], { cwd: clone })).toBe(await repo.git(['rev-parse', 'HEAD']));
  });

  repoTest('copies the demo package as a committed repository, without caches', async ({ demoRepo }) => {
    const files = (await demoRepo.git(['ls-files'])).split('\n');
    expect(files).toEqual(expect.arrayContaining(['pyproject.toml', 'src/demo_pkg/__init__.py', '.release-please-manifest.json', 'CHANGELOG.md', 'tests/test_text.py']));
    expect(files.some((f) => f.includes('__pycache__') || f.includes('_cache/'))).toBe(false);
    expect(await demoRepo.git(['status', '--porcelain'])).toBe('');
    expect(readFileSync(join(demoRepo.dir, '.release-please-manifest.json'), 'utf8')).toContain('"0.1.0"');
  });
});

describe('git repo isolation and cleanup', () => {
  repoTest('builds its git environment from PATH alone: a GIT_DIR or user config in the parent cannot leak in', () => {
    const saved = process.env.GIT_DIR;
    process.env.GIT_DIR = '/nonexistent';
    try {
      const env = isolatedGitEnv('/tmp/h');
      expect(env.GIT_DIR).toBeUndefined();
      expect(env).toMatchObject({ HOME: '/tmp/h', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' });
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
    }
  });

  repoTest('removes the work tree, origin and shallow clones', async () => {
    const repo = await createRepo({ files: { 'a.txt': 'a\n' } });
    await repo.push();
    const clone = await repo.cloneShallow(1);
    expect(existsSync(repo.origin)).toBe(true);
    await repo.cleanup();
    expect([repo.dir, repo.origin, clone].filter((p) => existsSync(p))).toEqual([]);
  });

  repoTest('refuses to make a repository over a directory that holds files', async ({ makeRepo }) => {
    const other = await makeRepo({ files: { 'keep.txt': 'k\n' } });
    await expect(createRepo({ dir: other.dir })).rejects.toThrow(/is not empty/);
    expect(existsSync(join(other.dir, 'keep.txt'))).toBe(true);
  });
});
