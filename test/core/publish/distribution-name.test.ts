import { describe, expect, it } from 'vitest';
import { matchesRelease, normalizeProjectName, parseDistributionName } from '../../../src/core/publish/distribution-name.js';
import { selectUploadSet } from '../../../src/core/publish/upload-set.js';

describe('distribution file names', () => {
  it('reads wheels with and without a build tag, and sdists old and new', () => {
    expect(parseDistributionName('demo_pkg-1.2.0-py3-none-any.whl')).toEqual({ filename: 'demo_pkg-1.2.0-py3-none-any.whl', kind: 'wheel', project: 'demo_pkg', version: '1.2.0', pythonTag: 'py3' });
    expect(parseDistributionName('numpy-2.0.0-1-cp312-cp312-manylinux_2_17_x86_64.whl')?.pythonTag).toBe('cp312');
    expect(parseDistributionName('demo_pkg-1.2.0.tar.gz')).toMatchObject({ kind: 'sdist', project: 'demo_pkg', version: '1.2.0' });
    expect(parseDistributionName('Demo-Pkg-1.2.0.tar.gz')).toMatchObject({ project: 'Demo-Pkg', version: '1.2.0' });
    expect(parseDistributionName('demo_pkg-1.2.0-py3-none-any.whl.sigstore.json')).toBeUndefined();
    expect(parseDistributionName('not-a-wheel.whl')).toBeUndefined();
  });

  it('matches projects by their PEP 503 name and versions canonically', () => {
    expect(normalizeProjectName('Demo_Pkg.Extra')).toBe('demo-pkg-extra');
    expect(matchesRelease(parseDistributionName('demo_pkg-1.2.0rc1-py3-none-any.whl')!, 'demo-pkg', '1.2.0-rc.1')).toBe(true);
    expect(matchesRelease(parseDistributionName('demo_pkg-1.2.0-py3-none-any.whl')!, 'demo-pkg', '1.2.1')).toBe(false);
    expect(matchesRelease(parseDistributionName('other-1.2.0.tar.gz')!, 'demo-pkg', '1.2.0')).toBe(false);
  });
});

describe('upload set', () => {
  const built = ['demo_pkg-1.2.0-py3-none-any.whl', 'demo_pkg-1.2.0.tar.gz'];

  it('is exactly the wheel and the sdist; signatures, SBOMs and stale versions are left out, with why', () => {
    const set = selectUploadSet([...built, 'demo_pkg-1.2.0-py3-none-any.whl.sigstore.json', 'demo_pkg-1.2.0.tar.gz.sigstore', 'sbom.cdx.json', 'demo_pkg-1.1.0-py3-none-any.whl'], 'demo-pkg', '1.2.0');
    expect(set.upload.map((u) => u.filename)).toEqual(built);
    expect(set.leftOut.map((l) => l.filename).sort()).toEqual(['demo_pkg-1.1.0-py3-none-any.whl', 'demo_pkg-1.2.0-py3-none-any.whl.sigstore.json', 'demo_pkg-1.2.0.tar.gz.sigstore', 'sbom.cdx.json']);
    expect(set.leftOut.find((l) => l.filename.startsWith('demo_pkg-1.1.0'))?.reason).toMatch(/not of demo-pkg 1.2.0/);
    expect(set.problems).toEqual([]);
  });

  it('needs a wheel and takes at most one sdist', () => {
    expect(selectUploadSet(['demo_pkg-1.2.0.tar.gz'], 'demo-pkg', '1.2.0').problems).toEqual(['no wheel of demo-pkg 1.2.0 was built']);
    expect(selectUploadSet([...built, 'demo-pkg-1.2.0.tar.gz'], 'demo-pkg', '1.2.0').problems[0]).toMatch(/more than one sdist/);
  });
});
