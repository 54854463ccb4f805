/**
 * `stage: validate` on its own (issue #19), as a scheduled "is my latest release still
 * installable?" job: the release comes from the `version` input or the manifest at HEAD, its
 * files from the index's own JSON API, checked against the simple index and installed fresh.
 * Asked to run with nothing to check, it fails; in `stage: all` it still skips when nothing was
 * published. Its venvs are made without ensurepip (test/harness/fast-venv): where the release comes
 * from is the subject here; validate-stage.test.ts keeps Python's own `python -m venv`.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateStage } from '../../../src/stages/validate.js';
import { fastVenvDir } from '../../harness/fast-venv.js';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { publishFixtures } from '../publish/fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine', 'venv', 'pip']);
const openFixture = publishFixtures();
beforeAll(() => {
  if (missing.length > 0) throw new Error(missingToolsReason(missing));
  process.env.PATH = `${fastVenvDir}:/usr/bin:/bin`;
});

describe('stage: validate on its own', () => {
  it('given version: the index\'s own file list, both read APIs agreeing, installed and imported', async () => {
    const f = await openFixture();
    expect((await f.run()).error).toBeUndefined();
    const run = await f.run({ stage: 'validate', handoff: { release: { version: '0.1.0' } } }, validateStage, {});
    expect(run.error, `${run.error?.message}\n${run.log}`).toBeUndefined();
    expect(run.outcome!.outputs.validated).toBe('true');
    expect(run.log).toMatch(/validating demo-pkg 0\.1\.0 from the version input: the files are the index's own list/);
    expect(run.outcome!.summary).toMatch(/Imported: `demo_pkg`; installed version 0\.1\.0/);
    expect(f.pypi.log.entries.some((e) => e.path.endsWith('/demo_pkg-0.1.0-py3-none-any.whl'))).toBe(true);
  });

  it('without version: the manifest at HEAD names the release', async () => {
    const f = await openFixture();
    expect((await f.run()).error).toBeUndefined();
    const run = await f.run({ stage: 'validate', handoff: {} }, validateStage, {});
    expect(run.error, run.error?.message).toBeUndefined();
    expect(run.log).toMatch(/validating demo-pkg 0\.1\.0 from the manifest \(\.release-please-manifest\.json\)/);
  });

  it('the simple index disagrees with the JSON API: published wrong, at once', async () => {
    const f = await openFixture();
    expect((await f.run()).error).toBeUndefined();
    const wrong = { meta: { 'api-version': '1.1' }, name: 'demo-pkg', files: f.pypi.files('demo-pkg', '0.1.0').map((s) => ({ filename: s.filename, url: `${f.pypi.url}/files/${s.filename}`, hashes: { sha256: 'e'.repeat(64) } })) };
    f.pypi.faults.add({ method: 'GET', path: '/simple/demo-pkg/', status: 200, headers: { 'content-type': 'application/vnd.pypi.simple.v1+json' }, body: wrong });
    const run = await f.run({ stage: 'validate', handoff: { release: { version: '0.1.0' } } }, validateStage, {});
    expect(run.error?.code).toBe('VALIDATE_PUBLISHED_WRONG');
    expect(run.error?.message).toMatch(/simple index shows other content than was uploaded: demo_pkg-0\.1\.0-py3-none-any\.whl: the index has sha256 e{64}/);
  });

  it('a version the index does not have: fails, naming it', async () => {
    const f = await openFixture();
    const run = await f.run({ stage: 'validate', handoff: { release: { version: '0.1.0' } } }, validateStage, {});
    expect(run.error?.code).toBe('VALIDATE_NOT_ON_INDEX');
    expect(run.error?.message).toMatch(/has no files of demo-pkg 0\.1\.0$/);
  });

  it('nothing to check (no files, no version, no manifest): fails instead of passing', async () => {
    const f = await openFixture();
    rmSync(join(f.repo.dir, '.release-please-manifest.json'));
    const run = await f.run({ stage: 'validate', handoff: {} }, validateStage, {});
    expect(run.error?.code).toBe('VALIDATE_NOTHING_TO_CHECK');
  });

  it('asked for alone it runs; in stage: all (or after publish in a list) it still skips when nothing was published', async () => {
    const f = await openFixture();
    const ctx = (stage: 'all' | 'validate' | readonly ('publish' | 'validate')[]) => ({ settings: { stage, handoff: {} }, results: {} }) as unknown as Parameters<typeof validateStage.shouldRun>[0];
    expect(validateStage.shouldRun(ctx('validate'))).toEqual({ run: true });
    expect(validateStage.shouldRun(ctx('all'))).toEqual({ run: false, reason: 'nothing was published in this run' });
    expect(validateStage.shouldRun(ctx(['publish', 'validate']))).toEqual({ run: false, reason: 'nothing was published in this run' });
    expect(f).toBeDefined();
  });
});
