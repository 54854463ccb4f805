/** versioning: pep440 — the two notations round-trip, and ordering agrees with Python's own `packaging`. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compareVersions, formatVersion, tryParseVersion } from '../../../src/core/version/version.js';

// The two notations are one Version read and written two ways: PEP 440 (notation set) and SemVer (unset).
const semverToPep440 = (text: string) => {
  const v = tryParseVersion(text, 'pep440');
  return v && formatVersion(v);
};
const pep440ToSemver = (text: string) => {
  const v = tryParseVersion(text, 'pep440');
  return v && formatVersion({ ...v, notation: undefined });
};

describe('PEP 440 ↔ SemVer notation', () => {
  it.each([
    ['1.2.0-rc.1', '1.2.0rc1'],
    ['1.2.0-a.2', '1.2.0a2'],
    ['1.2.0-b.1', '1.2.0b1'],
    ['1.2.0-dev.3', '1.2.0.dev3'],
    ['1.2.0-rc.1.dev.2', '1.2.0rc1.dev2'],
    ['1.2.0', '1.2.0'],
    ['10.20.30-rc.12+build.7', '10.20.30rc12+build.7'],
  ])('%s ↔ %s', (semver, pep440) => {
    expect(semverToPep440(semver)).toBe(pep440);
    expect(pep440ToSemver(pep440)).toBe(semver);
    expect(semverToPep440(pep440ToSemver(pep440)!)).toBe(pep440);
  });

  it.each([
    ['1.2.0-alpha.2', '1.2.0a2'],
    ['1.2.0-beta.1', '1.2.0b1'],
    ['1.2.0-RC.1', '1.2.0rc1'],
    ['v1.2.0.rc1', '1.2.0rc1'],
    ['1.2.0c1', '1.2.0rc1'],
    ['1.2.0-preview.4', '1.2.0rc4'],
    ['1.2.0rc', '1.2.0rc0'],
    ['1.2.0.dev', '1.2.0.dev0'],
  ])('reads the other spellings PEP 440 allows: %s → %s', (text, canonical) => {
    expect(semverToPep440(text)).toBe(canonical);
  });

  it.each(['1.2.0-beta.1.x', '1.2.0-foo.1', '1.2', '1!1.2.0', '1.2.0.post1', 'one'])('refuses what a release PR cannot write in PEP 440: %s', (text) => {
    expect(tryParseVersion(text, 'pep440')).toBeUndefined();
  });

  it('keeps release-please\'s reading without versioning: pep440 ("1.2.0rc1" is 1.2.0)', () => {
    expect(formatVersion(tryParseVersion('1.2.0rc1')!)).toBe('1.2.0');
    expect(formatVersion(tryParseVersion('1.2.0rc1', 'pep440')!)).toBe('1.2.0rc1');
  });

  it('round-trips 2,000 generated versions through both notations', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 2000; i++) {
      const phase = ['', 'a', 'b', 'rc', 'dev'][rand(5)]!;
      const pre = phase === '' ? '' : `-${phase}.${rand(30)}${phase !== 'dev' && rand(4) === 0 ? `.dev.${rand(9)}` : ''}`;
      const semver = `${rand(20)}.${rand(40)}.${rand(99)}${pre}`;
      const pep440 = semverToPep440(semver)!;
      expect(pep440).not.toContain('-');
      expect(pep440ToSemver(pep440)).toBe(semver);
    }
  });
});

describe('ordering: SemVer precedence with PEP 440 phases', () => {
  const versions = ['1.2.0.dev1', '1.2.0a1', '1.2.0a2', '1.2.0a10', '1.2.0b1', '1.2.0rc1.dev2', '1.2.0rc1', '1.2.0rc2', '1.2.0', '1.2.1.dev1', '1.2.1', '1.3.0a1', '2.0.0rc1', '2.0.0'];

  it('sorts pre-releases as pip does (checked against Python\'s packaging)', () => {
    const shuffled = [...versions].reverse();
    const ours = shuffled.sort((a, b) => compareVersions(tryParseVersion(a, 'pep440')!, tryParseVersion(b, 'pep440')!));
    const script = 'import json,sys; from packaging.version import Version; print(json.dumps(sorted(json.loads(sys.argv[1]), key=Version)))';
    // Windows runners (setup-python) name it python; everywhere else python3 is the one with packaging.
    const python = process.platform === 'win32' ? 'python' : 'python3';
    const pip = JSON.parse(execFileSync(python, ['-c', script, JSON.stringify(versions)], { encoding: 'utf8' })) as string[];
    expect(ours).toEqual(pip);
    expect(ours).toEqual(versions);
  });

  it('orders SemVer pre-releases by SemVer\'s identifier rules', () => {
    const list = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
    const sorted = [...list].reverse().sort((a, b) => compareVersions(tryParseVersion(a)!, tryParseVersion(b)!));
    expect(sorted).toEqual(list);
  });
});
