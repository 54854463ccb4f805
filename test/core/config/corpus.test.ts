/** Every config and manifest runpod/tetra-rp really released with parses, and means what it meant. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheckManifest, parseManifest, parseReleaseConfig } from '../../../src/core/config/parse.js';

interface CorpusRelease {
  version: string;
  configPath: string | null;
  configAtParent: string | null;
  manifestAtParent: string | null;
  effectiveConfig: { path: string | null; config: unknown } | null;
}

const corpus = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'tetra-rp.json'), 'utf8')) as { releases: CorpusRelease[] };
const distinct = <T>(xs: (T | null | undefined)[]) => [...new Set(xs.filter((x): x is T => x !== null && x !== undefined))];
const configs = distinct(corpus.releases.map((r) => r.configAtParent));
const effective = distinct(corpus.releases.map((r) => (r.effectiveConfig ? JSON.stringify(r.effectiveConfig.config) : null)));
const manifests = distinct(corpus.releases.map((r) => r.manifestAtParent));

describe('tetra-rp corpus', () => {
  it('has several distinct configs to check', () => {
    expect(configs.length).toBeGreaterThanOrEqual(5);
    expect(effective.length).toBeGreaterThanOrEqual(5);
  });

  it.each(configs.map((text, i) => [i, text] as const))('config file #%i parses without a problem', (_i, text) => {
    const { config } = parseReleaseConfig(text, '.release-please-config.json');
    expect(config.packages.map((p) => [p.path, p.releaseType])).toEqual([['.', 'python']]);
  });

  it.each(effective.map((text, i) => [i, text] as const))('config release-please ran with #%i parses without a problem', (_i, text) => {
    expect(parseReleaseConfig(text, 'release-please-config.json').config.packages).toHaveLength(1);
  });

  it.each(manifests.map((text) => [text.trim().replace(/\s+/g, ' '), text] as const))('manifest %s parses', (_name, text) => {
    expect(Object.keys(parseManifest(text, '.release-please-manifest.json'))).toEqual(['.']);
  });

  it('reads the July 2025 config (0.5.1) as release-please did: no v, no component, one grouped PR', () => {
    const text = corpus.releases.find((r) => r.version === '0.5.1')!.configAtParent!;
    const { config, warnings } = parseReleaseConfig(text, '.release-please-config.json');
    const pkg = config.packages[0]!;
    expect(pkg).toMatchObject({ includeVInTag: false, includeComponentInTag: false, bumpMinorPreMajor: true, pullRequestTitlePattern: 'chore: release ${version}', pullRequestHeader: 'Release Please automated release PR' });
    expect(pkg.extraFiles).toEqual([{ type: 'toml', path: 'pyproject.toml', jsonpath: '$.project.version' }]);
    expect(pkg.changelogSections?.map((s) => s.section)).toEqual(['Features', 'Bug Fixes', 'Performance Improvements', 'Reverts', 'Documentation', 'Code Refactoring', 'Styles', 'Tests', 'Build System', 'CI/CD', 'Maintenance']);
    // "separate-pull-requests": false is what gave tetra-rp its "chore: release main" titles.
    expect(config.separatePullRequests).toBe(false);
    expect(warnings).toEqual(['.release-please-config.json: pyrelease does not use "sequential-calls" (pyrelease makes one release PR at a time anyway), "always-link-local" (a node-workspace setting)']);
  });

  it('keeps the package\'s own changelog-sections over the top-level ones, including the catch-all with type ""', () => {
    const text = configs.find((c) => c.includes('"Other Changes"'))!;
    const { config, warnings } = parseReleaseConfig(text, '.release-please-config.json');
    expect(config.packages[0]!.changelogSections?.at(-1)).toEqual({ type: '', section: 'Other Changes', hidden: false });
    expect(config.unknownKeys).toEqual(['"skip-github-pull-request"']);
    expect(warnings[0]).toContain('"skip-github-pull-request" (an input of release-please-action, not a config key)');
  });

  it('reads the 2025-10 config\'s bootstrap-sha and includes no component in tags', () => {
    const text = configs.find((c) => c.includes('runpod-flash'))!;
    const { config, warnings } = parseReleaseConfig(text, 'release-please-config.json');
    expect(warnings).toEqual([]);
    expect(config.bootstrapSha).toBe('d64b7f22e1d320e775a7a4561b04e4bd26b0470f');
    expect(config.packages[0]).toMatchObject({ packageName: 'runpod-flash', includeComponentInTag: false, includeVInTag: true });
  });

  it('finds nothing to warn about between each release\'s config and manifest', () => {
    for (const r of corpus.releases) {
      if (!r.configAtParent || !r.manifestAtParent) continue;
      const { config } = parseReleaseConfig(r.configAtParent, 'c.json');
      expect(crossCheckManifest(config, parseManifest(r.manifestAtParent, 'm.json'), { config: 'c.json', manifest: 'm.json' }), r.version).toEqual([]);
    }
  });
});
