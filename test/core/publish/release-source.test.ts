/** Which release a publish step publishes: this run's, the handed-over one, the event's, force_publish's — or none, with why. */
import { describe, expect, it } from 'vitest';
import { chooseRelease } from '../../../src/core/publish/release-source.js';

const event = { event: 'release' as const, tagName: 'v1.2.0', prerelease: false, sha: 'a'.repeat(40) };

describe('chooseRelease', () => {
  it('this run\'s release first, then the handed-over one, then the event\'s, then force_publish', () => {
    expect(chooseRelease({ inRun: { releaseCreated: true, tagName: 'v2.0.0', version: '2.0.0' }, handoff: { releaseCreated: true, tagName: 'v1.0.0' }, event, forcePublish: false })).toMatchObject({ kind: 'release', from: 'this run', tagName: 'v2.0.0' });
    expect(chooseRelease({ handoff: { releaseCreated: true, tagName: 'v1.0.0' }, event, forcePublish: true })).toMatchObject({ kind: 'release', from: 'handoff', tagName: 'v1.0.0' });
    expect(chooseRelease({ event, forcePublish: true })).toEqual({ kind: 'release', from: 'event', tagName: 'v1.2.0', sha: event.sha, prerelease: false });
    expect(chooseRelease({ forcePublish: true })).toEqual({ kind: 'force' });
  });

  it('release-please-action\'s handoff: release_created + tag_name alone is a release', () => {
    expect(chooseRelease({ handoff: { releaseCreated: true, tagName: 'v1.0.0' }, forcePublish: false })).toEqual({ kind: 'release', from: 'handoff', tagName: 'v1.0.0', prerelease: false });
  });

  it('nothing known is "none", with the reason and what to pass', () => {
    const none = chooseRelease({ forcePublish: false });
    expect(none).toMatchObject({ kind: 'none', reason: expect.stringMatching(/neither a published release nor a tag push/) });
    expect(none.kind === 'none' && none.fix).toMatch(/release_created.*tag_name.*release: types: \[published\].*push: tags/s);
    expect(chooseRelease({ handoff: { releaseCreated: false }, forcePublish: false })).toMatchObject({ kind: 'none', reason: expect.stringMatching(/release_created is false/) });
    expect(chooseRelease({ inRun: { releaseCreated: false }, event, forcePublish: false })).toMatchObject({ kind: 'release', from: 'event' });
    expect(chooseRelease({ inRun: { releaseCreated: false }, forcePublish: false })).toMatchObject({ kind: 'none', reason: expect.stringMatching(/no release was created in this run/) });
  });
});
