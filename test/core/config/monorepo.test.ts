/** Several packages in one config: accepted as release-please's manifest has them, refused when two would share their tags. */
import { describe, expect, it } from 'vitest';
import { parseReleaseConfig } from '../../../src/core/config/parse.js';
import { PyreleaseErrors } from '../../../src/errors/pyrelease-error.js';

const parse = (v: unknown) => parseReleaseConfig(JSON.stringify(v, null, 2), 'release-please-config.json');
const problems = (v: unknown) => {
  try {
    parse(v);
  } catch (e) {
    if (e instanceof PyreleaseErrors) return e.problems.map((x) => `${x.code} ${x.message}`);
    throw e;
  }
  return [];
};

describe('a config with several packages', () => {
  it('reads each package with its own merged options, in config order', () => {
    const { config } = parse({ 'bump-minor-pre-major': true, packages: { 'packages/core': { 'release-type': 'python', 'package-name': 'core', 'extra-label': 'core' }, docs: { 'release-type': 'simple', component: 'docs', 'separate-pull-requests': true } } });
    expect(config.packages.map((p) => [p.path, p.releaseType, p.bumpMinorPreMajor, p.extraLabels, p.separatePullRequests])).toEqual([
      ['packages/core', 'python', true, ['core'], false],
      ['docs', 'simple', true, [], true],
    ]);
    // release-please's default for several packages: one grouped PR.
    expect(config.separatePullRequests).toBe(false);
  });

  it('refuses two packages whose tags would carry the same component, naming both', () => {
    expect(problems({ packages: { a: { 'release-type': 'python', component: 'x' }, b: { 'release-type': 'python', 'package-name': 'x' } } })).toEqual([
      'CONFIG_DUPLICATE_COMPONENT release-please-config.json: packages."b" has the component "x", as "a" has: their tags (and releases) would be the same',
    ]);
    expect(problems({ packages: { '.': { 'release-type': 'python', 'package-name': 'w', 'include-component-in-tag': false }, b: { 'release-type': 'python', 'include-component-in-tag': false, component: 'b' } } })[0]).toMatch(/^CONFIG_DUPLICATE_COMPONENT .*packages\."b" has no component in its tags, as "\." has/);
  });

  it('refuses a package path release-please cannot use, in any position', () => {
    expect(problems({ packages: { a: { 'release-type': 'python', component: 'a' }, '../b': { 'release-type': 'python', component: 'b' } } })[0]).toMatch(/^CONFIG_BAD_VALUE .*packages\."\.\.\/b" has "\.", "\.\."/);
  });
});
