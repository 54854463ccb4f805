/**
 * upload: false (attach to the GitHub release, send nothing to an index) and smoke-test before
 * the upload (the built wheel installed from the built files alone into a fresh venv by real
 * python/pip, imported, the command run): a failing smoke test leaves the index and the release
 * untouched.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { publishFixtures, uploadRequests } from './fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine', 'venv', 'pip']);
const openFixture = publishFixtures();
beforeAll(() => {
  if (missing.length > 0) throw new Error(missingToolsReason(missing));
});

describe('upload: false', () => {
  it('attaches the files and SHA256SUMS to the GitHub release and sends nothing to the index', async () => {
    const f = await openFixture();
    const run = await f.run({ upload: false });
    expect(run.error, run.error?.message).toBeUndefined();
    expect(f.pypi.log.entries, 'not one request to the index: no audience, no JSON API, no upload').toEqual([]);
    expect(f.gh.state.releases[0]!.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', 'demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0.tar.gz']);
    expect(run.outcome?.outputs.published).toBe('false');
    expect(run.outcome?.headline).toBe('demo-pkg 0.1.0: 2 file(s) attached to the GitHub release, nothing uploaded (upload: false)');
    expect(run.outcome?.summary).toContain('upload: false — attached to the GitHub release only');
  });

  it('fails with one line when there is no GitHub release to attach to, before building', async () => {
    const f = await openFixture({ release: false });
    const run = await f.run({ upload: false });
    expect(run.error?.code).toBe('PUBLISH_NOTHING_TO_ATTACH');
    expect(run.error?.message).toBe('upload: false attaches the files to the GitHub release, but there is no release for v0.1.0 (or no token to reach it)');
    expect(run.log).not.toMatch(/build: exit/);
  });
});

describe('smoke-test before the upload', () => {
  it('installs the built wheel in a fresh venv, imports it and runs the command, then uploads', async () => {
    const f = await openFixture();
    const run = await f.run({ smokeTestBeforeUpload: true, smokeTest: ['python', '-c', 'import demo_pkg'] });
    expect(run.error, run.error?.message).toBeUndefined();
    expect(run.log).toContain('smoke test: demo-pkg==0.1.0 installed from the built files, imported demo_pkg, `python -c import demo_pkg` passed — before any upload');
    // The smoke test comes before the first upload in the log, and both files went up.
    expect(run.log.indexOf('smoke test:')).toBeLessThan(run.log.indexOf('uploaded demo_pkg'));
    expect(f.pypi.files('demo-pkg', '0.1.0')).toHaveLength(2);
  });

  const failures: Array<[string, Parameters<Awaited<ReturnType<typeof openFixture>>['run']>[0], RegExp]> = [
    ['a command that fails', { smokeTestBeforeUpload: true, smokeTest: ['python', '-c', 'raise SystemExit(3)'] }, /the smoke test `python -c raise SystemExit\(3\)` exited 3 with the built wheel installed/],
    ['a module that does not import', { smokeTestBeforeUpload: true, smokeTest: [], importNames: ['demo_pkg.nowhere'] }, /the built wheel installs, but import demo_pkg\.nowhere fails: ModuleNotFoundError/],
  ];
  for (const [what, overrides, line] of failures) {
    it(`stops on ${what}: nothing uploaded, nothing attached`, async () => {
      const f = await openFixture();
      const run = await f.run(overrides);
      expect(run.error?.code).toBe('PUBLISH_SMOKE_TEST_FAILED');
      expect(run.error?.message).toMatch(line);
      expect(uploadRequests(f)).toEqual([]);
      expect(f.gh.state.releases[0]!.assets).toEqual([]);
    });
  }
});
