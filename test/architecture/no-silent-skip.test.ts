/**
 * No silent skip (issue #20, item 6): a suite skips only through test/harness/skip.ts (directly, or
 * through missingTools / skipWithoutOracle), which prints why locally and fails with CI=true.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isCi, skipWhenMissing, skippedBecause } from '../harness/skip.js';

const root = join(import.meta.dirname, '..', '..');
const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
const testFiles = files(join(root, 'test')).map((f) => ({ path: relative(root, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }));

describe('skipping in the test suite', () => {
  it('no test file skips unconditionally, marks a todo or focuses with only', () => {
    const offenders = testFiles.filter((f) => /\b(describe|it|test|repoTest)\.(skip|todo|only)\(|\bctx\.skip\(|\bcontext\.skip\(/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('every conditional skip goes through the harness rule (skipWhenMissing, missingTools or skipWithoutOracle)', () => {
    const conditional = testFiles.filter((f) => /\.(skipIf|runIf)\(/.test(f.text) && f.path !== 'test/harness/tools.ts' && f.path !== 'test/harness/skip.ts');
    expect(conditional.length).toBeGreaterThan(0);
    expect(conditional.filter((f) => !/\b(skipWhenMissing|missingTools|skipWithoutOracle)\(/.test(f.text)).map((f) => f.path)).toEqual([]);
  });
});

describe('skipWhenMissing', () => {
  it('runs the suite when nothing is missing, on CI or not', () => {
    expect(skipWhenMissing([], 'unused', { CI: 'true' })).toBe(false);
    expect(skipWhenMissing([], 'unused', {})).toBe(false);
  });

  it('locally skips and prints the reason', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(skipWhenMissing(['bandit'], 'Python tool(s) bandit not installed', {})).toBe(true);
      expect(warn.mock.calls.flat().join('\n')).toContain('skipping: Python tool(s) bandit not installed');
    } finally {
      warn.mockRestore();
    }
    expect(skippedBecause(true, 'bandit missing')).toBe(' (skipped: bandit missing)');
    expect(skippedBecause(false, 'bandit missing')).toBe('');
  });

  it('with CI=true fails naming what is missing', () => {
    expect(() => skipWhenMissing(['bandit', 'twine'], 'install them with apt-get', { CI: 'true' })).toThrow(/CI=true: bandit, twine missing.*install them with apt-get/);
    expect(isCi({ CI: '1' })).toBe(true);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({})).toBe(false);
  });
});
