/**
 * build-command: the project's own build (here `make dist`, through real make and python -m build)
 * runs in place of pyrelease's, with no shell of pyrelease's; what it writes gets the packages-dir
 * checks, then is signed, uploaded and attached as any build. A command that writes nothing, or
 * fails, or would publish a stale file, stops the run with one line before any upload.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { publishFixtures, uploadRequests } from './fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine']);
const openFixture = publishFixtures();
beforeAll(() => {
  if (missing.length > 0) throw new Error(missingToolsReason(missing));
});

const MAKEFILE = '.PHONY: dist nothing\ndist:\n\tpython3 -m build --no-isolation --skip-dependency-check --outdir dist\n\nnothing:\n\t@echo built nothing\n';

describe('stage: publish with build-command', () => {
  it('runs `make dist` instead of its own build and publishes what it wrote into dist/', async () => {
    const f = await openFixture();
    writeFileSync(join(f.repo.dir, 'Makefile'), MAKEFILE);
    const run = await f.run({ buildCommand: { argv: ['make', 'dist'], outDir: undefined } });
    expect(run.error, run.error?.message).toBeUndefined();
    expect(run.log).toContain('build-command `make dist` wrote 2 file(s) into dist');
    expect(run.log).not.toMatch(/\bbuild: exit/);
    expect(f.pypi.files('demo-pkg', '0.1.0').map((s) => s.filename).sort()).toEqual(['demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0.tar.gz']);
    expect(f.gh.state.releases[0]!.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', 'demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0.tar.gz']);
    // For actions/attest-build-provenance after the step: a directory of exactly the published files, under the runner's temp dir, still there.
    const dir = run.outcome!.outputs.distributions_dir!;
    expect(basename(dir)).toMatch(/^pyrelease-distributions-/);
    expect(dir.startsWith(f.repo.dir), 'not in the checkout').toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0.tar.gz']);
    const paths = run.outcome!.outputs.distributions!.split('\n');
    expect(paths.map((p) => basename(p)).sort()).toEqual(['demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0.tar.gz']);
    const stored = f.pypi.files('demo-pkg', '0.1.0');
    for (const p of paths) expect(createHash('sha256').update(readFileSync(p)).digest('hex')).toBe(stored.find((s) => s.filename === basename(p))?.sha256);
  });

  const refusals: Array<[string, string[], (dir: string) => void, string, RegExp]> = [
    ['a command that produces nothing', ['make', 'nothing'], () => undefined, 'PUBLISH_BUILD_COMMAND_EMPTY', /build-command `make nothing` succeeded but wrote nothing into dist/],
    ['a command that fails', ['make', 'no-such-target'], () => undefined, 'PUBLISH_BUILD_COMMAND_FAILED', /build-command `make no-such-target` exited 2/],
    ['an output directory holding a stale file', ['make', 'dist'], (dir) => { mkdirSync(join(dir, 'dist')); writeFileSync(join(dir, 'dist', 'demo_pkg-0.0.9-py3-none-any.whl'), 'old'); }, 'INPUT_CONFLICT', /build-command writes into dist, which already holds demo_pkg-0\.0\.9-py3-none-any\.whl before it runs/],
  ];
  for (const [what, argv, spoil, code, line] of refusals) {
    it(`refuses ${what} with one line, nothing uploaded`, async () => {
      const f = await openFixture();
      writeFileSync(join(f.repo.dir, 'Makefile'), MAKEFILE);
      spoil(f.repo.dir);
      const run = await f.run({ buildCommand: { argv, outDir: undefined } });
      expect(run.error?.code).toBe(code);
      expect(run.error?.message).toMatch(line);
      expect(uploadRequests(f)).toEqual([]);
      expect(f.gh.state.releases[0]!.assets).toEqual([]);
    });
  }
});
