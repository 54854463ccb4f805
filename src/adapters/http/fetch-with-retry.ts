/**
 * Responsible for one HTTP exchange under a ServicePolicy: a timeout per attempt, retries with
 * n² backoff (or Retry-After) on network errors, 408, 429 and 5xx, and one clear error when the
 * service never answers. Callers judge the final answer; nothing here knows a protocol.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { Clock } from '../clock.js';
import type { ServicePolicy } from '../policy.js';

export interface HttpAnswer {
  status: number;
  /** The reason phrase: PyPI puts its error message there. */
  statusText: string;
  headers: Headers;
  body: Buffer;
  text(): string;
  /** The body as JSON, or undefined when it is not JSON. */
  json(): unknown;
}

export interface RetryOptions {
  policy: ServicePolicy;
  clock: Clock;
  /** "uploading demo_pkg-1.0.0.tar.gz to PyPI": names the exchange in errors and retry notes. */
  doing: string;
  /** Told before each retry (the stage logs it). */
  onRetry?: (attempt: number, why: string, waitMs: number) => void;
  /** Statuses worth another attempt; default 408, 429 and 5xx. */
  retryable?: (status: number) => boolean;
}

const defaultRetryable = (status: number) => status === 408 || status === 429 || status >= 500;

export async function fetchWithRetry(url: string, init: RequestInit, opts: RetryOptions): Promise<HttpAnswer> {
  const retryable = opts.retryable ?? defaultRetryable;
  let lastProblem = '';
  for (let attempt = 0; ; attempt++) {
    let answer: HttpAnswer | undefined;
    try {
      answer = await once(url, init, opts.policy.attemptTimeoutMs);
      if (!retryable(answer.status)) return answer;
      lastProblem = `HTTP ${answer.status} ${answer.statusText}`.trim();
    } catch (error) {
      lastProblem = describeNetworkError(error, opts.policy.attemptTimeoutMs);
    }
    if (attempt >= opts.policy.retries) {
      if (answer) return answer;
      throw new PyreleaseError('NETWORK_FAILED', `${opts.doing}: ${new URL(url).host} did not answer after ${attempt + 1} attempts (${lastProblem})`, {
        fix: 're-run the job: every step is safe to repeat; if it persists, check the service status page',
      });
    }
    const wait = waitBefore(attempt + 1, answer, opts.policy);
    opts.onRetry?.(attempt + 1, lastProblem, wait);
    await opts.clock.sleep(wait);
  }
}

async function once(url: string, init: RequestInit, timeoutMs: number): Promise<HttpAnswer> {
  const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    body,
    text: () => body.toString('utf8'),
    json: () => {
      try {
        return JSON.parse(body.toString('utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
  };
}

function waitBefore(retry: number, answer: HttpAnswer | undefined, policy: ServicePolicy): number {
  const retryAfter = Number(answer?.headers.get('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.min(retryAfter * 1000, policy.maxRateLimitWaitMs);
  return retry * retry * policy.retryBaseMs;
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String((cause as { code: unknown }).code) : '';
  return code ? `connection failed: ${code}` : `connection failed: ${error instanceof Error ? error.message : String(error)}`;
}
