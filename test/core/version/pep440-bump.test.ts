/** versioning: pep440 — the next version from the previous one and the commits. */
import { describe, expect, it } from 'vitest';
import type { ConventionalCommit } from '../../../src/core/commits/conventional-commit.js';
import { parseConventionalCommits } from '../../../src/core/commits/parse.js';
import { parseReleaseConfig } from '../../../src/core/config/parse.js';
import { nextVersion } from '../../../src/core/version/bump.js';
import { formatVersion, parseVersion } from '../../../src/core/version/version.js';

function pkg(options: Record<string, unknown>) {
  const { config, warnings } = parseReleaseConfig(JSON.stringify({ packages: { '.': { 'release-type': 'python', versioning: 'pep440', ...options } } }), 'cfg.json');
  return { pkg: config.packages[0]!, warnings };
}
const commits = (...messages: string[]): ConventionalCommit[] => parseConventionalCommits(messages.map((message, i) => ({ sha: `${i}`.padStart(40, 'a'), message, files: [] }))).commits;
const FIX = commits('fix: a');
const FEAT = commits('feat: a');
const BREAKING = commits('feat!: a');
const next = (previous: string, c: ConventionalCommit[], options: Record<string, unknown>) => formatVersion(nextVersion(parseVersion(previous, 'previous', 'pep440'), c, pkg(options).pkg).version);

describe('versioning: pep440 with prerelease: true', () => {
  it.each([
    ['1.2.3', FEAT, 'rc', '1.3.0rc1'],
    ['1.2.3', FIX, 'rc', '1.2.4rc1'],
    ['1.2.3', BREAKING, 'a', '2.0.0a1'],
    ['1.3.0rc1', FIX, 'rc', '1.3.0rc2'],
    ['1.3.0rc1', FEAT, 'rc', '1.3.0rc2'],
    ['1.3.0rc9', FEAT, 'rc', '1.3.0rc10'],
    ['1.3.0rc1', BREAKING, 'rc', '2.0.0rc1'],
    ['2.0.0rc1', BREAKING, 'rc', '2.0.0rc2'],
    ['1.2.3rc1', FEAT, 'rc', '1.3.0rc1'],
    ['1.3.0a2', FIX, 'b', '1.3.0b1'],
    ['1.3.0b1', FIX, 'rc', '1.3.0rc1'],
    ['1.3.0.dev1', FIX, 'dev', '1.3.0.dev2'],
    ['1.3.0.dev4', FIX, 'a', '1.3.0a1'],
    ['1.2.3', FIX, 'dev', '1.2.4.dev1'],
    ['1.3.0b1', FIX, 'beta', '1.3.0b2'],
    // The SemVer spelling release-please wrote before the switch reads as the same pre-release.
    ['1.3.0-beta.1', FIX, 'b', '1.3.0b2'],
    ['1.3.0-rc.1', FEAT, 'rc', '1.3.0rc2'],
  ])('%s + %s (prerelease-type %s) → %s', (previous, c, type, expected) => {
    expect(next(previous, c as ConventionalCommit[], { prerelease: true, 'prerelease-type': type })).toBe(expected);
  });

  it('never moves a pre-release back a phase, and says why', () => {
    const r = nextVersion(parseVersion('1.3.0rc1', 'previous', 'pep440'), FIX, pkg({ prerelease: true, 'prerelease-type': 'a' }).pkg);
    expect(formatVersion(r.version)).toBe('1.3.0rc2');
    expect(r.reasons.join('\n')).toContain('prerelease-type a would go back from rc');
  });

  it('starts a new pre-release line at alpha when prerelease-type is unset, and continues a phase', () => {
    expect(next('1.2.3', FEAT, { prerelease: true })).toBe('1.3.0a1');
    expect(next('1.3.0b2', FIX, { prerelease: true })).toBe('1.3.0b3');
  });
});

describe('versioning: pep440 without prerelease: the final release', () => {
  it.each([
    ['1.3.0rc2', FIX, '1.3.0'],
    ['1.3.0rc2', FEAT, '1.3.0'],
    ['2.0.0b1', BREAKING, '2.0.0'],
    ['1.3.0rc2', BREAKING, '2.0.0'],
    ['1.2.3', FEAT, '1.3.0'],
    ['1.2.3', FIX, '1.2.4'],
  ])('%s + %s → %s', (previous, c, expected) => {
    expect(next(previous, c as ConventionalCommit[], { 'prerelease-type': 'rc' })).toBe(expected);
  });

  it('explains the graduation', () => {
    const r = nextVersion(parseVersion('1.3.0rc2', 'previous', 'pep440'), FIX, pkg({}).pkg);
    expect(r.reasons.join('\n')).toContain('prerelease is off: 1.3.0rc2 becomes the final 1.3.0');
  });

  it('a Release-As footer in PEP 440 is read in PEP 440', () => {
    expect(next('1.2.3', commits('feat: a\n\nRelease-As: 2.0.0b1'), {})).toBe('2.0.0b1');
  });
});

describe('config', () => {
  it('warns that a PEP 440 prerelease-type does nothing PEP 440 without versioning: pep440', () => {
    const { warnings } = parseReleaseConfig(JSON.stringify({ packages: { '.': { 'release-type': 'python', prerelease: true, 'prerelease-type': 'rc' } } }), 'cfg.json');
    expect(warnings).toContain('cfg.json: prerelease-type "rc" looks like PEP 440, but release-please ignores it outside "versioning": "prerelease"; for PEP 440 pre-releases such as 1.3.0rc1 write "versioning": "pep440"');
    expect(pkg({ prerelease: true, 'prerelease-type': 'rc' }).warnings.filter((w) => w.includes('prerelease-type'))).toEqual([]);
  });
});

describe('the previous release under versioning: pep440', () => {
  it('refuses a manifest version it cannot continue from, instead of planning a first release', async () => {
    const { findPreviousRelease } = await import('../../../src/core/previous-release.js');
    const style = { component: '', separator: '-', includeV: true, notation: 'pep440' as const };
    expect(findPreviousRelease('1.3.0rc1', style, [{ name: 'v1.3.0rc1', sha: 'a'.repeat(40) }])).toMatchObject({ version: '1.3.0rc1', tag: 'v1.3.0rc1', source: 'tag-with-manifest-version' });
    expect(findPreviousRelease('1.3.0-rc.1', style, [{ name: 'v1.3.0-rc.1', sha: 'a'.repeat(40) }])).toMatchObject({ version: '1.3.0rc1', tag: 'v1.3.0-rc.1' });
    expect(() => findPreviousRelease('1.2.3.post1', style, [])).toThrow(/not a PEP 440 version pyrelease can continue from/);
  });
});
