/**
 * Several packages in one manifest against release-please 17.11.2 itself: every release PR it
 * would open (title, body, branch, labels, draft, each package's version, tag and entry, every
 * file), hand-written cases for each rule and generated histories with 2–4 packages.
 */
import { describe, expect, it } from 'vitest';
import { oracleAvailable, oracleDir, runOracleCases, type OracleCase } from '../harness/oracle.js';
import { monorepoCases } from './cases/monorepo.js';
import { randomMonorepo, prng } from './history-generator.js';
import { comparablePullRequest, oraclePullRequests, ourPullRequests, planManifestLikeOracle } from './oracle-case.js';

const SEED = Number(process.env.PYRELEASE_DIFF_SEED ?? 20260522);
const COUNT = Number(process.env.PYRELEASE_MONO_CASES ?? 150);

function compare(c: OracleCase, oracle: Awaited<ReturnType<typeof runOracleCases>>[number]) {
  // A file left as it was is no edit (a release-as equal to the manifest's version leaves the manifest unchanged).
  const originals = { ...c.files, '.release-please-manifest.json': `${JSON.stringify(c.manifest ?? {}, null, 2)}\n` };
  const ours = ourPullRequests(planManifestLikeOracle(c, oracle)).map((p) => comparablePullRequest(p, originals));
  const theirs = oraclePullRequests(oracle).map((p) => comparablePullRequest(p, originals));
  return { ours, theirs };
}

describe('monorepo release PRs = release-please 17.11.2', async () => {
  if (!oracleAvailable) throw new Error(`the oracle is not installed under ${oracleDir}: run node scripts/ensure-oracle.mjs`);
  const results = await runOracleCases(monorepoCases);
  it.each(monorepoCases.map((c, i) => [c.name!, i] as const))('%s', (_name, i) => {
    const oracle = results[i]!;
    expect(oracle.error).toBeUndefined();
    const { ours, theirs } = compare(monorepoCases[i]!, oracle);
    expect(ours).toEqual(theirs);
  });

  const r = prng(SEED);
  const generated = Array.from({ length: COUNT }, (_, i) => ({ ...randomMonorepo(r), name: `mono-${i}` }));
  const answers = await runOracleCases(generated);
  it(`agrees on ${COUNT} generated histories with 2–4 packages (seed ${SEED})`, () => {
    const mismatches: string[] = [];
    let released = 0;
    generated.forEach((c, i) => {
      const oracle = answers[i]!;
      if (oracle.error) return void mismatches.push(`${c.name}: oracle error ${oracle.error}`);
      const { ours, theirs } = compare(c, oracle);
      released += theirs.length;
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) mismatches.push(`${c.name}: ours ${JSON.stringify(ours).slice(0, 1500)}\n theirs ${JSON.stringify(theirs).slice(0, 1500)}\n case ${JSON.stringify(c)}`);
    });
    expect(mismatches.length, mismatches.slice(0, 2).join('\n\n')).toBe(0);
    // No silent pass: most generated histories release something.
    expect(released).toBeGreaterThan(COUNT / 2);
  });
});
