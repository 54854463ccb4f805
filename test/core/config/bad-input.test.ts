/**
 * The table of broken configs and manifests (test/fixtures/config/bad/, expectations beside it):
 * each gives exactly the expected first problem, at the expected key, line and column, and
 * renders as one line naming the file, the fix and the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest, parseReleaseConfig } from '../../../src/core/config/parse.js';
import { catalogue } from '../../../src/errors/catalogue.js';
import { PyreleaseErrors, type PyreleaseError } from '../../../src/errors/pyrelease-error.js';
import { renderErrorLine } from '../../../src/errors/render.js';

interface Expectation {
  fixture: string;
  code: string;
  key: string | null;
  line: number | null;
  column: number | null;
  codes?: string[];
  messageContains?: string;
}

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'config');
const table = JSON.parse(readFileSync(join(fixtures, 'bad-expectations.json'), 'utf8')) as Expectation[];

function problemsOf(fn: () => unknown): PyreleaseError[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof PyreleaseErrors) return e.problems;
    throw e;
  }
  throw new Error('expected the input to be refused');
}

function parseFixture(name: string): { file: string; problems: PyreleaseError[]; error: unknown } {
  const text = readFileSync(join(fixtures, 'bad', name), 'utf8');
  const file = name.startsWith('manifest') ? '.release-please-manifest.json' : '.release-please-config.json';
  const run = () => (file === '.release-please-manifest.json' ? parseManifest(text, file) : parseReleaseConfig(text, file));
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  return { file, problems: problemsOf(run), error };
}

describe('bad config and manifest table', () => {
  it('covers every fixture file, and at least 25', () => {
    const files = readdirSync(join(fixtures, 'bad')).sort();
    expect(table.map((t) => t.fixture).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it.each(table.map((t) => [t.fixture, t] as const))('%s', (_name, t) => {
    const { file, problems, error } = parseFixture(t.fixture);
    const first = problems[0]!;
    expect(first.code).toBe(t.code);
    expect(first.details.file).toBe(file);
    expect(first.details.key ?? null).toBe(t.key);
    expect(first.details.line ?? null).toBe(t.line);
    expect(first.details.column ?? null).toBe(t.column);
    expect(problems.map((p) => p.code)).toEqual(t.codes ?? [t.code]);
    if (t.messageContains) expect(first.message).toContain(t.messageContains);

    for (const p of problems) {
      expect(catalogue[p.code], p.code).toBeDefined();
      expect(p.details.fix, p.message).toMatch(/\S/);
      const line = renderErrorLine(p);
      expect(line).not.toMatch(/[\r\n]/);
      expect(line.startsWith(`${file}${p.details.line ? `:${p.details.line}:${p.details.column}` : ''}: `)).toBe(true);
      expect(line).toContain(' — fix: ');
      expect(line.endsWith(`[${p.code}]`)).toBe(true);
      if (p.details.key) expect(line).toContain(p.details.key);
    }
    expect(renderErrorLine(error)).not.toMatch(/[\r\n]/);
  });
});
