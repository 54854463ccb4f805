/**
 * Responsible for one HTTP exchange under a ServicePolicy: a timeout per attempt, retries with
 * n² backoff (or Retry-After) on network errors, 408, 429 and 5xx, and one clear error when the
 * service never answers. Callers judge the final answer; nothing here knows a protocol.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { Clock } from '../clock.js';
import type { ServicePolicy } from '../policy.js';
import { proxyFor, send } from './transport.js';

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
  /** Added to each attempt's time limit: the time a large body needs to travel (policy.ts transferAllowanceMs). */
  extraTimeoutMs?: number;
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
      answer = await once(url, init, opts.policy.attemptTimeoutMs + (opts.extraTimeoutMs ?? 0));
      if (!retryable(answer.status)) return answer;
      lastProblem = `HTTP ${answer.status} ${answer.statusText}`.trim();
    } catch (error) {
      const refused = proxyRefusal(error);
      // A proxy that says no will say it again: no retry, and the proxy — not the service — is named.
      if (refused !== undefined) throw proxyRefused(url, refused, opts.doing);
      lastProblem = describeNetworkError(error, opts.policy.attemptTimeoutMs + (opts.extraTimeoutMs ?? 0));
    }
    if (attempt >= opts.policy.retries) {
      if (answer) return answer;
      const via = proxyFor(url);
      throw new PyreleaseError('NETWORK_FAILED', `${opts.doing}: ${new URL(url).host} is unreachable${via ? ` through the proxy ${via}` : ''} after ${attempt + 1} attempts (${lastProblem})`, {
        fix: via ? `re-run the job; if it persists, check that the proxy ${via} (HTTPS_PROXY) reaches ${new URL(url).host}, or add the host to NO_PROXY` : 're-run the job: every step is safe to repeat; if it persists, check the runner\'s network (DNS, firewall) and the service status page',
      });
    }
    const wait = waitBefore(attempt + 1, answer, opts.policy);
    opts.onRetry?.(attempt + 1, lastProblem, wait);
    await opts.clock.sleep(wait);
  }
}

async function once(url: string, init: RequestInit, timeoutMs: number): Promise<HttpAnswer> {
  const response = await send(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
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

export function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return timeoutMs > 0 ? `no answer within ${Math.round(timeoutMs / 1000)} s` : 'no answer in time';
  // fetch wraps the socket's error (ECONNREFUSED, ENOTFOUND for DNS…) one or two causes deep.
  let code = '';
  for (let e: unknown = error, depth = 0; !code && typeof e === 'object' && e !== null && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ('code' in e && typeof (e as { code: unknown }).code === 'string') code = (e as { code: string }).code;
    if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return timeoutMs > 0 ? `no answer within ${Math.round(timeoutMs / 1000)} s` : 'no answer in time';
  }
  return code ? `connection failed: ${code}${code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? ' (the name did not resolve)' : ''}` : `connection failed: ${error instanceof Error ? error.message : String(error)}`;
}

/** The status a proxy answered a CONNECT with (undici: "Proxy response (407) !== 200 when HTTP Tunneling"), or undefined. */
export function proxyRefusal(error: unknown): number | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const m = /Proxy response \((\d{3})\)/.exec(e.message);
    if (m) return Number(m[1]);
  }
  return undefined;
}

export function proxyRefused(url: string, status: number, doing: string): PyreleaseError {
  const host = new URL(url).host;
  const via = proxyFor(url) ?? 'the proxy';
  return new PyreleaseError('NETWORK_PROXY_REFUSED', `${doing}: the proxy ${via} refused to connect to ${host} (HTTP ${status}${status === 407 ? ' Proxy Authentication Required' : ''})`, {
    key: 'HTTPS_PROXY',
    fix: status === 407 ? `give the proxy's credentials in HTTPS_PROXY (http://user:password@${via}, from a secret), or add ${host} to NO_PROXY` : `allow ${host} on the proxy ${via}, or add it to NO_PROXY if the runner reaches it directly`,
  });
}
