/**
 * Responsible for reading what an index holds for one release through its JSON API
 * (`/pypi/<project>/<version>/json`): the files and their sha256, or "no such release".
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { Clock } from '../clock.js';
import { fetchWithRetry } from '../http/fetch-with-retry.js';
import type { ServicePolicy } from '../policy.js';

export interface IndexedFile {
  filename: string;
  sha256: string;
  yanked: boolean;
}

/** The release's files, or null when the index has no such project or version (404). */
export async function readReleaseFiles(jsonUrl: string, policy: ServicePolicy, clock: Clock): Promise<IndexedFile[] | null> {
  let url = jsonUrl;
  for (let hops = 0; hops < 3; hops++) {
    const answer = await fetchWithRetry(url, { headers: { accept: 'application/json', 'cache-control': 'no-cache' } }, { policy, clock, doing: `reading ${url}` });
    if (answer.status === 404) return null;
    const location = answer.headers.get('location');
    // A non-normalised project name is redirected (relative Location).
    if (answer.status >= 300 && answer.status < 400 && location) {
      url = new URL(location, url).href;
      continue;
    }
    const urls = (answer.json() as { urls?: unknown } | undefined)?.urls;
    if (answer.status !== 200 || !Array.isArray(urls)) {
      throw new PyreleaseError('INDEX_UNREADABLE', `the index answered ${url} with HTTP ${answer.status} and no release JSON`, { key: 'index-url', fix: 'check index-url / repository-url; re-run if the index had a hiccup' });
    }
    return urls.flatMap((u: unknown) => {
      const f = u as { filename?: unknown; digests?: { sha256?: unknown }; yanked?: unknown };
      return typeof f?.filename === 'string' && typeof f.digests?.sha256 === 'string' ? [{ filename: f.filename, sha256: f.digests.sha256, yanked: f.yanked === true }] : [];
    });
  }
  throw new PyreleaseError('INDEX_UNREADABLE', `the index redirected ${jsonUrl} too many times`, { key: 'index-url', fix: 'check index-url / repository-url' });
}
