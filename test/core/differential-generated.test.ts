/** Property-based differential test: random histories and configs, planned by release-please and by pyrelease. */
import { describe, expect, it } from 'vitest';
import { skipWithoutOracle, oracleAvailable, runOracleCases, type OracleCase } from '../harness/oracle.js';
import { caseFeatures, prng, randomCommits, randomConfig, randomPackagePath, randomShape } from './history-generator.js';
import { comparable, parsedLikeOracle, planLikeOracle } from './oracle-case.js';

const noOracle = skipWithoutOracle();

const SEED = Number(process.env.PYRELEASE_DIFF_SEED ?? 20261125);
const COUNT = Number(process.env.PYRELEASE_DIFF_CASES ?? 300);

describe.skipIf(noOracle)(`planner = release-please on ${COUNT} generated histories (seed ${SEED})`, async () => {
  const r = prng(SEED);
  const drawn = new Set<string>();
  const cases: OracleCase[] = Array.from({ length: COUNT }, (_, i) => {
    const path = randomPackagePath(r);
    const { config, manifest } = randomConfig(r, path);
    const commits = randomCommits(r, path);
    const { features, ...shape } = randomShape(r, config, manifest, path);
    features.forEach((f) => drawn.add(f));
    if (commits.some((c) => c.pullRequest?.body.includes('BEGIN_COMMIT_OVERRIDE'))) drawn.add('override');
    return { name: `case-${i}`, date: '2025-03-04', owner: 'acme', repo: 'widget', ...shape, manifest, commits };
  });
  const results = oracleAvailable ? await runOracleCases(cases) : [];
  it('draws every feature of the generator, PR-body overrides and packages below the root', () => {
    expect([...drawn].sort()).toEqual([...caseFeatures.map((f) => f.name), 'override', 'subdirectory'].sort());
  });

  it('agrees on version, tag, title, body, CHANGELOG entry and every file', () => {
    const mismatches: string[] = [];
    cases.forEach((c, i) => {
      const oracle = results[i]!;
      if (oracle.error) return void mismatches.push(`${c.name}: oracle error ${oracle.error}`);
      // A file release-please's updater left as it was (a dotted pre-release in __init__.py) is no edit.
      const options = { originals: c.files, parsed: parsedLikeOracle };
      const ours = comparable(planLikeOracle(c, oracle), options);
      const theirs = comparable(oracle, options);
      const diff = firstDifference(ours, theirs);
      if (diff) mismatches.push(`${c.name} (seed ${SEED}, ${mismatches.length + 1}): ${diff}\n  case: ${JSON.stringify({ config: c.config, manifest: c.manifest, files: c.files, commits: c.commits })}`);
    });
    expect(mismatches.length, mismatches.slice(0, 5).join('\n\n')).toBe(0);
  });
});

/** The first field that differs, with the text around the first differing character. */
function firstDifference(ours: Record<string, unknown>, theirs: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(theirs)) {
    const a = JSON.stringify(ours[key]);
    const b = JSON.stringify(theirs[key]);
    if (a === b) continue;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return `${key} differs at ${i}: ours …${a.slice(Math.max(0, i - 80), i + 80)}… theirs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
  }
  return undefined;
}
