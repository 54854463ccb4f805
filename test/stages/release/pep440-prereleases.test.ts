/**
 * versioning: pep440 through real git and the GitHub stand-in: an alpha, a beta, then the final
 * release, each proposed, merged, tagged and released, with every version file in PEP 440 form.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { releaseFixture, type ReleaseFixture } from './fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const branch = 'release-please--branches--main';
const config = (options: Record<string, unknown>) => `${JSON.stringify({ packages: { '.': { 'release-type': 'python', versioning: 'pep440', 'extra-files': ['docs/install.md'], ...options } } }, null, 2)}\n`;
const uvLock = (version: string) => `version = 1\nrequires-python = ">=3.9"\n\n[[package]]\nname = "widget"\nversion = "${version}"\nsource = { editable = "." }\n`;

describe('versioning: pep440 — pre-releases to the final release', () => {
  it('releases 1.1.0a1, then 1.1.0b1, then 1.1.0: files, tags, titles and GitHub releases in PEP 440', async () => {
    fx = await releaseFixture();
    fx.commit('chore: PEP 440 alphas', {
      '.release-please-config.json': config({ prerelease: true, 'prerelease-type': 'a' }),
      'uv.lock': uvLock('1.0.0'),
      'docs/install.md': 'pip install widget==1.0.0 <!-- x-release-please-version -->\n',
    });
    fx.commit('feat: streaming reads (#7)');
    fx.push();
    await fx.run();
    const show = (path: string) => fx!.gh.repo.git(['show', `refs/heads/${branch}:${path}`]);
    expect(fx.gh.state.pulls[0]).toMatchObject({ title: 'chore(main): release 1.1.0a1', state: 'open' });
    expect(show('pyproject.toml')).toBe('[project]\nname = "widget"\nversion = "1.1.0a1"');
    expect(show('src/widget/__init__.py')).toBe('__version__ = "1.1.0a1"');
    expect(show('uv.lock')).toContain('name = "widget"\nversion = "1.1.0a1"\n');
    expect(show('docs/install.md')).toBe('pip install widget==1.1.0a1 <!-- x-release-please-version -->');
    expect(JSON.parse(show('.release-please-manifest.json'))).toEqual({ '.': '1.1.0a1' });
    expect(show('CHANGELOG.md')).toContain('## [1.1.0a1](https://github.com/acme/widget/compare/v1.0.0...v1.1.0a1) (2026-02-03)');

    const alpha = fx.mergeReleasePr(1, 'squash');
    const released = await fx.run();
    expect(fx.gh.repo.refSha('refs/tags/v1.1.0a1')).toBe(alpha);
    expect(fx.gh.state.releases[0]).toMatchObject({ tag_name: 'v1.1.0a1', name: 'v1.1.0a1', prerelease: true });
    expect(released.outputs).toMatchObject({ version: '1.1.0a1', tag_name: 'v1.1.0a1', major: '1', minor: '1', patch: '0' });

    // Beta: a phase forward restarts the number; the previous release is found by its PEP 440 tag.
    fx.commit('chore: betas', { '.release-please-config.json': config({ prerelease: true, 'prerelease-type': 'b' }) });
    fx.commit('fix: close the stream (#8)');
    fx.push();
    await fx.run();
    const beta = fx.gh.state.pulls.find((p) => p.state === 'open')!;
    expect(beta.title).toBe('chore(main): release 1.1.0b1');
    expect(beta.body).toContain('## [1.1.0b1](https://github.com/acme/widget/compare/v1.1.0a1...v1.1.0b1)');
    expect(show('__init__.py'.replace(/^/, 'src/widget/'))).toBe('__version__ = "1.1.0b1"');
    fx.mergeReleasePr(beta.number, 'merge');
    await fx.run();
    expect(fx.gh.state.releases.map((r) => [r.tag_name, r.prerelease])).toEqual([['v1.1.0a1', true], ['v1.1.0b1', true]]);

    // Final: prerelease off, the coming release drops its suffix.
    fx.commit('chore: ship it', { '.release-please-config.json': config({}) });
    fx.commit('fix: typo in the error (#9)');
    fx.push();
    await fx.run();
    const final = fx.gh.state.pulls.find((p) => p.state === 'open')!;
    expect(final.title).toBe('chore(main): release 1.1.0');
    expect(show('pyproject.toml')).toBe('[project]\nname = "widget"\nversion = "1.1.0"');
    expect(show('uv.lock')).toContain('name = "widget"\nversion = "1.1.0"\n');
    expect(show('docs/install.md')).toBe('pip install widget==1.1.0 <!-- x-release-please-version -->');
    expect(show('CHANGELOG.md')).toContain('## [1.1.0](https://github.com/acme/widget/compare/v1.1.0b1...v1.1.0) (2026-02-03)');
    fx.mergeReleasePr(final.number, 'squash');
    await fx.run();
    expect(fx.gh.state.releases.map((r) => [r.tag_name, r.prerelease])).toEqual([['v1.1.0a1', true], ['v1.1.0b1', true], ['v1.1.0', false]]);
    // Nothing is due after the final release, and a re-run writes nothing.
    fx.gh.log.clear();
    await fx.run();
    expect(fx.gh.log.writes()).toEqual([]);
  });

  it('without versioning: pep440 a PEP 440 manifest reads as release-please reads it (rc1 lost)', async () => {
    fx = await releaseFixture();
    fx.commit('chore: hand-written rc', { '.release-please-manifest.json': '{\n  ".": "1.1.0rc1"\n}\n' });
    fx.git(['tag', 'v1.1.0rc1']);
    fx.git(['push', '-q', 'origin', '--tags']);
    fx.commit('fix: a');
    fx.push();
    await fx.run();
    expect(fx.gh.state.pulls[0]!.title).toBe('chore(main): release 1.1.1');
  });
});
