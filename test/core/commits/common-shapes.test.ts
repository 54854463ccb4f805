/**
 * common-shapes.ts reads a message exactly as the parser's path does (parse-message.ts's walk
 * of @conventional-commits/parser's tree, itself held to release-please 17.11.2 by
 * parse-differential.test.ts): every message it accepts gives byte-identical commits. Checked
 * on the real corpus (../shared/corpus), the messages ../shared/perf/make-history.py writes (the
 * bench's), the differential generator, the oracle's and our planner cases, and an adversarial
 * set built from the lines the grammar tells apart (footers, BREAKING CHANGE, "!", odd scopes,
 * CR and CRLF, trailing whitespace, empty bodies, Release-As, reverts, merges, unicode).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonShapeCommits } from '../../../src/core/commits/common-shapes.js';
import { parseMessage, parseWithParser } from '../../../src/core/commits/parse-message.js';
import { splitMessages } from '../../../src/core/commits/parse.js';
import { oracleExamples } from '../../harness/oracle.js';
import { extraFileCases } from '../cases/extra-files.js';
import { monorepoCases } from '../cases/monorepo.js';
import { releaseOptionCases } from '../cases/release-options.js';
import { prng, randomMessage } from '../history-generator.js';

const shared = join(import.meta.dirname, '..', '..', '..', '..', 'shared');

/** make-history.py's own message() (no git: the bench's messages in milliseconds). */
function benchMessages(count: number): string[] {
  const script = `import importlib.util, sys
spec = importlib.util.spec_from_file_location("h", sys.argv[1]); h = importlib.util.module_from_spec(spec); spec.loader.exec_module(h)
import random
rng = random.Random(20261124)
sys.stdout.write("\\0".join(h.message(rng, i) for i in range(int(sys.argv[2]))))`;
  return execFileSync('python3', ['-c', script, join(shared, 'perf', 'make-history.py'), String(count)], { encoding: 'utf8', maxBuffer: 1 << 26 }).split('\0');
}

const HEADERS = ['feat: add x', 'fix(api): y', 'feat(a b/c.d-e_f*)!: z', 'fix!: ', 'chore(deps): bump ü', 'feat(x)!:\tsubject  ', 'FEAT(Api): Mixed', 'revert: feat: a', "Merge branch 'main'", 'feat #12', 'feat(): x', 'feat(a: b', 'feat(a)(b): c', 'feat(x)BREAKING CHANGE: y', 'déjà-vu: ok', 'a:b', 'feat:\u00a0nbsp', 'feat: x\ufeff'];
const LINES = [
  'Plain prose line.', 'Closes #12', 'Fixes #7', 'Refs: #8', 'Refs: 8', 'Refs #x12', 'Co-authored-by: A B <a@b.c>', 'Reviewed-by: Z',
  'Release-As: 2.0.0', 'release-as: 1.2.3', 'RELEASE-AS:  3.0.0-rc.1', 'BREAKING CHANGE: the api', 'BREAKING CHANGE: #12', 'BREAKING CHANGE:', 'BREAKING CHANGE:   spaced (#3)', 'BREAKING-CHANGE: hyphen', 'BREAKING CHANGE #4: c', 'BREAKING CHANGEx',
  '  indented continuation', '\tTab continuation', '\u00a0nbsp start', '\u2003em-space start', '   ', 'fix: nested header', 'feat(scope)!: nested bang', 'fix(x): y #12',
  'foo(bar: baz', 'foo(bar)', '!: bang', '!x', 'key:value', 'key :value', 'key #', 'key # 1', 'http://example.com', '* bullet', '- dash', '#### heading',
  'This reverts commit 0123456789abcdef0123456789abcdef01234567.', 'BREAKING-CHANGE: later in body', 'text BREAKING-CHANGE: inline', 'trailing   ', '(paren) start', ') close', ': colon',
  'BEGIN_NESTED_COMMIT', 'END_NESTED_COMMIT', 'ümlaut: ü', '😀 emoji: yes',
];
const SEPARATORS = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n\n\n', ' \n', '\n \n'];

/** Headers × lines × separators, seeded: the adversarial set. */
function adversarial(count: number): string[] {
  const r = prng(20261204);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let m = pick(HEADERS);
    for (let n = Math.floor(r() * 6); n > 0; n--) m += pick(SEPARATORS) + pick(LINES);
    if (r() < 0.2) m = ` \n${m}\n\n `;
    out.push(m);
  }
  return out;
}

function caseMessages(): string[] {
  const cases = [...extraFileCases, ...monorepoCases, ...releaseOptionCases, ...(existsSync(oracleExamples) ? (JSON.parse(readFileSync(oracleExamples, 'utf8')) as { cases: typeof extraFileCases }).cases : [])];
  return cases.flatMap((c) => c.commits.map((commit) => (typeof commit === 'string' ? commit : commit.message)));
}

/** Messages where the common shapes' commits differ from the parser's; and how many took the common path. */
function compare(messages: readonly string[]): { differ: string[]; common: number; total: number } {
  const differ: string[] = [];
  let common = 0;
  let total = 0;
  for (const whole of messages) {
    for (const message of [whole, ...splitMessages(whole)]) {
      total++;
      const fast = commonShapeCommits(message);
      if (!fast) continue;
      common++;
      const ours = JSON.stringify(parseMessage(message));
      const theirs = JSON.stringify(parseWithParser(message));
      if (ours !== theirs) differ.push(`${JSON.stringify(message)}\n  common ${ours}\n  parser ${theirs}`);
    }
  }
  return { differ, common, total };
}

describe('common message shapes = the parser path', () => {
  it('on the real corpus and the planner cases', () => {
    const corpus = JSON.parse(readFileSync(join(shared, 'corpus', 'tetra-rp.json'), 'utf8')) as { releases: Array<{ commits: Array<{ message: string }> }> };
    const messages = [...corpus.releases.flatMap((r) => r.commits.map((c) => c.message)), ...caseMessages()];
    expect(messages.length).toBeGreaterThan(150);
    const { differ, common } = compare(messages);
    expect(differ.slice(0, 3)).toEqual([]);
    expect(common).toBeGreaterThan(100);
  });

  it("on the bench's messages (make-history.py), nearly all read without the parser", () => {
    const { differ, common, total } = compare(benchMessages(6000));
    expect(differ.slice(0, 3)).toEqual([]);
    // The non-conventional ones (6 %) and BREAKING CHANGE footers go to the parser path.
    expect(common / total).toBeGreaterThan(0.9);
  });

  it('on the differential generator and the adversarial set', () => {
    const r = prng(20261203);
    const generated = Array.from({ length: 4000 }, () => randomMessage(r));
    const { differ, common, total } = compare([...generated, ...adversarial(20000)]);
    expect(differ.slice(0, 3)).toEqual([]);
    // Both paths are exercised: the common one, and the parser for what it leaves.
    expect(common).toBeGreaterThan(total * 0.2);
    expect(common).toBeLessThan(total * 0.9);
  });

  it('BREAKING CHANGE footers in the last block are read without the parser, with its result', () => {
    const breaking = adversarial(20000).filter((m) => m.includes('BREAKING CHANGE:'));
    const { differ, common } = compare(breaking);
    expect(differ.slice(0, 3)).toEqual([]);
    expect(common).toBeGreaterThan(500);
    expect(parseMessage('feat(api)!: drop v1\n\nRelease-As: 2.0.0\nBREAKING CHANGE: v1 is gone\n  for good')).toEqual(parseWithParser('feat(api)!: drop v1\n\nRelease-As: 2.0.0\nBREAKING CHANGE: v1 is gone\n  for good'));
  });
});
