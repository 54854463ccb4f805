/**
 * stage: publish in the workflows pypa/gh-action-pypi-publish users run: on a published GitHub
 * release, on a tag push (and its re-run), and after release-please-action, which hands over only
 * release_created and tag_name. The version comes from the tag (the project's tag format), the
 * commit from the tag (local or through the GitHub API), checked against the checkout before
 * anything is built. Real git, real build and twine, the PyPI and GitHub stand-ins.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRelease } from '../../../src/core/publish/release-source.js';
import type { Settings } from '../../../src/settings/settings.js';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { publishFixtures, uploadRequests, type PublishFixture } from './fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine']);
const openFixture = publishFixtures();

const stored = (f: PublishFixture, version = '0.1.0') => f.pypi.files('demo-pkg', version).map((s) => s.filename).sort();
const onEvent = (f: PublishFixture, e: Partial<EventRelease> = {}): Partial<Settings> => ({
  handoff: {},
  eventName: e.event === 'tag-push' ? 'push' : 'release',
  eventRelease: { event: 'release', tagName: 'v0.1.0', prerelease: false, sha: f.releaseSha, ...e },
});
const handoff = (release: NonNullable<Settings['handoff']['release']>): Partial<Settings> => ({ handoff: { release } });

/** Nothing reached the index or the GitHub release: the refusal came before the build. */
function expectNothingSent(f: PublishFixture): void {
  expect(uploadRequests(f)).toHaveLength(0);
  expect(f.pypi.log.entries.filter((e) => e.path === '/_/oidc/mint-token')).toHaveLength(0);
  expect(f.gh.state.releases.flatMap((r) => r.assets)).toHaveLength(0);
}

describe.skipIf(missing.length > 0)(`stage: publish on a release event, a tag push, release-please-action's handoff${missing.length ? ` (skipped: ${missingToolsReason(missing)})` : ''}`, () => {
  it('release: published — publishes the tag\'s version from the checked-out tag, and attaches the files', async () => {
    const f = await openFixture();
    const run = await f.run(onEvent(f));
    expect(run.error, run.error?.message).toBeUndefined();
    expect(run.outcome!.outputs).toMatchObject({ published: 'true', version: '0.1.0' });
    expect(stored(f)).toEqual(['demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0.tar.gz']);
    expect(f.gh.state.releases[0]!.assets.map((a) => a.name).sort()).toEqual(['SHA256SUMS', 'demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0.tar.gz']);
  });

  it('push: tags — publishes, and the re-run uploads nothing twice', async () => {
    const f = await openFixture();
    const first = await f.run(onEvent(f, { event: 'tag-push' }));
    expect(first.error, first.error?.message).toBeUndefined();
    const again = await f.run(onEvent(f, { event: 'tag-push' }));
    expect(again.error, again.error?.message).toBeUndefined();
    expect(uploadRequests(f)).toHaveLength(2);
    expect(again.outcome!.headline).toMatch(/0 uploaded, 2 already there/);
    expect(f.gh.state.releases[0]!.assets).toHaveLength(3);
  });

  it('release-please-action\'s handoff, release_created + tag_name only: version and commit from the tag (GitHub\'s, or the checkout\'s without a token)', async () => {
    const f = await openFixture();
    const run = await f.run(handoff({ releaseCreated: true, tagName: 'v0.1.0' }));
    expect(run.error, run.error?.message).toBeUndefined();
    expect(run.outcome!.outputs.version).toBe('0.1.0');
    const local = await openFixture();
    const offline = await local.run({ ...handoff({ releaseCreated: true, tagName: 'v0.1.0' }), token: '' });
    expect(offline.error, offline.error?.message).toBeUndefined();
    expect(stored(local)).toHaveLength(2);
  });

  it('an annotated tag is peeled to its commit (GitHub\'s ref points at the tag object)', async () => {
    const f = await openFixture();
    await f.repo.git(['tag', '-f', '-a', 'v0.1.0', '-m', 'Release 0.1.0']);
    await f.repo.git(['push', '-q', '-f', 'origin', 'refs/tags/v0.1.0']);
    const run = await f.run(handoff({ releaseCreated: true, tagName: 'v0.1.0' }));
    expect(run.error, run.error?.message).toBeUndefined();
    expect(stored(f)).toHaveLength(2);
  });

  it('a GitHub pre-release of a pre-release version publishes it', async () => {
    const f = await openFixture({ version: '0.2.0rc1' });
    const run = await f.run(onEvent(f, { tagName: 'v0.2.0rc1', prerelease: true }));
    expect(run.error, run.error?.message).toBeUndefined();
    expect(stored(f, '0.2.0rc1')).toHaveLength(2);
  });

  describe('bad input: one line with the fix, nothing built or sent', () => {
    it('a tag that matches no version format of the config', async () => {
      const f = await openFixture();
      const run = await f.run(onEvent(f, { tagName: 'release-0.1.0' }));
      expect(run.error?.code).toBe('PUBLISH_TAG_NOT_A_RELEASE');
      expect(run.error?.message).toBe('the release event\'s tag "release-0.1.0" is not a release tag of this project: .release-please-config.json makes tags like v1.2.3');
      expectNothingSent(f);
    });

    it('with release-type (manifest-less), the tag format is the inputs\', not the config file\'s', async () => {
      const f = await openFixture();
      const run = await f.run({ ...onEvent(f, { tagName: 'demo-pkg-v0.1.0' }), manifestLess: { releaseType: 'python', path: '.', includeComponentInTag: false } });
      expect(run.error?.code).toBe('PUBLISH_TAG_NOT_A_RELEASE');
      expect(run.error?.message).toBe('the release event\'s tag "demo-pkg-v0.1.0" is not a release tag of this project: input \'release-type\' makes tags like v1.2.3');
      expectNothingSent(f);
    });

    it('a release event whose commit has another version in pyproject.toml', async () => {
      const f = await openFixture();
      await f.repo.git(['tag', 'v0.2.0']);
      await f.repo.git(['push', '-q', 'origin', 'v0.2.0']);
      const run = await f.run(onEvent(f, { tagName: 'v0.2.0' }));
      expect(run.error?.code).toBe('PUBLISH_VERSION_MISMATCH');
      expect(run.error?.message).toMatch(/pyproject.toml has version 0\.1\.0, but the release is 0\.2\.0/);
      expect(run.error?.details?.fix).toMatch(/the tag was put on a commit whose pyproject.toml has another version/);
      expectNothingSent(f);
    });

    it('a handoff whose tag_name is not HEAD\'s commit (GitHub\'s tag, and the checkout\'s without a token)', async () => {
      const f = await openFixture();
      writeFileSync(join(f.repo.dir, 'NOTES.md'), 'later work\n');
      await f.repo.git(['add', 'NOTES.md']);
      await f.repo.git(['commit', '-q', '-m', 'docs: later work']);
      for (const token of [undefined, '']) {
        const run = await f.run({ ...handoff({ releaseCreated: true, tagName: 'v0.1.0' }), ...(token !== undefined && { token }) });
        expect(run.error?.code).toBe('PUBLISH_TAG_ELSEWHERE');
        expect(run.error?.message).toMatch(new RegExp(`tag v0\\.1\\.0 points at ${f.releaseSha.slice(0, 7)}, not at the checked-out`));
      }
      expectNothingSent(f);
    });

    it('a GitHub release marked pre-release that names a final version', async () => {
      const f = await openFixture();
      const run = await f.run(onEvent(f, { prerelease: true }));
      expect(run.error?.code).toBe('PUBLISH_PRERELEASE_MISMATCH');
      expectNothingSent(f);
    });

    it('a handed-over tag that exists nowhere, with no sha', async () => {
      const f = await openFixture();
      const run = await f.run(handoff({ releaseCreated: true, tagName: 'v0.1.1', version: '0.1.0' }));
      expect(run.error?.code).toBe('PUBLISH_TAG_UNKNOWN');
      expectNothingSent(f);
    });
  });
});
