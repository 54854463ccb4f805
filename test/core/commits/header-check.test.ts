/**
 * header-check.ts decides, without calling it, exactly what @conventional-commits/parser 0.4.1
 * (the parser release-please 17.11.2 calls) decides: accept, or throw. Checked against the parser
 * itself on every commit message of the real corpus (../shared/corpus), a history written by
 * ../shared/perf/make-history.py (the bench's), the differential test's generator, and strings
 * built from every character and literal the grammar tells apart, on one line and across lines.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parser } from '@conventional-commits/parser';
import { afterAll, describe, expect, it } from 'vitest';
import { isConventionalMessage } from '../../../src/core/commits/header-check.js';
import { prng, randomMessage } from '../history-generator.js';

const shared = join(import.meta.dirname, '..', '..', '..', '..', 'shared');
const TOKENS = ['a', 'fix', 'x y', ':', ': ', ' ', ' #', '#', '#12', '!', '(', ')', '(x)', '()', '\n', '\n\n', '\r', '\r\n', '\t', '\v', '\f', '\u00a0', '\ufeff', '\u2003', 'BREAKING CHANGE', 'BREAKING-CHANGE', 'BREAKING CHANGE: ', 'Refs', 'Closes #3', '  indented'];

function parserAccepts(message: string): boolean {
  try {
    parser(message);
    return true;
  } catch {
    return false;
  }
}

function disagreements(messages: Iterable<string>): string[] {
  const out: string[] = [];
  for (const m of messages) if (isConventionalMessage(m) !== parserAccepts(m)) out.push(JSON.stringify(m));
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'pyrelease-header-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('header-check = @conventional-commits/parser', () => {
  it('on every commit of the real corpus', () => {
    const corpus = JSON.parse(readFileSync(join(shared, 'corpus', 'tetra-rp.json'), 'utf8')) as { releases: Array<{ commits: Array<{ message: string }> }> };
    const messages = corpus.releases.flatMap((r) => r.commits.map((c) => c.message));
    expect(messages.length).toBeGreaterThan(150);
    expect(disagreements(messages)).toEqual([]);
  });

  it('on a history written by make-history.py, and the footers release-please re-parses as headers', () => {
    const dir = join(tmp, 'history');
    execFileSync('python3', [join(shared, 'perf', 'make-history.py'), dir, '--commits', '3000', '--tag-at', '1'], { stdio: 'ignore' });
    const messages = execFileSync('git', ['-C', dir, 'log', '--format=%B%x00'], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\0\n');
    expect(messages.length).toBeGreaterThan(2999);
    // Footer lines as toCommits hands them back to the parser ("Closes #12", "Co-authored-by: …").
    const lines = messages.flatMap((m) => m.split('\n'));
    expect(disagreements([...messages, ...lines])).toEqual([]);
    expect(messages.filter((m) => !isConventionalMessage(m)).length).toBeGreaterThan(100);
  });

  it('on the differential test generator and on strings of the grammar tokens', () => {
    const r = prng(20261203);
    const generated = Array.from({ length: 5000 }, () => randomMessage(r));
    const fuzz = Array.from({ length: 60000 }, () => Array.from({ length: 1 + Math.floor(r() * 12) }, () => TOKENS[Math.floor(r() * TOKENS.length)]!).join(''));
    expect(disagreements([...generated, ...fuzz, '', ' ', 'feat(', 'feat()', 'feat(a)BREAKING CHANGE: x', 'feat: a\n\nfix(b', 'feat: a\n\nBREAKING CHANGE(b', 'feat: a\n\n  fix(b'])).toEqual([]);
    expect(fuzz.filter(isConventionalMessage).length).toBeGreaterThan(1000);
  });
});
