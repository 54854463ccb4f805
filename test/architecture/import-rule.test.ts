/**
 * Keeps the layers in the tree true (style.md §1): core/ is pure, stages never spawn or talk
 * HTTP themselves, nothing builds a shell string.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
}

const all = files(src).map((f) => ({ path: relative(src, f).split('\\').join('/'), imports: imports(f), text: readFileSync(f, 'utf8') }));

describe('import rule', () => {
  it('core/ imports only core/, errors/ and pure libraries', () => {
    const pure = new Set(['@conventional-commits/parser', '@conventional-commits/parser/lib/scanner.js', 'smol-toml', '@iarna/toml/lib/toml-parser.js', 'detect-indent', 'jsonc-parser', 'jsonpath-plus', 'yaml', 'xpath', '@xmldom/xmldom', 'minimatch', '@renovatebot/pep440']);
    const allowed = (from: string, spec: string) =>
      spec.startsWith('.') ? /^(core|errors)\//.test(posix.join(posix.dirname(from), spec)) : pure.has(spec);
    const offenders = all
      .filter((f) => f.path.startsWith('core/'))
      .flatMap((f) => f.imports.filter((i) => !allowed(f.path, i)).map((i) => `${f.path} → ${i}`));
    expect(offenders).toEqual([]);
  });

  it('stages/ never import Octokit, @actions/exec or child_process', () => {
    const banned = /^(node:child_process|child_process|@actions\/exec|@actions\/github|@octokit\/)/;
    const offenders = all.filter((f) => f.path.startsWith('stages/')).flatMap((f) => f.imports.filter((i) => banned.test(i)).map((i) => `${f.path} → ${i}`));
    expect(offenders).toEqual([]);
  });

  it('only adapters/process spawns processes', () => {
    const offenders = all
      .filter((f) => !f.path.startsWith('adapters/process/'))
      .flatMap((f) => f.imports.filter((i) => /^(node:)?child_process$|^@actions\/exec$/.test(i)).map((i) => `${f.path} → ${i}`));
    expect(offenders).toEqual([]);
  });

  it('no shell strings anywhere in src/', () => {
    const offenders = all.filter((f) => /shell:\s*true|\bexecSync\(|\bexec\(\s*[`'"]/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
