/**
 * Every code raised in src/ has a catalogue entry, every entry is raised somewhere, and
 * docs/errors.md is exactly the rendered catalogue (regenerate: npm run docs).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/errors/catalogue.js';

const root = join(import.meta.dirname, '..', '..');
const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const sources = walk(join(root, 'src')).filter((f) => f.endsWith('.ts') && !f.includes(`${join('errors', 'catalogue')}`));
const raised = new Set(sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?:PyreleaseError\(|[pP]roblem\(|parseJsonText\([^)]*?|code: )\s*'([A-Z_]+)'/g)].map((m) => m[1]!)));

function renderDocs(): string {
  const lines = ['# pyrelease errors', '', 'Generated from `src/errors/catalogue.ts` by `npm run docs`. Each failure prints one line ending in its code, e.g. `[CONFIG_INVALID_JSON]`; the job summary lists every problem with its fix.', ''];
  for (const [code, e] of Object.entries(catalogue).sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`## ${code}`, '', `**${e.title}.** ${e.fix}`, '');
  return lines.join('\n');
}

describe('error catalogue', () => {
  it('has an entry for every code raised in src/', () => {
    expect([...raised].filter((c) => !(c in catalogue)).sort()).toEqual([]);
  });
  it('has no entry that nothing raises', () => {
    expect(Object.keys(catalogue).filter((c) => !raised.has(c)).sort()).toEqual([]);
  });
  it('matches docs/errors.md', () => {
    const path = join(root, 'docs', 'errors.md');
    if (process.env.UPDATE_ERROR_DOCS === '1') writeFileSync(path, renderDocs());
    expect(readFileSync(path, 'utf8')).toBe(renderDocs());
  });
});
