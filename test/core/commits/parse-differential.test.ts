/**
 * Commit parsing against release-please 17.11.2's own parseConventionalCommits (build/src/commit.js
 * in the oracle's install), message by message: generated histories plus a character-level fuzz of
 * the grammar's tokens (markers, separators, every whitespace the parser knows, CR line ends).
 * It keeps parse-message.ts's walk equal to the unist walkers release-please uses.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConventionalCommits } from '../../../src/core/commits/parse.js';
import { oracleAvailable, oracleDir } from '../../harness/oracle.js';
import { prng, randomMessage } from '../history-generator.js';

interface TheirCommit {
  sha: string;
  message: string;
  type: string;
  scope: string | null;
  bareMessage: string;
  notes: Array<{ title: string; text: string }>;
  references: Array<{ prefix: string; action: string; issue: string }>;
  breaking: boolean;
}
type TheirParse = (commits: Array<{ sha: string; message: string; pullRequest?: { body: string } }>, logger: unknown) => TheirCommit[];

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined, trace: () => undefined };
const TOKENS = ['a', 'x y', ':', ' ', '\n', '\n\n', '\r', '\r\n', '\t', '\v', '\f', '\u00a0', '\ufeff', '!', '(', ')', '#', ' #', '#12', 'BREAKING CHANGE', 'BREAKING-CHANGE', 'feat', 'fix', 'deps', 'Refs', 'Release-As', '1.2.3', '-', '* ', '#### ', 'BEGIN_NESTED_COMMIT', 'END_NESTED_COMMIT'];

/** Shapes where the walk's shared ancestor arrays matter: several markers and header-like footers side by side. */
const SHAPES = [
  'feat: a\n\nBREAKING CHANGE: one\nBREAKING CHANGE: two',
  'feat: a\n\nbody\nBREAKING CHANGE: x\nmore\nBREAKING-CHANGE: y\n\nfix: b',
  'fix: a\n\nfeat: b\nfix(c)!: d\nBREAKING CHANGE: e\nRelease-As: 2.0.0\nRefs #12',
  'feat!: a\n\nBREAKING CHANGE: b\n\nBREAKING CHANGE #4: c',
  'feat: x\n\nfoo: bar\n  baz\nfix: q\n  cont\nRelease-As: 1.2.3',
];

function messages(seed: number, count: number): string[] {
  const r = prng(seed);
  const out = [...SHAPES, ...Array.from({ length: count }, () => randomMessage(r))];
  for (let i = 0; i < count; i++) out.push(Array.from({ length: 1 + Math.floor(r() * 24) }, () => TOKENS[Math.floor(r() * TOKENS.length)]!).join(''));
  return out;
}

describe('commit parsing = release-please 17.11.2', () => {
  it('reads every message as release-please does (header, type, scope, subject, notes, references, breaking)', () => {
    if (!oracleAvailable) throw new Error(`the oracle is not installed under ${oracleDir}: run node scripts/ensure-tools.mjs`);
    const require = createRequire(join(oracleDir, 'package.json'));
    const theirs = (require('release-please/build/src/commit.js') as { parseConventionalCommits: TheirParse }).parseConventionalCommits;
    const mismatches: string[] = [];
    for (const [i, message] of messages(20261203, 10000).entries()) {
      const sha = i.toString(16).padStart(40, '0');
      const expected = theirs([{ sha, message }], silent).map((c) => ({ header: c.message, type: c.type, scope: c.scope, subject: c.bareMessage, notes: c.notes, references: c.references, breaking: c.breaking }));
      const actual = parseConventionalCommits([{ sha, message }]).commits.map((c) => ({ header: c.header, type: c.type, scope: c.scope, subject: c.subject, notes: c.notes, references: c.references, breaking: c.breaking }));
      if (JSON.stringify(actual) !== JSON.stringify(expected)) mismatches.push(`${JSON.stringify(message)}\n  ours   ${JSON.stringify(actual)}\n  theirs ${JSON.stringify(expected)}`);
    }
    expect(mismatches.length, mismatches.slice(0, 3).join('\n')).toBe(0);
  });
});
