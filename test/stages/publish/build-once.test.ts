/**
 * Build once: the first attempt's files are attached to the GitHub release before the first
 * upload, and a re-run publishes those exact files (verified by sha256) instead of rebuilding —
 * even when a rebuild would give other bytes. Also: a draft release (found through the releases
 * list, as GitHub hides drafts from the by-tag lookup) takes the assets.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { publishFixtures, uploadRequests } from './fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine', 'venv', 'pip']);
const openFixture = publishFixtures();
beforeAll(() => {
  if (missing.length > 0) throw new Error(missingToolsReason(missing));
});

const WHEEL = 'demo_pkg-0.1.0-py3-none-any.whl';
const SDIST = 'demo_pkg-0.1.0.tar.gz';

describe('stage: publish builds once', () => {
  it('wheel uploaded, sdist failed, the build changed: the re-run completes with the first build\'s files', async () => {
    const f = await openFixture({ sign: true });
    // The wheel goes through; the sdist meets 503 on every attempt.
    f.pypi.faults.add({ method: 'POST', path: '/legacy/', times: 1 });
    f.pypi.faults.add({ method: 'POST', path: '/legacy/', status: 503, times: 3 });
    const first = await f.run();
    expect(first.error?.message).toMatch(/503/);
    expect(f.pypi.files('demo-pkg', '0.1.0').map((s) => s.filename)).toEqual([WHEEL]);
    const release = f.gh.state.releases[0]!;
    // Kept before the first upload: both files, their bundles, SHA256SUMS.
    expect(release.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', WHEEL, `${WHEEL}.sigstore.json`, SDIST, `${SDIST}.sigstore.json`]);
    const firstSdist = release.assets.find((a) => a.name === SDIST)!.digest.replace('sha256:', '');
    const firstWheel = release.assets.find((a) => a.name === WHEEL)!.digest.replace('sha256:', '');

    // A rebuild now would give other bytes (another long description: a backend upgrade does the same).
    const readme = join(f.repo.dir, 'README.md');
    writeFileSync(readme, `${readFileSync(readme, 'utf8')}\nChanged after the first attempt.\n`);
    f.pypi.faults.clear();
    const again = await f.run();
    expect(again.error, again.error?.message).toBeUndefined();
    expect(again.log).toMatch(/2 distribution\(s\) of the first attempt, kept on the GitHub release and verified by sha256: nothing is rebuilt/);
    expect(again.log).not.toMatch(/build: exit/);
    const stored = f.pypi.files('demo-pkg', '0.1.0');
    expect(stored.map((s) => s.filename).sort()).toEqual([WHEEL, SDIST]);
    expect(stored.find((s) => s.filename === SDIST)!.sha256).toBe(firstSdist);
    expect(stored.find((s) => s.filename === WHEEL)!.sha256).toBe(firstWheel);
    expect(stored.every((s) => s.attestations !== undefined)).toBe(true);
    expect(JSON.parse(again.outcome!.outputs.files!)).toEqual([{ name: WHEEL, sha256: firstWheel }, { name: SDIST, sha256: firstSdist }]);
    // One of each asset, the first attempt's.
    expect(release.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', WHEEL, `${WHEEL}.sigstore.json`, SDIST, `${SDIST}.sigstore.json`]);
    expect(release.assets.find((a) => a.name === SDIST)!.digest).toBe(`sha256:${firstSdist}`);
  });

  it('a kept file whose bytes no longer match SHA256SUMS: refused, nothing uploaded', async () => {
    const f = await openFixture();
    f.pypi.faults.add({ method: 'POST', path: '/legacy/', status: 503, times: 3 });
    expect((await f.run()).error?.message).toMatch(/503/);
    const asset = f.gh.state.releases[0]!.assets.find((a) => a.name === SDIST)!;
    asset.bytes = Buffer.concat([asset.bytes, Buffer.from('tampered')]);
    asset.digest = 'sha256:' + 'f'.repeat(64);
    f.pypi.faults.clear();
    const before = uploadRequests(f).length;
    const run = await f.run();
    expect(run.error?.code).toBe('PUBLISH_KEPT_FILE_MISMATCH');
    expect(run.error?.message).toMatch(/demo_pkg-0\.1\.0\.tar\.gz on the GitHub release v0\.1\.0 has sha256 f{64}, but SHA256SUMS says [0-9a-f]{64}/);
    expect(uploadRequests(f)).toHaveLength(before);
  });

  it('a draft release: found through the releases list and given the assets', async () => {
    const f = await openFixture();
    f.gh.state.releases[0]!.draft = true;
    const run = await f.run();
    expect(run.error, run.error?.message).toBeUndefined();
    expect(f.gh.state.releases).toHaveLength(1);
    expect(f.gh.state.releases[0]!.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', WHEEL, SDIST]);
    expect(run.outcome!.summary).toMatch(/releases\/tag\/untagged-/);
  });
});
