/**
 * Responsible for reading a project's page of the simple index as pip does (PEP 691 JSON,
 * with the HTML form as fallback): the file names and sha256 digests it lists.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { Clock } from '../clock.js';
import { fetchWithRetry } from '../http/fetch-with-retry.js';
import type { ServicePolicy } from '../policy.js';
import type { IndexedFile } from './json-api.js';

const ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html; q=0.1, text/html; q=0.01';

/** Files listed on `<simple>/<project>/`, or null when the project has no page (404). */
export async function readSimpleFiles(pageUrl: string, policy: ServicePolicy, clock: Clock): Promise<IndexedFile[] | null> {
  let url = pageUrl;
  for (let hops = 0; hops < 3; hops++) {
    const answer = await fetchWithRetry(url, { headers: { accept: ACCEPT, 'cache-control': 'max-age=0' } }, { policy, clock, doing: `reading ${url}` });
    if (answer.status === 404) return null;
    const location = answer.headers.get('location');
    if (answer.status >= 300 && answer.status < 400 && location) {
      url = new URL(location, url).href;
      continue;
    }
    if (answer.status !== 200) throw new PyreleaseError('INDEX_UNREADABLE', `the simple index answered ${url} with HTTP ${answer.status}`, { key: 'index-url', fix: 'check index-url / repository-url; re-run if the index had a hiccup' });
    const type = answer.headers.get('content-type') ?? '';
    if (type.startsWith('application/vnd.pypi.simple.v1+json')) {
      const files = (answer.json() as { files?: unknown } | undefined)?.files;
      return Array.isArray(files)
        ? files.flatMap((f: unknown) => {
            const r = f as { filename?: unknown; hashes?: { sha256?: unknown }; yanked?: unknown };
            return typeof r?.filename === 'string' && typeof r.hashes?.sha256 === 'string' ? [{ filename: r.filename, sha256: r.hashes.sha256, yanked: r.yanked !== undefined && r.yanked !== false }] : [];
          })
        : [];
    }
    // PEP 503 HTML: <a href="…#sha256=<hex>">filename</a>
    return [...answer.text().matchAll(/<a\s[^>]*href="[^"#]*#sha256=([0-9a-f]{64})"[^>]*>([^<]+)<\/a>/gi)].map((m) => ({ filename: m[2]!.trim(), sha256: m[1]!, yanked: /data-yanked/.test(m[0]) }));
  }
  throw new PyreleaseError('INDEX_UNREADABLE', `the simple index redirected ${pageUrl} too many times`, { key: 'index-url', fix: 'check index-url / repository-url' });
}
