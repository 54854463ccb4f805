/** Property-based differential test: random histories and configs, planned by release-please and by pyrelease. */
import { describe, expect, it } from 'vitest';
import { oracleAvailable, runOracleCases, type OracleCase } from '../harness/oracle.js';
import { packageFiles, prng, randomConfig, randomFiles, randomMessage, randomPackagePath, randomPullRequest } from './history-generator.js';
import { comparable, planLikeOracle } from './oracle-case.js';

const SEED = Number(process.env.PYRELEASE_DIFF_SEED ?? 20261125);
const COUNT = Number(process.env.PYRELEASE_DIFF_CASES ?? 300);

describe.skipIf(!oracleAvailable)(`planner = release-please on ${COUNT} generated histories (seed ${SEED})`, async () => {
  const r = prng(SEED);
  const cases: OracleCase[] = Array.from({ length: COUNT }, (_, i) => {
    const path = randomPackagePath(r);
    const { config, manifest } = randomConfig(r, path);
    const commits = Array.from({ length: 1 + Math.floor(r() * 8) }, () => {
      const pullRequest = randomPullRequest(r);
      return { message: randomMessage(r), files: randomFiles(r, path), ...(pullRequest && { pullRequest }) };
    });
    const name = ((config.packages as Record<string, Record<string, unknown>>)[path]!['package-name'] as string | undefined) ?? 'example-package';
    return { name: `case-${i}`, date: '2025-03-04', owner: 'acme', repo: 'widget', config, manifest, files: packageFiles(path, name, manifest[path]!), commits };
  });
  const results = oracleAvailable ? await runOracleCases(cases) : [];
  it('agrees on version, tag, title, body, CHANGELOG entry and every file', () => {
    const mismatches: string[] = [];
    cases.forEach((c, i) => {
      const oracle = results[i]!;
      if (oracle.error) return void mismatches.push(`${c.name}: oracle error ${oracle.error}`);
      const ours = comparable(planLikeOracle(c, oracle));
      const theirs = comparable(oracle);
      // release-please lists a file its updater left as it was (a dotted pre-release in __init__.py): no edit, so no file.
      theirs.files = Object.fromEntries(Object.entries(theirs.files).filter(([p, content]) => content !== c.files?.[p]));
      const diff = firstDifference(ours, theirs);
      if (diff) mismatches.push(`${c.name} (seed ${SEED}, ${mismatches.length + 1}): ${diff}\n  case: ${JSON.stringify({ config: c.config, manifest: c.manifest, commits: c.commits })}`);
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
