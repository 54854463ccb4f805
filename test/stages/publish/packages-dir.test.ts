/**
 * `packages-dir`: a build job's artifact (cibuildwheel-style platform wheels and an sdist)
 * published without building — checked as a whole, every file signed, uploaded and attached —
 * and every way such a directory can be wrong refused with one line, before any request.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../harness/built-demo.js';
import { CIBUILDWHEEL_TAGS, platformWheelSet } from '../../harness/platform-wheels.js';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { publishFixtures, uploadRequests, type PublishFixture } from './fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine', 'venv', 'pip']);
const openFixture = publishFixtures();
beforeAll(() => {
  // No silent pass: without the tools this file fails, naming them.
  if (missing.length > 0) throw new Error(missingToolsReason(missing));
});

const dist = (files: string[]) => {
  const dir = mkdtempSync(join(tmpdir(), 'packages-dir-'));
  for (const f of files) copyFileSync(f, join(dir, basename(f)));
  return dir;
};

describe('stage: publish with packages-dir', () => {
  it('publishes a cibuildwheel-style set (3 platform wheels + sdist) without building: all checked, signed, uploaded with attestations, attached', async () => {
    const demo = buildDemo();
    const set = platformWheelSet(demo.wheel, CIBUILDWHEEL_TAGS, [demo.sdist]);
    const f: PublishFixture = await openFixture({ sign: true });
    const run = await f.run({ packagesDir: { path: set.dir, label: 'dist' } });
    expect(run.error, run.error?.message).toBeUndefined();
    expect(run.log).not.toMatch(/build: exit/);
    const names = set.files.map((p) => basename(p)).sort();
    expect(names).toEqual([
      'demo_pkg-0.1.0-cp312-cp312-macosx_11_0_arm64.whl',
      'demo_pkg-0.1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      'demo_pkg-0.1.0-cp312-cp312-win_amd64.whl',
      'demo_pkg-0.1.0.tar.gz',
    ]);
    const stored = f.pypi.files('demo-pkg', '0.1.0');
    expect(stored.map((s) => s.filename).sort()).toEqual(names);
    expect(stored.every((s) => s.attestations !== undefined && s.provenance !== undefined), 'every file carries its verified attestation').toBe(true);
    expect(stored.find((s) => s.filename.includes('win_amd64'))?.pythonVersion).toBe('cp312');
    const outputs = JSON.parse(run.outcome!.outputs.files!) as { name: string; sha256: string }[];
    expect(outputs.map((o) => o.name)).toEqual(names);
    const assets = f.gh.state.releases[0]!.assets.map((a) => a.name).sort();
    expect(assets).toEqual(['SHA256SUMS', ...names.flatMap((n) => [n, `${n}.sigstore.json`])].sort());
    expect(uploadRequests(f)).toHaveLength(4);
  });

  it('print-hash and verbose, as pypa/gh-action-pypi-publish has them: digests before the upload, the index\'s answers after', async () => {
    const demo = buildDemo();
    const f = await openFixture();
    const run = await f.run({ packagesDir: { path: dist([demo.wheel, demo.sdist]), label: 'dist' }, printHash: true, verbose: true });
    expect(run.error, run.error?.message).toBeUndefined();
    // pypa's print-hash.py prints SHA256, MD5 and BLAKE2-256 (hashlib.blake2b(digest_size=32)): the same digests, computed here by Python itself.
    const wheel = readFileSync(demo.wheel);
    const py = execFileSync('python3', ['-c', 'import hashlib,sys; b=open(sys.argv[1],"rb").read(); print(hashlib.sha256(b).hexdigest(), hashlib.md5(b).hexdigest(), hashlib.blake2b(b, digest_size=32).hexdigest())', demo.wheel], { encoding: 'utf8' }).trim().split(' ');
    expect(wheel.length).toBeGreaterThan(0);
    expect(run.log).toContain(`demo_pkg-0.1.0-py3-none-any.whl: sha256 ${py[0]}, md5 ${py[1]}, blake2b-256 ${py[2]}`);
    expect(run.log).toMatch(/answered demo_pkg-0\.1\.0\.tar\.gz: HTTP 200 OK/);
  });

  it("sigstore-action's inputs naming the handed-over files: signed and published; a pattern naming another file stops before any request", async () => {
    const demo = buildDemo();
    const f = await openFixture({ sign: true });
    const dir = join(f.repo.dir, 'dist');
    mkdirSync(dir);
    for (const p of [demo.wheel, demo.sdist]) copyFileSync(p, join(dir, basename(p)));
    const ok = await f.run({ packagesDir: { path: dir, label: 'dist' }, signInputs: ['./dist/*.whl', './dist/*.tar.gz'] });
    expect(ok.error, ok.error?.message).toBeUndefined();
    expect(ok.log).toContain('inputs (sigstore-action): 2 file(s) named');
    expect(f.pypi.files('demo-pkg', '0.1.0').every((s) => s.attestations !== undefined)).toBe(true);
    writeFileSync(join(f.repo.dir, 'sbom.json'), '{}');
    const before = f.pypi.log.entries.length;
    const bad = await f.run({ packagesDir: { path: dir, label: 'dist' }, signInputs: ['./dist/*.whl', 'sbom.json'] });
    expect(bad.error?.code).toBe('PUBLISH_SIGN_INPUTS_MISMATCH');
    expect(bad.error?.message).toMatch(/input 'inputs' matches sbom\.json, which is not one of the distributions published/);
    const none = await f.run({ packagesDir: { path: dir, label: 'dist' }, signInputs: ['./wheelhouse/*.whl'] });
    expect(none.error?.message).toMatch(/input 'inputs' has "\.\/wheelhouse\/\*\.whl", which matches no file/);
    expect(f.pypi.log.entries.slice(before).filter((e) => e.method === 'POST')).toEqual([]);
  });

  const refusals: Array<[string, (dir: string) => void, string, RegExp]> = [
    ['a bare linux_x86_64 wheel', (dir) => platformWheelInto(dir, 'cp312-cp312-linux_x86_64'), 'PUBLISH_WHEEL_PLATFORM_REFUSED', /demo_pkg-0\.1\.0-cp312-cp312-linux_x86_64\.whl has the platform tag linux_x86_64, which PyPI refuses/],
    ['another version\'s file', (dir) => void copyFileSync(buildDemo('0.0.9').wheel, join(dir, 'demo_pkg-0.0.9-py3-none-any.whl')), 'PUBLISH_PACKAGES_FOREIGN', /holds demo_pkg-0\.0\.9-py3-none-any\.whl, a distribution of demo_pkg 0\.0\.9, not of demo-pkg 0\.1\.0/],
    ['another project\'s file', (dir) => writeFileSync(join(dir, 'other_pkg-0.1.0-py3-none-any.whl'), 'x'), 'PUBLISH_PACKAGES_FOREIGN', /holds other_pkg-0\.1\.0-py3-none-any\.whl, a distribution of other_pkg/],
    ['two sdists', (dir) => writeFileSync(join(dir, 'demo-pkg-0.1.0.tar.gz'), 'x'), 'PUBLISH_PACKAGES_TWO_SDISTS', /holds two sdists \(demo-pkg-0\.1\.0\.tar\.gz, demo_pkg-0\.1\.0\.tar\.gz\)/],
    ['a .sigstore.json', (dir) => writeFileSync(join(dir, 'demo_pkg-0.1.0-py3-none-any.whl.sigstore.json'), '{}'), 'PUBLISH_PACKAGES_NOT_DISTRIBUTION', /holds demo_pkg-0\.1\.0-py3-none-any\.whl\.sigstore\.json, a signature or attestation/],
    ['an egg', (dir) => writeFileSync(join(dir, 'demo_pkg-0.1.0-py3.11.egg'), 'x'), 'PUBLISH_PACKAGES_NOT_DISTRIBUTION', /holds demo_pkg-0\.1\.0-py3\.11\.egg, an egg/],
    ['a sub-directory of artifacts', (dir) => mkdirSync(join(dir, 'cibw-wheels-linux')), 'PUBLISH_PACKAGES_NOT_DISTRIBUTION', /holds cibw-wheels-linux, a directory/],
  ];
  for (const [what, spoil, code, line] of refusals) {
    it(`refuses ${what} with one line, before any request`, async () => {
      const demo = buildDemo();
      const dir = dist([demo.wheel, demo.sdist]);
      spoil(dir);
      const f = await openFixture();
      const run = await f.run({ packagesDir: { path: dir, label: 'dist' } });
      expect(run.error?.code).toBe(code);
      expect(run.error?.message).toMatch(line);
      expect(run.error?.details?.fix).toMatch(/nothing was uploaded/);
      expect(f.pypi.log.entries, 'not one request to the index').toHaveLength(0);
      expect(f.gh.state.releases[0]!.assets).toEqual([]);
    });
  }

  it('refuses an empty packages-dir (a .gitkeep is not a distribution)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'packages-dir-'));
    writeFileSync(join(dir, '.gitkeep'), '');
    const f = await openFixture();
    const run = await f.run({ packagesDir: { path: dir, label: 'dist' } });
    expect(run.error?.code).toBe('PUBLISH_PACKAGES_EMPTY');
    expect(run.error?.message).toBe('packages-dir dist holds no distribution (only .gitkeep)');
    expect(f.pypi.log.entries).toHaveLength(0);
  });
});

function platformWheelInto(dir: string, tag: string): void {
  const set = platformWheelSet(buildDemo().wheel, [tag]);
  copyFileSync(set.files[0]!, join(dir, basename(set.files[0]!)));
}
