/**
 * release-please-action's manifest-less mode (`release-type`, no config file) against
 * release-please 17.11.2's own Manifest.fromConfig, driven offline on the same real git
 * repositories (../harness/oracle-from-config.mjs): the last release it finds from the tags, and
 * the version, tag, title, body, CHANGELOG entry and files of the release PR must be equal.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { GitRepository } from '../../src/adapters/git/repository.js';
import { manifestLessConfig, type ManifestLessInputs } from '../../src/core/config/manifest-less.js';
import { planFromRepository } from '../../src/stages/plan-from-repository.js';
import { comparable } from '../core/oracle-case.js';
import { rmSync } from 'node:fs';
import { createRepo } from '../harness/git-repo.js';
import { importHistory } from '../harness/fast-import.js';
import { oracleAvailable, runOracleFromConfig, skipWithoutOracle } from '../harness/oracle.js';

const DATE = '2024-06-01';
const pyproject = (version: string) => `[project]\nname = "widget"\nversion = "${version}"\n`;

interface Case {
  name: string;
  inputs: Omit<ManifestLessInputs, 'path' | 'includeComponentInTag'> & { path?: string; includeComponentInTag?: boolean };
  build: () => Promise<{ dir: string; cleanup: () => Promise<void> }>;
}

const cases: Case[] = [
  {
    name: 'no earlier release: the first release, from every commit',
    inputs: { releaseType: 'python' },
    build: async () => {
      const r = await createRepo({ files: { 'pyproject.toml': pyproject('0.0.0') }, message: 'chore: initial commit' });
      await r.commit('feat: parse widgets', { files: { 'widget.py': 'x = 1\n' } });
      await r.commit('fix: keep the order', { files: { 'widget.py': 'x = 2\n' } });
      return r;
    },
  },
  {
    name: 'earlier releases: the highest tag of the package, other components\' tags left out, an existing manifest updated',
    inputs: { releaseType: 'python' },
    build: async () => {
      const r = await createRepo({ files: { 'pyproject.toml': pyproject('1.1.0'), '.release-please-manifest.json': '{\n  ".": "1.1.0"\n}\n' }, message: 'chore: release 1.1.0' });
      await r.tag('v1.1.0');
      await r.commit('chore: release 1.2.0', { files: { 'pyproject.toml': pyproject('1.2.0') } });
      await r.tag('v1.2.0');
      await r.commit('docs: the docs site', { files: { 'docs/index.md': '# docs\n' } });
      await r.tag('docs-v9.0.0');
      await r.commit('feat: a widget mode', { files: { 'widget.py': 'x = 1\n' } });
      return r;
    },
  },
  {
    name: 'release-as forces the version',
    inputs: { releaseType: 'python', releaseAs: '2.0.0' },
    build: async () => {
      const r = await createRepo({ files: { 'pyproject.toml': pyproject('1.2.0') }, message: 'chore: release 1.2.0' });
      await r.tag('v1.2.0');
      await r.commit('fix: a fix', { files: { 'widget.py': 'x = 1\n' } });
      return r;
    },
  },
  {
    name: 'a breaking change before 1.0.0 (no bump-minor-pre-major in this mode): 1.0.0',
    inputs: { releaseType: 'python' },
    build: async () => {
      const r = await createRepo({ files: { 'pyproject.toml': pyproject('0.3.0') }, message: 'chore: release 0.3.0' });
      await r.tag('v0.3.0');
      await r.commit('feat!: drop the old API', { files: { 'widget.py': 'x = 1\n' } });
      return r;
    },
  },
  {
    name: 'versioning-strategy always-bump-patch, release-type simple',
    inputs: { releaseType: 'simple', versioning: 'always-bump-patch' },
    build: async () => {
      const r = await createRepo({ files: { 'version.txt': '1.2.0\n' }, message: 'chore: release 1.2.0' });
      await r.tag('v1.2.0');
      await r.commit('feat: a feature', { files: { 'a.txt': 'a\n' } });
      return r;
    },
  },
  {
    name: 'path: a package below the root, include-component-in-tag with no component',
    inputs: { releaseType: 'python', path: 'pkgs/widget', includeComponentInTag: true },
    build: async () => {
      const r = await createRepo({ files: { 'pkgs/widget/pyproject.toml': pyproject('1.0.0'), 'README.md': 'hi\n' }, message: 'chore: release 1.0.0' });
      await r.tag('v1.0.0');
      await r.commit('fix: outside the package', { files: { 'README.md': 'hello\n' } });
      await r.commit('feat: inside the package', { files: { 'pkgs/widget/w.py': 'x = 1\n' } });
      return r;
    },
  },
  {
    name: 'the only release is more than 250 commits back: release-please does not see it, and plans a first release',
    inputs: { releaseType: 'python' },
    build: async () => {
      const dir = importHistory([
        { message: 'chore: release 1.0.0', files: { 'pyproject.toml': pyproject('1.0.0') }, tag: 'v1.0.0' },
        ...Array.from({ length: 255 }, (_, n) => ({ message: `chore: tidy ${n}`, files: { 'n.txt': `${n}\n` } })),
        { message: 'fix: the last fix', files: { 'widget.py': 'x = 1\n' } },
      ]);
      return { dir, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];

const noOracle = skipWithoutOracle();

describe.skipIf(noOracle)('manifest-less planning (release-type) = release-please 17.11.2 Manifest.fromConfig', async () => {
  const repos = oracleAvailable ? await Promise.all(cases.map((c) => c.build())) : [];
  afterAll(() => Promise.all(repos.map((r) => r.cleanup())));
  const inputsOf = (c: Case): ManifestLessInputs => ({ path: '.', includeComponentInTag: false, ...c.inputs });
  const oracle = oracleAvailable
    ? await runOracleFromConfig(cases.map((c, i) => {
        const m = inputsOf(c);
        return { repo: repos[i]!.dir, config: { releaseType: m.releaseType, includeComponentInTag: m.includeComponentInTag, ...(m.versioning && { versioning: m.versioning }), ...(m.releaseAs && { releaseAs: m.releaseAs }) }, ...(m.path !== '.' && { path: m.path }) };
      }), DATE)
    : [];

  it.each(cases.map((c, i) => [c.name, i] as const))('%s', async (_name, i) => {
    const theirs = oracle[i]!;
    expect(theirs.error).toBeUndefined();
    const m = inputsOf(cases[i]!);
    const { plan } = await planFromRepository(new GitRepository(repos[i]!.dir), {
      ref: 'HEAD',
      date: DATE,
      configFile: undefined,
      manifestFile: '.release-please-manifest.json',
      ...(m.path !== '.' && { onlyPath: m.path }),
      targetBranch: 'main',
      repository: { owner: 'acme', repo: 'widget' },
      manifestLess: manifestLessConfig(m).config,
    });
    expect(plan.previousVersion).toBe(theirs.releasedVersions?.[m.path] ?? null);
    expect(comparable(plan)).toEqual(comparable(theirs));
  });

  it('a shallow clone (actions/checkout\'s fetch-depth: 1) is deepened to see the tags of the last 250 commits: the same plan', async () => {
    const i = cases.findIndex((c) => c.name.startsWith('earlier releases'));
    const repo = repos[i] as Awaited<ReturnType<typeof createRepo>>;
    await repo.push();
    const shallow = await repo.cloneShallow(1);
    const outcome = await planFromRepository(new GitRepository(shallow), { ref: 'HEAD', date: DATE, configFile: undefined, manifestFile: '.release-please-manifest.json', targetBranch: 'main', repository: { owner: 'acme', repo: 'widget' }, manifestLess: manifestLessConfig(inputsOf(cases[i]!)).config });
    expect(outcome.plan.previousTag).toBe('v1.2.0');
    expect(comparable(outcome.plan)).toEqual(comparable(oracle[i]!));
  });
});
