/**
 * Responsible for how every GitHub request is sent under the ServicePolicy: retries with n² backoff,
 * rate limits waited out within budget, and writes sent one at a time, spaced as GitHub asks
 * (https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api).
 *
 * It replaces @octokit/plugin-retry 8 and @octokit/plugin-throttling 11 and keeps what they did for
 * us; both queued every request through Bottleneck, whose datastore yields to the event loop with
 * setTimeout several times per job: ~17 ms per request against a loopback server answering in 1 ms.
 * Not kept, as no call here needs them: GraphQL and search spacing, and the cap of 10 reads at once.
 */
import type { Clock } from '../clock.js';
import type { ServicePolicy } from '../policy.js';
import type { HttpErrorLike } from './http-error.js';

/** The part of Octokit's request options read here (the url is still the route template). */
export interface PolicyRequestOptions {
  method: string;
  url: string;
  /** `request: { retries: 0 }` on a call: no retry after an error (rate-limit waits still apply). */
  request?: { retries?: unknown; [option: string]: unknown };
}

// plugin-retry's doNotRetry list: answers a retry will not change. A 404 above all: reads of things
// that may not exist (a ref, a release) expect it at once, and a retried 404 only slows every run.
const DO_NOT_RETRY = new Set([400, 401, 403, 404, 410, 422, 451]);

// GitHub's advice when a secondary limit sends no retry-after, as plugin-throttling did.
const SECONDARY_FALLBACK_S = 60;

// plugin-throttling 11's generated triggers-notification-paths: creating these notifies people, so
// GitHub asks for more room between them. Matched against the route template, as the plugin did.
const NOTIFYING_ROUTES = [
  '/orgs/{org}/invitations',
  '/orgs/{org}/invitations/{invitation_id}',
  '/orgs/{org}/teams/{team_slug}/discussions',
  '/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments',
  '/repos/{owner}/{repo}/collaborators/{username}',
  '/repos/{owner}/{repo}/commits/{commit_sha}/comments',
  '/repos/{owner}/{repo}/issues',
  '/repos/{owner}/{repo}/issues/{issue_number}/comments',
  '/repos/{owner}/{repo}/issues/{issue_number}/sub_issue',
  '/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority',
  '/repos/{owner}/{repo}/pulls',
  '/repos/{owner}/{repo}/pulls/{pull_number}/comments',
  '/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies',
  '/repos/{owner}/{repo}/pulls/{pull_number}/merge',
  '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  '/repos/{owner}/{repo}/releases',
  '/teams/{team_id}/discussions',
  '/teams/{team_id}/discussions/{discussion_number}/comments',
];
const NOTIFYING = new RegExp(`^(?:${NOTIFYING_ROUTES.map((p) => `(?:${p.split('/').map((c) => (c.startsWith('{') ? '(?:.+?)' : c)).join('/')})`).join('|')})[^/]*$`, 'i');

/** A notifying write (issue, comment, pull request, release…) waits this many plain write intervals. */
export const NOTIFICATION_SPACING = 3;

export function isNotifying(method: string, url: string): boolean {
  return isWrite(method, url) && NOTIFYING.test(new URL(url, 'http://github.test').pathname);
}

/** GraphQL is a POST, but pyrelease only ever sends it queries: reads, not spaced as writes. */
function isWrite(method: string, url: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && !/\/graphql$/.test(new URL(url, 'http://github.test').pathname);
}

export class RequestPolicy {
  /** Settles when the write in flight (all its attempts) is done: the next write waits for it. */
  #writeQueue: Promise<void> = Promise.resolve();
  #lastWriteEndMs = -Infinity;
  #lastNotificationEndMs = -Infinity;

  constructor(
    private readonly policy: ServicePolicy,
    private readonly clock: Clock,
  ) {}

  /** Sends one request with all its attempts: Octokit's `hook.wrap('request', …)` calls it. */
  send<O extends PolicyRequestOptions, R>(request: (options: O) => R | Promise<R>, options: O): Promise<R> {
    if (!isWrite(options.method, options.url)) return this.#attempts(request, options, false);
    const previous = this.#writeQueue;
    let done = () => {};
    this.#writeQueue = new Promise<void>((resolve) => (done = resolve));
    return previous.then(() => this.#attempts(request, options, true)).finally(done);
  }

  async #attempts<O extends PolicyRequestOptions, R>(request: (options: O) => R | Promise<R>, options: O, write: boolean): Promise<R> {
    const notifies = write && isNotifying(options.method, options.url);
    const perCall = options.request?.retries;
    const maxRetries = typeof perCall === 'number' ? perCall : this.policy.retries;
    let retries = 0;
    let rateLimitWaits = 0;
    for (;;) {
      if (write) await this.#waitForWriteSlot(notifies);
      let error: unknown;
      try {
        return await request(options);
      } catch (e) {
        error = e;
      } finally {
        if (write) this.#writeEnded(notifies);
      }
      const limitS = rateLimitWaitS(error, this.clock.now());
      let waitMs: number;
      if (limitS !== undefined) {
        // Beyond the budget the rate-limit error goes up at once (errors.ts: GITHUB_RATE_LIMITED).
        if (rateLimitWaits >= this.policy.retries || limitS * 1000 > this.policy.maxRateLimitWaitMs) throw error;
        rateLimitWaits++;
        // Seconds × retryBaseMs, as plugin-throttling's retryAfterBaseValue: 1 000 in production; tests shrink it.
        waitMs = limitS * this.policy.retryBaseMs;
      } else if (isRetryable(error) && retries < maxRetries) {
        retries++;
        waitMs = retries * retries * this.policy.retryBaseMs;
      } else {
        throw error;
      }
      await this.clock.sleep(waitMs);
    }
  }

  async #waitForWriteSlot(notifies: boolean): Promise<void> {
    const intervalMs = this.policy.minWriteIntervalMs;
    const dueMs = Math.max(this.#lastWriteEndMs + intervalMs, notifies ? this.#lastNotificationEndMs + NOTIFICATION_SPACING * intervalMs : -Infinity);
    // Timers may fire a little early against the wall clock: wait again for the rest, unless the clock stands still (a test's).
    for (let now = this.clock.now(); now < dueMs; ) {
      await this.clock.sleep(dueMs - now);
      const later = this.clock.now();
      if (later <= now) return;
      now = later;
    }
  }

  #writeEnded(notifies: boolean): void {
    this.#lastWriteEndMs = this.clock.now();
    if (notifies) this.#lastNotificationEndMs = this.#lastWriteEndMs;
  }
}

/**
 * Seconds to wait when the error is a rate limit (403 or 429), else undefined. Secondary: the
 * message or a retry-after header (retry-after, else 60 s). Primary: x-ratelimit-remaining 0 (until
 * x-ratelimit-reset, plus a second so the retry lands after it, as plugin-throttling did).
 */
export function rateLimitWaitS(error: unknown, nowMs: number): number | undefined {
  const e = (error ?? {}) as HttpErrorLike;
  if (e.status !== 403 && e.status !== 429) return undefined;
  const headers = e.response?.headers ?? {};
  const retryAfter = headers['retry-after'];
  if (/\bsecondary rate\b/i.test(typeof e.message === 'string' ? e.message : '')) return Number(retryAfter) || SECONDARY_FALLBACK_S;
  if (retryAfter !== undefined && retryAfter.trim() !== '' && Number.isFinite(Number(retryAfter)) && Number(retryAfter) >= 0) return Number(retryAfter);
  const errors = (e.response?.data as { errors?: Array<{ type?: unknown }> } | undefined)?.errors;
  if (headers['x-ratelimit-remaining'] === '0' || (Array.isArray(errors) && errors.some((x) => x.type === 'RATE_LIMITED'))) {
    const resetMs = Math.trunc(Number(headers['x-ratelimit-reset']) || 0) * 1000;
    return Math.max(Math.ceil((resetMs - nowMs) / 1000) + 1, 0);
  }
  return undefined;
}

/**
 * plugin-retry's rule: an HTTP error from Octokit (a network error or timeout arrives as status 500)
 * whose status is not in DO_NOT_RETRY. A bare 429 (no rate-limit headers) is retried here too.
 */
function isRetryable(error: unknown): boolean {
  const e = (error ?? {}) as HttpErrorLike;
  return typeof e.status === 'number' && e.status >= 400 && !DO_NOT_RETRY.has(e.status) && e.request !== undefined;
}
