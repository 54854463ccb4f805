import { describe, expect, it } from 'vitest';
import { normalizePep440, sameRelease } from '../../../src/core/publish/pep440.js';

describe('PEP 440 normalisation', () => {
  it.each([
    ['1.0.0', '1.0.0'],
    ['v1.0.0', '1.0.0'],
    ['1.0.0-RC1', '1.0.0rc1'],
    ['1.0.0-rc.1', '1.0.0rc1'],
    ['1.0.0.alpha2', '1.0.0a2'],
    ['1.0.0-beta', '1.0.0b0'],
    ['1.0.0c3', '1.0.0rc3'],
    ['1.0-1', '1.0.post1'],
    ['1.0.0.post', '1.0.0.post0'],
    ['1.0.0-dev3', '1.0.0.dev3'],
    ['0!1.01.0', '1.1.0'],
    ['2!1.0', '2!1.0'],
    ['1.0+Ubuntu-1', '1.0+ubuntu.1'],
  ])('%s → %s', (input, canonical) => {
    expect(normalizePep440(input)).toBe(canonical);
  });

  it('refuses what is not PEP 440', () => {
    for (const bad of ['', 'latest', '1.0.0-SNAPSHOT', '1..0', 'one']) expect(normalizePep440(bad)).toBeUndefined();
  });

  it('treats spellings of one release as the same, and different releases as different', () => {
    expect(sameRelease('1.2.0-rc.1', '1.2.0rc1')).toBe(true);
    expect(sameRelease('1.2.0', '1.2.0rc1')).toBe(false);
    expect(sameRelease('nonsense', 'nonsense')).toBe(false);
  });
});
