/**
 * dev-build: X.Y.Z.devN of the next planned release to a TestPyPI stand-in (a second PyPI stand-in
 * at its own URL, with the same trusted publisher): the version lives only in a copy of the
 * project, nothing is tagged or released, pypi.org's stand-in hears nothing, and a re-run of the
 * same run number converges with no second upload.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { startPypiStandin, type PypiStandin } from '../../standins/pypi/pypi-standin.js';
import { publishFixtures } from './fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine']);
const openFixture = publishFixtures();
const extra: PypiStandin[] = [];
beforeAll(() => {
  if (missing.length > 0) throw new Error(missingToolsReason(missing));
});
afterEach(async () => {
  await Promise.allSettled(extra.splice(0).map((s) => s.close()));
});

describe('stage: publish with dev-build', () => {
  it('publishes 0.2.0.dev7 (after a feat:, run number 7) to TestPyPI from a copy; no tag, no release, the checkout clean; a re-run converges', async () => {
    const f = await openFixture();
    writeFileSync(join(f.repo.dir, 'src', 'demo_pkg', 'extra.py'), 'VALUE = 1\n');
    await f.repo.git(['add', '.']);
    await f.repo.git(['commit', '-q', '-m', 'feat: an extra module']);
    const testpypi = await startPypiStandin({ oidc: { issuer: f.oidc.issuer, jwksUrl: f.oidc.jwksUrl }, publishers: [{ repository: 'acme/widget', repositoryOwnerId: '4242', workflowFilename: 'release.yml', projects: ['demo-pkg'] }] });
    extra.push(testpypi);
    const settings = { repositoryUrl: testpypi.uploadUrl, devBuild: { number: 7, onPypi: false }, handoff: {} };
    const tagsBefore = await f.repo.git(['ls-remote', '--tags', 'origin']);

    const first = await f.run(settings);
    expect(first.error, first.error?.message).toBeUndefined();
    expect(first.log).toContain('dev build 0.2.0.dev7 (next planned release 0.2.0, run number 7); nothing is tagged or released, the checkout is untouched');
    expect(testpypi.files('demo-pkg', '0.2.0.dev7').map((s) => s.filename).sort()).toEqual(['demo_pkg-0.2.0.dev7-py3-none-any.whl', 'demo_pkg-0.2.0.dev7.tar.gz']);
    expect(f.pypi.log.entries, 'pypi.org never hears of a dev build').toEqual([]);
    expect(await f.repo.git(['status', '--porcelain'])).toBe('');
    expect(await f.repo.git(['ls-remote', '--tags', 'origin'])).toBe(tagsBefore);
    expect(f.gh.state.releases.map((r) => r.tag_name)).toEqual(['v0.1.0']);
    expect(f.gh.state.releases[0]!.assets).toEqual([]);
    expect(JSON.parse(first.outcome!.outputs.files!)).toHaveLength(2);

    const posts = () => testpypi.log.entries.filter((e) => e.method === 'POST' && e.path === '/legacy/').length;
    const sent = posts();
    const again = await f.run(settings);
    expect(again.error, again.error?.message).toBeUndefined();
    expect(posts(), 'the same run number rebuilds the same version: nothing is sent twice').toBe(sent);
    expect(again.outcome?.headline).toMatch(/0 uploaded, 2 already there/);
  });
});
