/**
 * The release a run's event names, for `stage: publish` in a workflow triggered by a published
 * GitHub release or a tag push (docs.github.com, "Events that trigger workflows": for `release`,
 * GITHUB_REF is refs/tags/<tag_name> and GITHUB_SHA the tag's last commit; for `push` of a tag,
 * GITHUB_REF is refs/tags/<tag> and GITHUB_SHA the tagged commit). Draft releases and the
 * activity types that do not publish (unpublished, deleted, edited) name no release to publish.
 */
import type { EventRelease } from '../core/publish/release-source.js';
import { recordOrEmpty } from '../core/records.js';

const PUBLISHING = new Set(['published', 'released', 'prereleased']);

export function releaseOfEvent(name: string, ref: string | undefined, payload: Record<string, unknown>, sha: string | undefined): EventRelease | undefined {
  const withSha = (r: EventRelease): EventRelease => (sha ? { ...r, sha } : r);
  if (name === 'release') {
    const release = recordOrEmpty(payload.release);
    if (!PUBLISHING.has(String(payload.action)) || release.draft === true || typeof release.tag_name !== 'string' || release.tag_name === '') return undefined;
    return withSha({ event: 'release', tagName: release.tag_name, prerelease: release.prerelease === true });
  }
  if (name === 'push' && ref?.startsWith('refs/tags/') && payload.deleted !== true) return withSha({ event: 'tag-push', tagName: ref.slice('refs/tags/'.length), prerelease: false });
  return undefined;
}
