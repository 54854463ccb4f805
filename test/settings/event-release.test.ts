/** The release a run's event names (docs.github.com "Events that trigger workflows": release, push of a tag). */
import { describe, expect, it } from 'vitest';
import { releaseOfEvent } from '../../src/settings/event-release.js';

const sha = 'c'.repeat(40);
const release = (action: string, r: Record<string, unknown>) => ({ action, release: { tag_name: 'v1.2.0', draft: false, prerelease: false, ...r } });

describe('releaseOfEvent', () => {
  it('a published release names its tag, its pre-release flag and GITHUB_SHA', () => {
    expect(releaseOfEvent('release', 'refs/tags/v1.2.0', release('published', {}), sha)).toEqual({ event: 'release', tagName: 'v1.2.0', prerelease: false, sha });
    expect(releaseOfEvent('release', 'refs/tags/v1.2.0rc1', release('prereleased', { tag_name: 'v1.2.0rc1', prerelease: true }), sha)).toMatchObject({ tagName: 'v1.2.0rc1', prerelease: true });
    expect(releaseOfEvent('release', 'refs/tags/v1.2.0', release('released', {}), sha)).toMatchObject({ tagName: 'v1.2.0' });
  });

  it('a draft, and activity that publishes nothing, name no release', () => {
    expect(releaseOfEvent('release', 'refs/tags/v1.2.0', release('published', { draft: true }), sha)).toBeUndefined();
    for (const action of ['created', 'edited', 'deleted', 'unpublished']) expect(releaseOfEvent('release', 'refs/tags/v1.2.0', release(action, {}), sha), action).toBeUndefined();
  });

  it('a push of a tag names it; a push of a branch, a deleted tag and other events name none', () => {
    expect(releaseOfEvent('push', 'refs/tags/widget-v1.2.0', { ref: 'refs/tags/widget-v1.2.0' }, sha)).toEqual({ event: 'tag-push', tagName: 'widget-v1.2.0', prerelease: false, sha });
    expect(releaseOfEvent('push', 'refs/heads/main', { ref: 'refs/heads/main' }, sha)).toBeUndefined();
    expect(releaseOfEvent('push', 'refs/tags/v1.2.0', { ref: 'refs/tags/v1.2.0', deleted: true }, sha)).toBeUndefined();
    expect(releaseOfEvent('workflow_dispatch', 'refs/tags/v1.2.0', {}, sha)).toBeUndefined();
  });
});
