/**
 * plugins (sentence-case), PR-body overrides and the changelog options against release-please
 * 17.11.2 itself: version, tag, title, body, CHANGELOG entry and every file must be equal.
 * changelog.json's `id` is random in release-please (crypto.randomUUID), so ids are compared
 * by shape only; everything else in the file, createTime included, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { oracleAvailable, oracleDir, runOracleCases } from '../harness/oracle.js';
import { releaseOptionCases } from './cases/release-options.js';
import { comparable, planLikeOracle } from './oracle-case.js';

const UUID = /"id": "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"/g;
const sameIds = (path: string) => (path === 'changelog.json' ? (text: string) => text.replace(UUID, '"id": "<uuid>"') : undefined);

describe('plugins, overrides and changelog options = release-please 17.11.2', async () => {
  if (!oracleAvailable) throw new Error(`the oracle is not installed under ${oracleDir}: run node scripts/ensure-tools.mjs`);
  const results = await runOracleCases(releaseOptionCases);
  it.each(releaseOptionCases.map((c, i) => [c.name!, i] as const))('%s', (_name, i) => {
    const oracle = results[i]!;
    expect(oracle.error).toBeUndefined();
    const options = { originals: releaseOptionCases[i]!.files, parsed: sameIds };
    expect(comparable(planLikeOracle(releaseOptionCases[i]!, oracle), options)).toEqual(comparable(oracle, options));
  });

  it('warns once, naming the pull request, when an override block is not closed', () => {
    const c = releaseOptionCases.find((x) => x.name!.includes('without END'))!;
    const plan = planLikeOracle(c, results[releaseOptionCases.indexOf(c)]!);
    expect(plan.warnings.filter((w) => w.includes('BEGIN_COMMIT_OVERRIDE'))).toEqual([
      'pull request #3: its body opens BEGIN_COMMIT_OVERRIDE without END_COMMIT_OVERRIDE; release-please (and so pyrelease) uses the rest of the body as the commit message — close the block with END_COMMIT_OVERRIDE on its own line',
    ]);
  });

  it('gives changelog.json the same id on every run of the same plan', () => {
    const c = releaseOptionCases.find((x) => x.name!.startsWith('changelog.json: the new release'))!;
    const oracle = results[releaseOptionCases.indexOf(c)]!;
    const [a, b] = [planLikeOracle(c, oracle), planLikeOracle(c, oracle)];
    expect(a.files['changelog.json']).toMatch(UUID);
    expect(a.files['changelog.json']).toBe(b.files['changelog.json']);
  });
});
