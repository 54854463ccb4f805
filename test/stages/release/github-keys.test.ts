/**
 * Config keys whose effect lives on GitHub, as release-please 17.11.2 applies them (read from its
 * code: changelog-notes/github.js, util/signoff-commit-message.js): `changelog-type: github` asks
 * GitHub's generate-notes API for the notes, `signoff` puts a Signed-off-by trailer on the release
 * commit. Through real git and the GitHub stand-in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseReleaseConfig } from '../../../src/core/config/parse.js';
import { PyreleaseErrors } from '../../../src/errors/pyrelease-error.js';
import { releaseFixture, squashMergedFeature, type ReleaseFixture } from './fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const branch = 'release-please--branches--main';


describe('changelog-type: github', () => {
  it('the notes are GitHub\'s, asked for the planned tag since the previous one, under "## <version> (<date>)"', async () => {
    fx = await releaseFixture({ config: { packages: { '.': { 'release-type': 'python', 'changelog-type': 'github' } } } });
    const n = squashMergedFeature(fx, 'feat: dates', 'Dates.');
    const out = await fx.run();
    const asked = fx.gh.log.find('POST', '/repos/acme/widget/releases/generate-notes');
    expect(asked.map((r) => r.json())).toEqual([{ tag_name: 'v1.1.0', target_commitish: 'main', previous_tag_name: 'v1.0.0' }]);
    const entry = `## 1.1.0 (2026-02-03)\n\n## What's Changed\n* feat: dates by @octocat in https://github.com/acme/widget/pull/${n}\n\n\n**Full Changelog**: https://github.com/acme/widget/compare/v1.0.0...v1.1.0`;
    const pr = fx.gh.state.pulls.find((p) => p.head === branch)!;
    expect(pr.body).toContain(`---\n\n\n${entry}\n\n---\n`);
    expect(fx.gh.repo.git(['show', `${branch}:CHANGELOG.md`])).toMatch(new RegExp(`^# Changelog\\n\\n${entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n\\n## 1\\.0\\.0`));
    expect(out.outputs.prs_created).toBe('true');
  });

  it('releases for a hidden-type commit too: GitHub\'s notes are never empty (release-please\'s changelogEmpty)', async () => {
    fx = await releaseFixture({ config: { packages: { '.': { 'release-type': 'python', 'changelog-type': 'github' } } } });
    fx.commit('chore: tidy');
    fx.push();
    await fx.run();
    expect(fx.gh.state.pulls.find((p) => p.head === branch)?.title).toBe('chore(main): release 1.0.1');
  });

  it('an unknown changelog-type is refused with one line naming the key', () => {
    let caught: unknown;
    try {
      parseReleaseConfig('{"packages": {".": {"release-type": "python", "changelog-type": "gitlab"}}}', 'release-please-config.json');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PyreleaseErrors);
    expect((caught as PyreleaseErrors).problems[0]).toMatchObject({ code: 'CONFIG_BAD_VALUE', message: expect.stringContaining('"changelog-type" is "gitlab", not a changelog type release-please knows') });
  });
});

describe('signoff', () => {
  it('the release commit ends with release-please\'s Signed-off-by trailer; adding it later rebuilds the commit', async () => {
    fx = await releaseFixture();
    fx.commit('fix: a');
    fx.push();
    await fx.run();
    expect(fx.gh.repo.git(['log', '-1', '--format=%B', branch])).toBe('chore(main): release 1.0.1');
    fx.commit('chore: sign releases', { '.release-please-config.json': '{"signoff": "Release Bot <bot@example.com>", "packages": {".": {"release-type": "python"}}}\n' });
    fx.push();
    await fx.run();
    expect(fx.gh.repo.git(['log', '-1', '--format=%B', branch])).toBe('chore(main): release 1.0.1\n\nSigned-off-by: Release Bot <bot@example.com>');
  });

  it('a signoff that is not "Name <email>" is refused before anything is written, with release-please\'s reason', () => {
    let caught: unknown;
    try {
      parseReleaseConfig('{"signoff": "bot@example.com", "packages": {".": {"release-type": "python"}}}', 'release-please-config.json');
    } catch (e) {
      caught = e;
    }
    expect((caught as PyreleaseErrors).problems[0]).toMatchObject({ code: 'CONFIG_BAD_VALUE', details: { key: '"signoff"' }, message: expect.stringContaining("is not a valid email address with display name") });
  });
});
