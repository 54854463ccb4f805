/**
 * The publish stage reads a release tag with the tag format the release stage writes: every
 * config's formatTag() output parses back to its version, and a tag of another format is refused.
 */
import { describe, expect, it } from 'vitest';
import { parseReleaseConfig } from '../../../src/core/config/parse.js';
import { tagStyleOf } from '../../../src/core/config/tag-style.js';
import { assertPreReleaseMatches, isPep440PreRelease, versionOfReleaseTag } from '../../../src/core/publish/tag-version.js';
import { formatTag, versionOfTagInStyle } from '../../../src/core/version/tag-name.js';

const styleOf = (pkg: Record<string, unknown>, path = '.') => tagStyleOf(parseReleaseConfig(JSON.stringify({ packages: { [path]: { 'release-type': 'python', ...pkg } } }), 'cfg.json').config.packages[0]!);
const where = { input: 'input tag_name', configFile: '.release-please-config.json' };
const caught = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as Error & { code: string; details: { fix?: string } };
  }
  throw new Error('did not throw');
};

const configs: [string, Record<string, unknown>, string][] = [
  ['defaults (v1.2.3)', {}, 'v1.2.3'],
  ['include-v-in-tag: false', { 'include-v-in-tag': false }, '1.2.3'],
  ['component', { component: 'widget' }, 'widget-v1.2.3'],
  ['component and tag-separator', { component: 'widget', 'tag-separator': '/' }, 'widget/v1.2.3'],
  ['component without v', { component: 'widget', 'include-v-in-tag': false }, 'widget-1.2.3'],
  ['include-component-in-tag: false', { component: 'widget', 'include-component-in-tag': false }, 'v1.2.3'],
  ['package-name as component', { 'package-name': 'demo-pkg' }, 'demo-pkg-v1.2.3'],
  ['versioning: pep440', { versioning: 'pep440' }, 'v1.2.3'],
];

describe('release tags in the project\'s format', () => {
  for (const [name, pkg, tag] of configs) {
    it(`${name}: ${tag}; parse(format(v)) == v for finals and pre-releases`, () => {
      const style = styleOf(pkg);
      expect(formatTag('1.2.3', style)).toBe(tag);
      const versions = style.notation === 'pep440' ? ['1.2.3', '0.1.0rc1', '2.0.0.dev3', '1.0.0b2'] : ['1.2.3', '0.1.0-rc.1', '10.20.30', '1.0.0-beta+build.5'];
      for (const v of versions) expect(versionOfTagInStyle(formatTag(v, style), style)).toBe(v);
    });
  }

  it('a tag of another format is not a release of this project', () => {
    expect(versionOfTagInStyle('1.2.3', styleOf({}))).toBeUndefined();
    expect(versionOfTagInStyle('v1.2.3', styleOf({ 'include-v-in-tag': false }))).toBeUndefined();
    expect(versionOfTagInStyle('other-v1.2.3', styleOf({ component: 'widget' }))).toBeUndefined();
    expect(versionOfTagInStyle('widget-v1.2.3', styleOf({ component: 'widget', 'tag-separator': '/' }))).toBeUndefined();
    expect(versionOfTagInStyle('v1.2', styleOf({}))).toBeUndefined();
    expect(versionOfTagInStyle('release-2024', styleOf({}))).toBeUndefined();
  });

  it('a hand-written PEP 440 tag is read under SemVer versioning, and the SemVer one under pep440', () => {
    expect(versionOfReleaseTag('v0.2.0rc1', styleOf({}), where)).toBe('0.2.0rc1');
    expect(versionOfReleaseTag('v0.2.0-rc.1', styleOf({ versioning: 'pep440' }), where)).toBe('0.2.0-rc.1');
  });

  it('refuses a tag that matches no format, in one line naming the form the config writes', () => {
    const e = caught(() => versionOfReleaseTag('release-1', styleOf({ component: 'widget' }), where));
    expect(e.code).toBe('PUBLISH_TAG_NOT_A_RELEASE');
    expect(e.message).toBe('input tag_name "release-1" is not a release tag of this project: .release-please-config.json makes tags like widget-v1.2.3');
    expect(e.details.fix).toMatch(/version:/);
  });

  it('a GitHub release marked pre-release must be a PEP 440 pre-release', () => {
    for (const v of ['1.0.0rc1', '1.0.0-rc.1', '1.0.0a1', '1.0.0b3', '1.0.0.dev2', '1.0.0rc1+local']) expect(isPep440PreRelease(v), v).toBe(true);
    for (const v of ['1.0.0', '1.0.0.post1', '1.0.0+local']) expect(isPep440PreRelease(v), v).toBe(false);
    expect(() => assertPreReleaseMatches('v1.0.0rc1', '1.0.0rc1')).not.toThrow();
    expect(caught(() => assertPreReleaseMatches('v1.0.0', '1.0.0')).code).toBe('PUBLISH_PRERELEASE_MISMATCH');
  });
});
