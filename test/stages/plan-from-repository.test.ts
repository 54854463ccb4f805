/**
 * The whole planner through real git: the oracle writes each edge case as a repository
 * (--emit-repo), and pyrelease plans it with its git adapter, config read at the ref,
 * previous-release discovery and file reads. Plans must equal release-please's.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepository } from '../../src/adapters/git/repository.js';
import { planFromRepository } from '../../src/stages/plan-from-repository.js';
import { emitOracleRepos, skipWithoutOracle, oracleAvailable, oracleExamples, runOracleRepo, type OracleResult } from '../harness/oracle.js';
import { comparable, parsedLikeOracle } from '../core/oracle-case.js';
import { createRepo } from '../harness/git-repo.js';
import type { ReleasePlan } from '../../src/core/release-plan.js';

const noOracle = skipWithoutOracle();

/** release-please's plan (the oracle) and pyrelease's of the same repository at HEAD. */
async function planWithOracle(dir: string): Promise<{ oracle: OracleResult; plan: ReleasePlan }> {
  const oracle = await runOracleRepo(['--repo', dir, '--date', '2024-06-01', '--owner', 'acme', '--name', 'widget', '--config', 'release-please-config.json']);
  const { plan } = await planFromRepository(new GitRepository(dir), { ref: 'HEAD', date: '2024-06-01', configFile: 'release-please-config.json', manifestFile: '.release-please-manifest.json', targetBranch: 'main', repository: { owner: 'acme', repo: 'widget' } });
  return { oracle, plan };
}

describe.skipIf(noOracle)('planning a real repository = release-please', async () => {
  const out = mkdtempSync(join(tmpdir(), 'oracle-repos-'));
  const results: OracleResult[] = oracleAvailable ? await emitOracleRepos(oracleExamples, out) : [];
  // PR bodies live on GitHub, not in git: the override case cannot be planned from a repository
  // (it is covered by the synthetic differential test).
  const cases = results.map((r, i) => [r.name ?? String(i), i] as const).filter(([name]) => name !== 'commit-override-in-pr-body');
  it.each(cases)('%s', async (_name, i) => {
    const repo = join(out, String(i));
    const config = 'release-please-config.json';
    const oracle = await runOracleRepo(['--repo', repo, '--date', '2024-06-01', '--owner', 'acme', '--name', 'widget', '--config', config]);
    const { plan } = await planFromRepository(new GitRepository(repo), {
      ref: 'HEAD',
      date: '2024-06-01',
      configFile: config,
      manifestFile: '.release-please-manifest.json',
      targetBranch: 'main',
      repository: { owner: 'acme', repo: 'widget' },
    });
    expect(comparable(plan)).toEqual(comparable(oracle));
  });

  describe('the previous release is a tag on the branch', () => {
    // Tags are listed without --merged (issue #21): a newer tag of the manifest's version on a branch
    // never merged must not become the previous release, as it is not for the oracle (which presents
    // the tags reachable from the ref) — the walk that does not meet it is read again.
    it('a newer tag of the same version on an unmerged branch is passed over', async () => {
      const repo = await createRepo({
        files: {
          'release-please-config.json': JSON.stringify({ 'include-component-in-tag': false, packages: { '.': { 'release-type': 'python', 'package-name': 'widget' } } }),
          '.release-please-manifest.json': '{".": "1.0.0"}\n',
          'pyproject.toml': '[project]\nname = "widget"\nversion = "1.0.0"\n',
        },
        message: 'chore: release 1.0.0',
      });
      try {
        await repo.tag('1.0.0');
        await repo.checkout('side', { create: true });
        await repo.commit('fix: only on a side branch', { files: { 'side.py': 'x = 1\n' }, date: '2030-01-01T00:00:00Z' });
        await repo.tag('v1.0.0');
        await repo.checkout(repo.branch);
        await repo.commit('feat: a feature', { files: { 'src/a.py': 'x = 1\n' } });
        await repo.commit('fix: a fix', { files: { 'src/b.py': 'x = 1\n' } });
        const { oracle, plan } = await planWithOracle(repo.dir);
        expect(plan).toMatchObject({ version: '1.1.0', previousTag: '1.0.0' });
        expect(comparable(plan)).toEqual(comparable(oracle));
      } finally {
        await repo.cleanup();
      }
    });
  });

  describe('the files of the commits are read when they decide', () => {
    // Only the root package without exclude-paths is walked without file names (issue #21); with
    // exclude-paths they decide which commits count, as for the oracle.
    it('a root package with exclude-paths: a feature only in an excluded directory does not count', async () => {
      const repo = await createRepo({
        files: {
          'release-please-config.json': JSON.stringify({ 'include-component-in-tag': false, packages: { '.': { 'release-type': 'python', 'package-name': 'widget', 'exclude-paths': ['docs'] } } }),
          '.release-please-manifest.json': '{".": "1.0.0"}\n',
          'pyproject.toml': '[project]\nname = "widget"\nversion = "1.0.0"\n',
        },
        message: 'chore: release 1.0.0',
      });
      try {
        await repo.tag('v1.0.0');
        await repo.commit('feat: a docs page', { files: { 'docs/page.md': '# page\n' } });
        await repo.commit('fix: a fix', { files: { 'src/b.py': 'x = 1\n' } });
        const { oracle, plan } = await planWithOracle(repo.dir);
        expect(plan).toMatchObject({ version: '1.0.1' });
        expect(comparable(plan)).toEqual(comparable(oracle));
      } finally {
        await repo.cleanup();
      }
    });
  });
});

describe.skipIf(noOracle)('files only the updaters know of are read from git', () => {
  it('changelog.json and glob extra files are planned as release-please plans them', async () => {
    const repo = await createRepo({
      files: {
        'release-please-config.json': JSON.stringify({ packages: { '.': { 'release-type': 'python', 'package-name': 'widget', 'extra-files': [{ type: 'json', path: 'manifests/*.json', glob: true, jsonpath: '$.version' }, 'deploy/chart.yaml'] } } }),
        '.release-please-manifest.json': '{".": "1.0.0"}\n',
        'pyproject.toml': '[project]\nname = "widget"\nversion = "1.0.0"\n',
        'changelog.json': '{"repository":"acme/widget","entries":[]}\n',
        'manifests/app.json': '{\n  "name": "app",\n  "version": "1.0.0"\n}\n',
        'manifests/worker.json': '{\n  "name": "worker",\n  "version": "1.0.0"\n}\n',
        'deploy/chart.yaml': 'name: widget\nversion: 1.0.0 # x-release-please-version\n',
      },
      message: 'chore: release 1.0.0',
    });
    try {
      await repo.tag('v1.0.0');
      await repo.commit('feat: a feature', { files: { 'src/a.py': 'x = 1\n' } });
      const { oracle, plan } = await planWithOracle(repo.dir);
      expect(Object.keys(plan.files).sort()).toEqual(['.release-please-manifest.json', 'CHANGELOG.md', 'changelog.json', 'deploy/chart.yaml', 'manifests/app.json', 'manifests/worker.json', 'pyproject.toml']);
      expect(plan.files['manifests/worker.json']).toBe('{\n  "name": "worker",\n  "version": "1.1.0"\n}\n');
      expect(comparable(plan, { parsed: parsedLikeOracle })).toEqual(comparable(oracle, { parsed: parsedLikeOracle }));
    } finally {
      await repo.cleanup();
    }
  });
});
