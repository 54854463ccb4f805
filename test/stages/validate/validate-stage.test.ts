/**
 * stage: validate after a real publish to the PyPI stand-in: the index's two read APIs polled
 * against the uploaded digests, then a real venv + pip install from the simple index and an import.
 */
import { describe, expect, it } from 'vitest';
import { validateStage } from '../../../src/stages/validate.js';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { publishFixtures, type PublishFixture } from '../publish/fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine', 'venv', 'pip']);
const why = missing.length ? ` (skipped: ${missingToolsReason(missing)})` : '';
const openFixture = publishFixtures();
let fixture: PublishFixture | undefined;

async function published(o: Parameters<typeof openFixture>[0] = {}) {
  fixture = await openFixture(o);
  const run = await fixture.run();
  expect(run.error, run.error?.message).toBeUndefined();
  return { f: fixture, results: run.results };
}

describe.skipIf(missing.length > 0)(`stage: validate${why}`, () => {
  it('finds every file with its digest in the JSON API and the simple index, installs it fresh and imports it', async () => {
    const { f, results } = await published();
    const run = await f.run({}, validateStage, results);
    expect(run.error, `${run.error?.message}\n${run.log}`).toBeUndefined();
    expect(run.outcome!.outputs).toMatchObject({ validated: 'true' });
    expect(Number(run.outcome!.outputs.visible_after)).toBeGreaterThanOrEqual(0);
    expect(Number(run.outcome!.outputs.installable_after)).toBeGreaterThanOrEqual(Number(run.outcome!.outputs.visible_after));
    expect(run.outcome!.summary).toMatch(/Imported: `demo_pkg`; installed version 0\.1\.0/);
    const reads = f.pypi.log.entries.filter((e) => e.method === 'GET');
    expect(reads.some((e) => e.path === '/pypi/demo-pkg/0.1.0/json')).toBe(true);
    expect(reads.some((e) => e.path === '/simple/demo-pkg/')).toBe(true);
    // pip really fetched the wheel from the stand-in.
    expect(reads.some((e) => e.path.endsWith('/demo_pkg-0.1.0-py3-none-any.whl'))).toBe(true);
  });

  it('a PEP 440 pre-release (versioning: pep440): files named 0.2.0rc1, found under that version, pip installs it pinned', async () => {
    const { f, results } = await published({ version: '0.2.0rc1' });
    expect(f.pypi.files('demo-pkg', '0.2.0rc1').map((s) => s.filename).sort()).toEqual(['demo_pkg-0.2.0rc1-py3-none-any.whl', 'demo_pkg-0.2.0rc1.tar.gz']);
    expect(f.gh.state.releases[0]!.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', 'demo_pkg-0.2.0rc1-py3-none-any.whl', 'demo_pkg-0.2.0rc1.tar.gz']);
    const run = await f.run({}, validateStage, results);
    expect(run.error, `${run.error?.message}\n${run.log}`).toBeUndefined();
    expect(run.outcome!.summary).toMatch(/installed version 0\.2\.0rc1/);
    expect(f.pypi.log.entries.some((e) => e.method === 'GET' && e.path === '/pypi/demo-pkg/0.2.0rc1/json')).toBe(true);
  });

  it('waits out a propagation delay, then succeeds; the time until visible reflects it', async () => {
    const { f, results } = await published({ pypi: { visibilityDelayMs: 1_500 }, maxSleepMs: 4_000 });
    const run = await f.run({}, validateStage, results);
    expect(run.error, run.error?.message).toBeUndefined();
    expect(run.log).toMatch(/JSON API: not showing demo_pkg-0.1.0-py3-none-any.whl, demo_pkg-0.1.0.tar.gz yet; next look in 2 s/);
    expect(Number(run.outcome!.outputs.visible_after)).toBeGreaterThanOrEqual(1.5);
  });

  it('"not visible yet" becomes a clear timeout, naming what is missing and what a re-run does', async () => {
    const { f } = await published({ pypi: { visibilityDelayMs: 60_000 }, maxSleepMs: 1_000 });
    const run = await f.run({ validateTimeoutSeconds: 1 }, validateStage, { publish: { published: true, files: [{ name: 'demo_pkg-0.1.0.tar.gz', sha256: f.pypi.files('demo-pkg')[0]!.sha256 }], signed: false, attestations: [] } });
    expect(run.error?.code).toBe('VALIDATE_NOT_VISIBLE');
    expect(run.error?.message).toMatch(/JSON API does not show demo_pkg-0.1.0.tar.gz yet, 1 s after the upload/);
    expect(run.error?.details?.fix).toMatch(/re-run the validate job later/);
  });

  it('"published wrong" fails at once: a digest that differs is not waited for', async () => {
    const { f, results } = await published();
    const files = results.publish!.files.map((x, i) => (i === 0 ? { ...x, sha256: '0'.repeat(64) } : x));
    const t = Date.now();
    const run = await f.run({ validateTimeoutSeconds: 600 }, validateStage, { publish: { ...results.publish!, files } });
    expect(run.error?.code).toBe('VALIDATE_PUBLISHED_WRONG');
    expect(run.error?.message).toMatch(/shows other content than was uploaded: demo_pkg-0.1.0-py3-none-any.whl: the index has sha256 [0-9a-f]{64}, the upload was 0{64}/);
    expect(Date.now() - t).toBeLessThan(5_000);
  });

  it('an import that fails, and a smoke test that fails, each stop validation with what failed', async () => {
    const { f, results } = await published();
    const bad = await f.run({ importNames: ['demo_pkg.no_such_module'] }, validateStage, results);
    expect(bad.error?.code).toBe('VALIDATE_IMPORT_FAILED');
    expect(bad.error?.message).toMatch(/demo-pkg==0.1.0 installs, but import demo_pkg.no_such_module fails: ModuleNotFoundError/);
    const smoke = await f.run({ smokeTest: ['demo-pkg', 'no-such-command'] }, validateStage, results);
    expect(smoke.error?.code).toBe('VALIDATE_SMOKE_FAILED');
    const good = await f.run({ smokeTest: ['demo-pkg', 'slugify', 'Hello'] }, validateStage, results);
    expect(good.error, good.error?.message).toBeUndefined();
    expect(good.outcome!.summary).toMatch(/Smoke test `demo-pkg slugify Hello` passed/);
  });

  it('tells the release PR and every referenced issue once: a re-run posts nothing new', async () => {
    fixture = await openFixture();
    const f = fixture;
    const bug = f.gh.state.addIssue('Slugs drop punctuation');
    f.gh.state.releases[0]!.body = `### Bug Fixes\n\n* keep trailing punctuation ([#${bug.number}](https://github.com/acme/widget/issues/${bug.number})) ([abc1234](https://github.com/acme/widget/commit/abc1234))\n* unrelated ([#999](https://github.com/other/repo/issues/999))\n`;
    const run = await f.run();
    expect(run.error).toBeUndefined();
    const v1 = await f.run({}, validateStage, run.results);
    expect(v1.error, v1.error?.message).toBeUndefined();
    const comments = f.gh.state.comments.filter((c) => c.issue === bug.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^<!-- pyrelease:released v0\.1\.0 -->\n🚀 Released in \[v0\.1\.0\]\(https:\/\/github\.com\/acme\/widget\/releases\/tag\/v0\.1\.0\) and published to /);
    expect(comments[0]!.body).toContain('pip install demo-pkg==0.1.0');
    expect(v1.outcome!.summary).toMatch(new RegExp(`Told #${bug.number} that it shipped`));
    // #999 belongs to another repository: not commented on.
    expect(f.gh.state.comments.some((c) => c.issue === 999)).toBe(false);
    const v2 = await f.run({}, validateStage, run.results);
    expect(v2.error).toBeUndefined();
    expect(f.gh.state.comments.filter((c) => c.issue === bug.number)).toHaveLength(1);
    expect(v2.outcome!.summary).toMatch(new RegExp(`Already told: #${bug.number}`));
  });
});
