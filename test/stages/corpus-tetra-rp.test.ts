/**
 * Real history: tetra-rp's 38 releases, each rebuilt as a git repository at its release
 * commit's parent (the commits release-please's walk reached, the config it ran with), planned
 * by pyrelease and by release-please 17.11.2, and compared with the CHANGELOG text written then.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepository } from '../../src/adapters/git/repository.js';
import { planFromRepository } from '../../src/stages/plan-from-repository.js';
import { importHistory } from '../harness/fast-import.js';
import { skipWithoutOracle, oracleAvailable, runOracleRepo } from '../harness/oracle.js';

const noOracle = skipWithoutOracle();

interface CorpusRelease {
  version: string;
  tag: string;
  previousTag: string;
  previousVersion: string;
  changelogDate: string;
  changelogRepoUrl: string;
  changelogSection: string;
  manifestAtParent: string | null;
  effectiveConfig: { config: Record<string, unknown> };
  commits: Array<{ sha: string; message: string; reachedByReleasePlease: boolean }>;
}

const corpusPath = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'tetra-rp.json');
const releases = (JSON.parse(readFileSync(corpusPath, 'utf8')) as { releases: CorpusRelease[] }).releases;

function rebuild(r: CorpusRelease): string {
  const config = { ...r.effectiveConfig.config };
  if (!config.packages) config.packages = { '.': { 'release-type': config['release-type'] ?? 'python' } };
  const base = {
    message: `chore: release ${r.previousVersion}`,
    tag: r.previousTag,
    files: {
      'release-please-config.json': `${JSON.stringify(config, null, 2)}\n`,
      '.release-please-manifest.json': r.manifestAtParent ?? `{\n  ".": "${r.previousVersion}"\n}\n`,
      'pyproject.toml': `[project]\nname = "tetra_rp"\nversion = "${r.previousVersion}"\n`,
    },
  };
  const reached = r.commits.filter((c) => c.reachedByReleasePlease).reverse();
  return importHistory([base, ...reached.map((c) => ({ message: c.message }))]);
}

/** The rebuilt commits have new shas: put the real ones back, in walk order, to compare with the real text. */
async function withRealShas(dir: string, r: CorpusRelease, entry: string | null): Promise<string | null> {
  if (entry === null) return null;
  const rebuilt = (await new GitRepository(dir).log('HEAD', new Set(), 10_000)).map((c) => c.sha);
  const real = r.commits.filter((c) => c.reachedByReleasePlease).map((c) => c.sha);
  let out = entry;
  rebuilt.slice(0, real.length).forEach((sha, i) => {
    out = out.split(sha).join(real[i]!).split(sha.slice(0, 7)).join(real[i]!.slice(0, 7));
  });
  return out;
}

describe.skipIf(noOracle)('tetra-rp corpus: 38 real releases', async () => {
  const planned = await Promise.all(
    releases.map(async (r) => {
      const dir = rebuild(r);
      const [, owner, repo] = /github\.com\/([^/]+)\/([^/]+)/.exec(r.changelogRepoUrl)!;
      const ours = await planFromRepository(new GitRepository(dir), {
        ref: 'HEAD',
        date: r.changelogDate,
        configFile: 'release-please-config.json',
        manifestFile: '.release-please-manifest.json',
        targetBranch: 'main',
        repository: { owner: owner!, repo: repo! },
      });
      const theirs = await runOracleRepo(['--repo', dir, '--date', r.changelogDate, '--owner', owner!, '--name', repo!, '--config', 'release-please-config.json']);
      return { r, ours: ours.plan, theirs, oursReal: await withRealShas(dir, r, ours.plan.changelogEntry), theirsReal: await withRealShas(dir, r, theirs.changelogEntry) };
    }),
  );

  it.each(planned.map((p) => [p.r.version, p] as const))('%s: pyrelease plans what release-please plans', (_v, { ours, theirs }) => {
    expect({ version: ours.version, tag: ours.tag, title: ours.title, entry: ours.changelogEntry, files: ours.files }).toEqual({
      version: theirs.version,
      tag: theirs.tag,
      title: theirs.title,
      entry: theirs.changelogEntry,
      files: theirs.files,
    });
  });

  it('reproduces the CHANGELOG text of every release release-please itself reproduces', () => {
    const real = (p: (typeof planned)[number], entry: string | null) => entry?.trim() === p.r.changelogSection.trim();
    const theirsExact = planned.filter((p) => real(p, p.theirsReal)).map((p) => p.r.version);
    const oursExact = planned.filter((p) => real(p, p.oursReal)).map((p) => p.r.version);
    console.log(`tetra-rp: pyrelease reproduces ${oursExact.length}/${planned.length} real CHANGELOG entries byte for byte; release-please 17.11.2 reproduces ${theirsExact.length}`);
    expect(oursExact).toEqual(expect.arrayContaining(theirsExact));
    expect(oursExact.length).toBeGreaterThanOrEqual(30);
  });
});
