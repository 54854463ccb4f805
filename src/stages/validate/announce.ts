/**
 * Tells the people involved, once: a "released in" comment on the release PR and on every PR or
 * issue the release notes reference. A comment carrying the release's marker is never posted
 * twice, so re-runs stay quiet.
 */
import type { GitHubClient } from '../../adapters/github/client.js';
import type { Runtime } from '../../adapters/runtime/runtime.js';
import { releasedComment, releasedMarker, type ReleaseFacts } from '../../core/notify/messages.js';
import { referencedNumbers } from '../../core/notify/references.js';
import { ensureComment } from '../ensure-comment.js';

export interface Announcement {
  commented: number[];
  already: number[];
}

export async function announceRelease(gh: GitHubClient, facts: ReleaseFacts, o: { notes: string; releasePr: number | undefined; owner: string; repo: string; runtime: Runtime }): Promise<Announcement> {
  const numbers = [...new Set([...(o.releasePr ? [o.releasePr] : []), ...referencedNumbers(o.notes, o.owner, o.repo)])];
  const out: Announcement = { commented: [], already: [] };
  const marker = releasedMarker(facts.tag);
  for (const n of numbers) {
    try {
      const outcome = await ensureComment(gh, n, releasedComment(facts), (c) => c.includes(marker));
      (outcome === 'posted' ? out.commented : out.already).push(n);
    } catch (error) {
      // A reference to something that is not in this repository (or was deleted) must not fail a good release.
      o.runtime.warning(`could not comment on #${n}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return out;
}
