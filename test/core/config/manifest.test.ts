/** The manifest alone, and what it means together with the config. */
import { describe, expect, it } from 'vitest';
import { crossCheckManifest, parseManifest, parseReleaseConfig } from '../../../src/core/config/parse.js';

const files = { config: 'c.json', manifest: 'm.json' };
const config = (extra: Record<string, unknown> = {}) => parseReleaseConfig(JSON.stringify({ packages: { '.': { 'release-type': 'python' } }, ...extra }), 'c.json').config;

describe('parseManifest', () => {
  it('keeps each version as written, for the planner to read as release-please does', () => {
    expect(parseManifest('{".": "1.2.0rc1", "other": "v2.0.0", "x": "1.0.0-beta.1+b5"}', 'm.json')).toEqual({ '.': '1.2.0rc1', other: 'v2.0.0', x: '1.0.0-beta.1+b5' });
  });
  it('accepts an empty manifest (every package is then a first release)', () => {
    expect(parseManifest('{}', 'm.json')).toEqual({});
  });
});

describe('crossCheckManifest', () => {
  it('says nothing when the root package has a plain version', () => {
    expect(crossCheckManifest(config(), { '.': '1.2.3' }, files)).toEqual([]);
    expect(crossCheckManifest(config(), { '.': '0.0.0' }, files)).toEqual([]);
  });

  it('explains that a package without a version is a first release, as release-please treats it', () => {
    expect(crossCheckManifest(config(), {}, files)).toEqual([
      'm.json: no version for ".", so release-please treats the package as never released: the next release is a first release (0.1.0) of every commit — if it was released before, write {".": "<last released version>"}',
    ]);
    expect(crossCheckManifest(config({ 'bootstrap-sha': 'd64b7f22e1d320e775a7a4561b04e4bd26b0470f' }), {}, files)[0]).toContain('of every commit since bootstrap-sha');
  });

  it('warns when release-please would lose part of the version', () => {
    expect(crossCheckManifest(config(), { '.': '1.2.0rc1' }, files)).toEqual([
      'm.json: "." is "1.2.0rc1", which release-please reads as 1.2.0; the next version is computed from 1.2.0 — write it in that form (PEP 440 suffixes such as rc1 are understood only with "versioning": "pep440")',
    ]);
  });

  it('names entries no package uses', () => {
    expect(crossCheckManifest(config(), { '.': '1.0.0', docs: '0.1.0' }, files)).toEqual(['m.json: "docs" is not a package in c.json; ignored']);
  });
});
