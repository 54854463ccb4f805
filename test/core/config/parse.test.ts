import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest, parseReleaseConfig } from '../../../src/core/config/parse.js';
import { PyreleaseErrors, type PyreleaseError } from '../../../src/errors/pyrelease-error.js';
import { renderErrorLine } from '../../../src/errors/render.js';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'config');
const bad = JSON.parse(readFileSync(join(fixtures, 'bad-configs.json'), 'utf8')) as Array<{ name: string; text: string; code: string; key?: string; message?: string }>;

function problemsOf(fn: () => unknown): PyreleaseError[] {
  try {
    fn();
  } catch (e) {
    return e instanceof PyreleaseErrors ? e.problems : [e as PyreleaseError];
  }
  throw new Error('expected a failure');
}

describe('parseReleaseConfig: bad input', () => {
  it.each(bad.map((b) => [b.name, b] as const))('%s', (_name, b) => {
    const [first] = problemsOf(() => parseReleaseConfig(b.text, 'release-please-config.json'));
    expect(first!.code).toBe(b.code);
    if (b.key) expect(first!.details.key).toBe(b.key);
    if (b.message) expect(first!.message).toContain(b.message);
    const line = renderErrorLine(first);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toMatch(/^release-please-config\.json/);
    expect(line).toContain('— fix: ');
  });

  it('reports every problem at once', () => {
    const problems = problemsOf(() => parseReleaseConfig('{"packages": {".": {"release-type": "node", "draft": "no", "versioning": "x"}}}', 'c.json'));
    expect(problems.map((p) => p.code).sort()).toEqual(['CONFIG_BAD_VERSIONING', 'CONFIG_UNSUPPORTED_RELEASE_TYPE', 'CONFIG_WRONG_TYPE']);
  });
});

describe('parseReleaseConfig: good input', () => {
  it('applies release-please defaults and lets top-level keys default every package', () => {
    const { config, warnings } = parseReleaseConfig('{"bump-minor-pre-major": true, "label": "autorelease: pending, python", "packages": {".": {"package-name": "widget"}}}', 'c.json');
    expect(warnings).toEqual([]);
    expect(config.labels).toEqual(['autorelease: pending', 'python']);
    expect(config.releaseLabels).toEqual(['autorelease: tagged']);
    expect(config.separatePullRequests).toBe(true);
    expect(config.packages[0]).toMatchObject({ path: '.', releaseType: 'python', packageName: 'widget', bumpMinorPreMajor: true, includeComponentInTag: true, includeVInTag: true, tagSeparator: '-', changelogPath: 'CHANGELOG.md', changelogHost: 'https://github.com', versioning: 'default' });
  });

  it('names unknown keys in one warning, and notes known-but-unused ones', () => {
    const { warnings } = parseReleaseConfig('{"bump-minor-pre-majr": true, "plugins": [], "packages": {".": {"relase-type": "python"}}}', 'c.json');
    expect(warnings[0]).toBe("c.json: unknown keys bump-minor-pre-majr, packages.\".\".relase-type ignored — check the spelling against release-please's config schema");
    expect(warnings[1]).toContain('plugins');
  });

  it('accepts every config tetra-rp really used', () => {
    const corpus = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'tetra-rp.json'), 'utf8')) as { releases: Array<{ configAtParent: string | null }> };
    const distinct = [...new Set(corpus.releases.map((r) => r.configAtParent).filter((c): c is string => c !== null))];
    expect(distinct.length).toBeGreaterThan(2);
    for (const text of distinct) expect(() => parseReleaseConfig(text, 'release-please-config.json')).not.toThrow();
  });
});

describe('parseManifest', () => {
  it('reads versions as written', () => {
    expect(parseManifest('{".": "1.2.0rc1"}', 'm.json')).toEqual({ '.': '1.2.0rc1' });
  });
  it.each([
    ['{".": "one"}', 'MANIFEST_BAD_VERSION'],
    ['{".": 1}', 'MANIFEST_BAD_VERSION'],
    ['["1.0.0"]', 'MANIFEST_NOT_OBJECT'],
    ['{".": "1.0.0"', 'MANIFEST_INVALID_JSON'],
  ])('%s → %s', (text, code) => {
    expect(problemsOf(() => parseManifest(text, 'm.json'))[0]!.code).toBe(code);
  });
});
