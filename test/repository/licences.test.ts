/**
 * Licences (issue #20, item 3): LICENSE is the Apache License 2.0 package.json declares, and
 * dist/licenses.txt — written by scripts/build.mjs from ncc's record of the bundled modules, so
 * .ci/run's fresh-build check keeps it current — names every package bundled into dist/index.js
 * and dist/cli.js (and the chunks they load), with its licence text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as { license: string; dependencies: Record<string, string> };

/** Package names the bundle itself shows: webpack's "CONCATENATED MODULE: ./node_modules/<pkg>/…" notes and ncc's module paths. */
function packagesNamedIn(bundle: string): string[] {
  const names = new Set<string>();
  for (const m of bundle.matchAll(/(?:^|[^\w@/.-])\.?\/?node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//gm)) names.add(m[1]!);
  return [...names].sort();
}

describe('LICENSE', () => {
  it('is the full Apache License 2.0 text, the licence package.json declares', () => {
    expect(pkg.license).toBe('Apache-2.0');
    const text = read('LICENSE');
    expect(text).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004\s+http:\/\/www\.apache\.org\/licenses\//);
    for (const section of ['1. Definitions.', '2. Grant of Copyright License.', '3. Grant of Patent License.', '4. Redistribution.', '5. Submission of Contributions.', '6. Trademarks.', '7. Disclaimer of Warranty.', '8. Limitation of Liability.', '9. Accepting Warranty or Additional Liability.', 'END OF TERMS AND CONDITIONS']) {
      expect(text).toContain(section);
    }
  });
});

describe('dist/licenses.txt', () => {
  const licences = existsSync(join(root, 'dist', 'licenses.txt')) ? read('dist/licenses.txt') : '';
  // Each package's section: a rule, then "name version", then "License: id".
  const listed = new Set([...licences.matchAll(/^-{78}\n((?:@[\w.-]+\/)?[\w.-]+) \S+\nLicense: /gm)].map((m) => m[1]!));

  it('exists beside the bundles (npm run build writes it)', () => {
    expect(licences, 'dist/licenses.txt is missing: run npm run build').not.toBe('');
    expect(licences).toContain('see LICENSE');
  });

  it('lists every runtime dependency (each is imported by src/, so bundled), with its licence text', () => {
    const missing = Object.keys(pkg.dependencies).filter((d) => !listed.has(d));
    expect(missing).toEqual([]);
    expect(licences).toMatch(/\n@actions\/core \d+\.\d+\.\d+\nLicense: MIT\n\n[\s\S]{0,1500}?Permission is hereby granted/);
  });

  it('lists every package the bundles name as their source', () => {
    // Each entry with the chunks it loads on demand (dist/chunks/<entry>.<id>.js, issue #21).
    const chunks = existsSync(join(root, 'dist', 'chunks')) ? readdirSync(join(root, 'dist', 'chunks')) : [];
    for (const bundle of ['index', 'cli']) {
      const files = [`dist/${bundle}.js`, ...chunks.filter((c) => c.startsWith(`${bundle}.`)).map((c) => `dist/chunks/${c}`)];
      const named = packagesNamedIn(files.map(read).join('\n'));
      expect(named.length, bundle).toBeGreaterThan(10);
      expect(named.filter((n) => !listed.has(n)), bundle).toEqual([]);
    }
  });
});
