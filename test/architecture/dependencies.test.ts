/** No declared-but-unused runtime dependency: each one in package.json is imported by src/ (issue #18). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.(ts|js)$/.test(n) ? [join(dir, n)] : []));
const specifiers = new Set(files(join(root, 'src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'".][^'"]*)['"]/g)].map((m) => m[1]!)));
const packageOf = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2) : spec.split('/').slice(0, 1)).join('/');

describe('dependencies', () => {
  it('every runtime dependency is imported by src/', () => {
    const declared = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    const imported = new Set([...specifiers].map(packageOf));
    expect(declared.filter((d) => !imported.has(d))).toEqual([]);
  });
});
