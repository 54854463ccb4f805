/** Names, versions and file names as PyPI reads them (versions checked against packaging; wheel-name errors are packaging ≥ 24's). */
import { describe, expect, it } from 'vitest';
import { isValidProjectName, normalizeName, parseSdistFilename, parseWheelFilename, pyRepr, pyReprList } from './names.js';
import { canonicalVersion, compareVersions, normalizeVersion, parseVersion } from './pep440.js';

const v = (text: string) => {
  const parsed = parseVersion(text);
  if (!parsed) throw new Error(`${text} did not parse`);
  return parsed;
};

describe('PEP 440 versions', () => {
  it('normalizes the permissive spellings as packaging does', () => {
    const cases: [string, string][] = [
      ['1.0', '1.0'],
      ['v1.0', '1.0'],
      ['1.0-RC1', '1.0rc1'],
      ['1.0alpha2', '1.0a2'],
      ['1.0.preview.3', '1.0rc3'],
      ['1.0-1', '1.0.post1'],
      ['1.0.rev', '1.0.post0'],
      ['1.0-dev', '1.0.dev0'],
      ['0!01.002', '1.2'],
      ['2!1.0', '2!1.0'],
      [' 1.0 ', '1.0'],
    ];
    for (const [input, normalized] of cases) expect(normalizeVersion(v(input)), input).toBe(normalized);
    for (const bad of ['dog', '1.0-alpha-beta', '1..0', '', '0.3.0-alpha3.23']) expect(parseVersion(bad), bad).toBeUndefined();
    expect(v('1.0+Ubuntu-1').local).toBe('ubuntu.1');
  });

  it('strips trailing zeros in the canonical form releases are matched by', () => {
    expect(canonicalVersion(v('1.0.0'))).toBe('1');
    expect(canonicalVersion(v('1.0.0rc1'))).toBe('1rc1');
    expect(canonicalVersion(v('1.10.0'))).toBe('1.10');
  });

  it('orders dev < pre < final < post, numerically', () => {
    const ordered = ['1.0.dev1', '1.0a1.dev1', '1.0a1', '1.0b2', '1.0rc1', '1.0', '1.0.post1.dev1', '1.0.post1', '1.0.1', '1.2', '1.10', '1!0.1'];
    const shuffled = [...ordered].reverse();
    expect(shuffled.sort((a, b) => compareVersions(v(a), v(b)))).toEqual(ordered);
    expect(compareVersions(v('1.0'), v('1.0.0'))).toBe(0);
  });
});

describe('project and file names', () => {
  it('normalizes per PEP 503 and validates per core metadata', () => {
    expect(normalizeName('Demo__Pkg.Extra')).toBe('demo-pkg-extra');
    expect(['demo-pkg', 'A', 'a.b_c-d'].every(isValidProjectName)).toBe(true);
    expect(['demo-', '-demo', 'dé', ''].some(isValidProjectName)).toBe(false);
  });

  it('quotes like Python repr()', () => {
    expect(pyRepr('abc')).toBe("'abc'");
    expect(pyRepr("it's")).toBe('"it\'s"');
    expect(pyRepr('a"b\'c')).toBe("'a\"b\\'c'");
    expect(pyRepr('a\nb')).toBe("'a\\nb'");
    expect(pyReprList(['x', 'y'])).toBe("['x', 'y']");
  });

  it('parses wheel file names, with packaging’s errors', () => {
    expect(parseWheelFilename('demo_pkg-0.1.0-py3-none-any.whl')).toMatchObject({ rawName: 'demo_pkg', name: 'demo-pkg', platforms: ['any'] });
    expect(parseWheelFilename('demo_pkg-0.1.0-1-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl')).toMatchObject({ platforms: ['manylinux_2_17_x86_64', 'manylinux2014_x86_64'] });
    expect(parseWheelFilename('demo_pkg-0.1.0-any.whl')).toEqual({ error: "Invalid wheel filename (wrong number of parts): 'demo_pkg-0.1.0-any'" });
    expect(parseWheelFilename('demo_pkg-dog-py3-none-any.whl')).toEqual({ error: "Invalid wheel filename (invalid version): 'demo_pkg-dog-py3-none-any'" });
    expect(parseWheelFilename('demo__pkg-1.0-py3-none-any.whl')).toEqual({ error: "Invalid project name: 'demo__pkg-1.0-py3-none-any'" });
  });

  it('parses sdist file names on the last dash', () => {
    const parsed = parseSdistFilename('demo-pkg-0.1.0.tar.gz');
    expect(parsed?.name).toBe('demo-pkg');
    expect(normalizeVersion(parsed!.version)).toBe('0.1.0');
    expect(parseSdistFilename('demo_pkg.tar.gz')).toBeUndefined();
    expect(parseSdistFilename('demo_pkg-x.tar.gz')).toBeUndefined();
    expect(parseSdistFilename('demo_pkg-1.0.tgz')).toBeUndefined();
  });
});
