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
import { emitOracleRepos, oracleAvailable, oracleExamples, runOracleRepo, type OracleResult } from '../harness/oracle.js';
import { comparable } from '../core/oracle-case.js';

describe.skipIf(!oracleAvailable)('planning a real repository = release-please', async () => {
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
});
