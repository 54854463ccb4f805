/** pyrelease's planner against release-please 17.11.2 itself on the oracle's 20 edge cases. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { skipWithoutOracle, oracleAvailable, oracleExamples, runOracleCases, type OracleCase } from '../harness/oracle.js';
import { comparable, planLikeOracle } from './oracle-case.js';

const noOracle = skipWithoutOracle();

describe.skipIf(noOracle)('planner = release-please on the oracle\'s edge cases', async () => {
  const cases = oracleAvailable ? (JSON.parse(readFileSync(oracleExamples, 'utf8')) as { cases: OracleCase[] }).cases : [];
  const results = oracleAvailable ? await runOracleCases(cases) : [];
  it.each(cases.map((c, i) => [c.name ?? String(i), i] as const))('%s', (_name, i) => {
    const oracle = results[i]!;
    expect(oracle.error).toBeUndefined();
    expect(comparable(planLikeOracle(cases[i]!, oracle))).toEqual(comparable(oracle));
  });
});
