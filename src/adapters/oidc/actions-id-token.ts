/**
 * Responsible for asking the Actions runtime for an OIDC ID token (protocols.md §2.6): a new
 * one per call, because PyPI refuses a token presented twice. The token is handed to the
 * secret masker before anything can print it.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { Clock } from '../clock.js';
import { fetchWithRetry } from '../http/fetch-with-retry.js';
import type { ServicePolicy } from '../policy.js';

export interface IdTokenRequest {
  /** ACTIONS_ID_TOKEN_REQUEST_URL (already holds `?api-version=…`). */
  url: string;
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  token: string;
}

export class ActionsIdTokens {
  constructor(
    private readonly request: IdTokenRequest | undefined,
    private readonly policy: ServicePolicy,
    private readonly clock: Clock,
    private readonly mask: (secret: string) => void,
  ) {}

  get available(): boolean {
    return this.request !== undefined;
  }

  async get(audience: string): Promise<string> {
    if (!this.request) throw noIdToken();
    const url = new URL(this.request.url);
    url.searchParams.set('audience', audience);
    const answer = await fetchWithRetry(url.href, { headers: { authorization: `Bearer ${this.request.token}`, accept: 'application/json' } }, {
      policy: this.policy,
      clock: this.clock,
      doing: 'requesting the GitHub Actions OIDC token',
      retryable: (s) => s >= 500,
    });
    const value = (answer.json() as { value?: unknown } | undefined)?.value;
    if (answer.status !== 200 || typeof value !== 'string' || value === '') {
      throw new PyreleaseError('OIDC_TOKEN_FAILED', `the Actions runtime did not hand out an OIDC token (HTTP ${answer.status})`, {
        fix: 'check that the job has permissions: id-token: write, then re-run',
      });
    }
    this.mask(value);
    return value;
  }
}

export function noIdToken(): PyreleaseError {
  return new PyreleaseError('OIDC_UNAVAILABLE', 'trusted publishing needs an OIDC token, and this job cannot get one (ACTIONS_ID_TOKEN_REQUEST_URL is not set)', {
    key: 'id-token',
    fix: 'give the publish job "permissions: id-token: write" (job level); runs from pull requests of forks never get a token — publish from push, release or workflow_dispatch; or pass an API token in the password input',
    more: ['```yaml', 'jobs:', '  publish:', '    permissions:', '      id-token: write   # trusted publishing', '      contents: write   # release assets', '```'],
  });
}
