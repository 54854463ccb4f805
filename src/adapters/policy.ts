/**
 * THE table of timeouts, attempts and backoff per remote service. Every client reads it; tests
 * pass a faster copy to the adapters they construct (production never changes it at run time).
 */
export interface ServicePolicy {
  /** One attempt's timeout. */
  attemptTimeoutMs: number;
  /** Retries after the first attempt, for network errors, 408, 429 and 5xx. */
  retries: number;
  /** Backoff unit: retry n waits n² × this, or honours Retry-After (GitHub: retry-after seconds × this, request-policy.ts). */
  retryBaseMs: number;
  /** Longest wait pyrelease accepts for a rate limit before failing clearly. */
  maxRateLimitWaitMs: number;
  /** Spacing between content-creating requests (GitHub asks for ≥ 1 s to avoid secondary limits). */
  minWriteIntervalMs: number;
}

export const policy = {
  github: { attemptTimeoutMs: 30_000, retries: 3, retryBaseMs: 1_000, maxRateLimitWaitMs: 120_000, minWriteIntervalMs: 1_000 },
  // Uploads carry whole distributions: a long attempt; PyPI answers an identical re-upload 200, so retrying is safe.
  pypi: { attemptTimeoutMs: 300_000, retries: 4, retryBaseMs: 2_000, maxRateLimitWaitMs: 120_000, minWriteIntervalMs: 0 },
  oidc: { attemptTimeoutMs: 30_000, retries: 3, retryBaseMs: 1_000, maxRateLimitWaitMs: 60_000, minWriteIntervalMs: 0 },
  // GitHub's own attest action uses 10 s and 3 retries against Fulcio and Rekor.
  sigstore: { attemptTimeoutMs: 10_000, retries: 3, retryBaseMs: 1_000, maxRateLimitWaitMs: 60_000, minWriteIntervalMs: 0 },
  webhook: { attemptTimeoutMs: 10_000, retries: 3, retryBaseMs: 1_000, maxRateLimitWaitMs: 30_000, minWriteIntervalMs: 0 },
  git: { attemptTimeoutMs: 120_000, retries: 0, retryBaseMs: 0, maxRateLimitWaitMs: 0, minWriteIntervalMs: 0 },
} satisfies Record<string, ServicePolicy>;

export type Policies = Record<keyof typeof policy, ServicePolicy>;

/**
 * Extra time one attempt gets to carry `bytes` (a release asset, a distribution): the slowest link
 * pyrelease still expects to finish on, 256 KiB/s, so a 50 MB wheel gets 200 s on top of the
 * service's attempt limit instead of timing out at the same 30 s as a small JSON request.
 */
export const MIN_TRANSFER_BYTES_PER_SECOND = 256 * 1024;

export function transferAllowanceMs(bytes: number): number {
  return Math.ceil((bytes / MIN_TRANSFER_BYTES_PER_SECOND) * 1000);
}
