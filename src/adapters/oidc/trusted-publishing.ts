/**
 * Responsible for the index side of trusted publishing (protocols.md §3.2): ask the index which
 * audience it wants, and exchange an OIDC token for a short-lived upload token at mint-token.
 */
import type { MintRefusal } from '../../core/publish/explain-trusted-publishing.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { Clock } from '../clock.js';
import { fetchWithRetry } from '../http/fetch-with-retry.js';
import type { ServicePolicy } from '../policy.js';

export type MintResult = { ok: true; token: string; expiresAt: number | undefined } | { ok: false; refusal: MintRefusal };

export class TrustedPublishingEndpoint {
  constructor(
    private readonly base: string,
    private readonly label: string,
    private readonly policy: ServicePolicy,
    private readonly clock: Clock,
  ) {}

  /** The audience the index wants in the token; a clear error when it has no trusted publishing. */
  async audience(): Promise<string> {
    const answer = await fetchWithRetry(`${this.base}_/oidc/audience`, { headers: { accept: 'application/json' } }, { policy: this.policy, clock: this.clock, doing: `asking ${this.label} for its trusted-publishing audience` });
    const audience = (answer.json() as { audience?: unknown } | undefined)?.audience;
    if (answer.status === 200 && typeof audience === 'string') return audience;
    const disabled = answer.status === 403;
    throw new PyreleaseError('TRUSTED_PUBLISHING_UNSUPPORTED', `${this.label} ${disabled ? 'has trusted publishing switched off' : `does not offer trusted publishing (GET ${this.base}_/oidc/audience answered ${answer.status})`}`, {
      key: 'repository-url',
      fix: 'check repository-url (PyPI: https://upload.pypi.org/legacy/, TestPyPI: https://test.pypi.org/legacy/); for an index without trusted publishing pass an API token in the password input',
    });
  }

  async mint(jwt: string): Promise<MintResult> {
    const answer = await fetchWithRetry(
      `${this.base}_/oidc/mint-token`,
      { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ token: jwt }) },
      { policy: this.policy, clock: this.clock, doing: `exchanging the OIDC token at ${this.label}` },
    );
    const body = answer.json() as { token?: unknown; expires?: unknown; errors?: unknown } | undefined;
    if (answer.status === 200 && typeof body?.token === 'string') {
      return { ok: true, token: body.token, expiresAt: typeof body.expires === 'number' ? body.expires * 1000 : undefined };
    }
    const errors = Array.isArray(body?.errors)
      ? body.errors.flatMap((e: unknown) => {
          const r = e as { code?: unknown; description?: unknown };
          return typeof r?.code === 'string' ? [{ code: r.code, description: typeof r.description === 'string' ? r.description : '' }] : [];
        })
      : [];
    return { ok: false, refusal: { status: answer.status, errors, text: answer.text().slice(0, 300) } };
  }
}
