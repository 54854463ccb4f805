/**
 * stage: release in release-please-action's manifest-less mode (`release-type`, no config file
 * or manifest in the repository), through real git and the GitHub stand-in: the release PR is
 * the one Manifest.fromConfig (release-please 17.11.2, ../../harness/oracle-from-config.mjs)
 * plans on the same repository; after its merge the release is tagged, and the next plan
 * starts from that tag — found from the tags alone, as fromConfig finds it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ManifestLessInputs } from '../../../src/core/config/manifest-less.js';
import { runOracleFromConfig, skipWithoutOracle } from '../../harness/oracle.js';
import { releaseFixture, type ReleaseFixture } from './fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const manifestLess: ManifestLessInputs = { releaseType: 'python', path: '.', includeComponentInTag: false };
const files = {
  'pyproject.toml': '[project]\nname = "widget"\nversion = "1.0.0"\n',
  'src/widget/__init__.py': '__version__ = "1.0.0"\n',
};

describe.skipIf(skipWithoutOracle())('stage: release with release-type and no config file', () => {
  it('opens the release PR fromConfig plans, tags it after the merge, then plans the next one from that tag', async () => {
    fx = await releaseFixture({ files });
    fx.commit('feat: parse dates', { 'src/widget/dates.py': 'x = 1\n' });
    fx.push();
    const [theirs] = await runOracleFromConfig([{ repo: fx.work, config: { releaseType: 'python', includeComponentInTag: false } }], '2026-02-03');
    const out = await fx.run({ manifestLess });
    const pr = fx.gh.state.pulls[0]!;
    expect({ title: pr.title, head: pr.head, body: pr.body }).toEqual({ title: theirs!.title, head: theirs!.pullRequests![0]!.headBranch, body: theirs!.body });
    expect(pr.title).toBe('chore(main): release 1.1.0');
    // No manifest file is created: release-please updates one only where it exists.
    expect(fx.gh.repo.git(['diff', '--name-only', 'main', 'release-please--branches--main']).split('\n')).toEqual(Object.keys(theirs!.files).sort());
    expect(out.outputs.prs_created).toBe('true');

    fx.mergeReleasePr(pr.number, 'squash');
    const after = await fx.run({ manifestLess });
    expect(after.outputs).toMatchObject({ release_created: 'true', tag_name: 'v1.1.0', version: '1.1.0' });
    expect(fx.gh.repo.refSha('refs/tags/v1.1.0')).toBe(fx.git(['rev-parse', 'HEAD']));

    fx.commit('fix: a leap day', { 'src/widget/dates.py': 'x = 2\n' });
    fx.push();
    await fx.run({ manifestLess });
    const next = fx.gh.state.pulls.find((p) => p.state === 'open')!;
    expect(next.title).toBe('chore(main): release 1.1.1');
    expect(next.body).toContain('(https://github.com/acme/widget/compare/v1.1.0...v1.1.1)');
    expect(next.body).not.toContain('parse dates');
  });
});
