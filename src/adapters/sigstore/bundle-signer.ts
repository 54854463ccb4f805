/**
 * Responsible for keyless signing with @sigstore/sign: an Actions OIDC token (audience
 * `sigstore`, masked, refused when expired) → a Fulcio certificate → a DSSE signature over the
 * statement → a Rekor v1 `dsse` entry → a bundle. Timeouts and retries come from policy.sigstore
 * (the library's own classes default to none). Failures become one clear error each.
 */
import { DSSEBundleBuilder, FulcioSigner, InternalError, RekorWitness } from '@sigstore/sign';
import { bundleToJSON } from '@sigstore/bundle';
import { decodeIdTokenClaims } from '../../core/publish/id-token-claims.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../../core/sigstore/publish-statement.js';
import { isPyreleaseError, PyreleaseError } from '../../errors/pyrelease-error.js';
import type { Clock } from '../clock.js';
import type { ActionsIdTokens } from '../oidc/actions-id-token.js';
import type { ServicePolicy } from '../policy.js';

export interface SigstoreEndpoints {
  fulcioUrl: string;
  rekorUrl: string;
}

export class BundleSigner {
  /** Claims of the last identity token (the identity the certificate will carry). */
  lastClaims: ReturnType<typeof decodeIdTokenClaims>;

  constructor(
    private readonly endpoints: SigstoreEndpoints,
    private readonly idTokens: ActionsIdTokens,
    private readonly policy: ServicePolicy,
    private readonly clock: Clock,
  ) {}

  /** Signs the statement; the bundle comes back as protobuf-JSON (what `.sigstore.json` files hold). */
  async sign(statement: Buffer, what: string): Promise<Record<string, unknown>> {
    const retry = { retries: this.policy.retries, factor: 2, minTimeout: this.policy.retryBaseMs, maxTimeout: this.policy.retryBaseMs * 8 };
    const signer = new FulcioSigner({
      identityProvider: { getToken: () => this.identityToken() },
      fulcioBaseURL: this.endpoints.fulcioUrl,
      timeout: this.policy.attemptTimeoutMs,
      retry,
    });
    const rekor = new RekorWitness({ rekorBaseURL: this.endpoints.rekorUrl, entryType: 'dsse', fetchOnConflict: true, timeout: this.policy.attemptTimeoutMs, retry });
    const builder = new DSSEBundleBuilder({ signer, witnesses: [rekor] });
    try {
      const bundle = await builder.create({ data: statement, type: IN_TOTO_PAYLOAD_TYPE });
      return bundleToJSON(bundle) as unknown as Record<string, unknown>;
    } catch (error) {
      throw this.explain(error, what);
    }
  }

  private async identityToken(): Promise<string> {
    const token = await this.idTokens.get('sigstore');
    const claims = decodeIdTokenClaims(token);
    this.lastClaims = claims;
    if (claims?.exp !== undefined && claims.exp * 1000 <= this.clock.now()) {
      throw new PyreleaseError('SIGNING_TOKEN_EXPIRED', 'the OIDC token for Sigstore was already expired when it arrived', { fix: "check the runner's clock, then re-run" });
    }
    return token;
  }

  private explain(error: unknown, what: string): PyreleaseError {
    if (isPyreleaseError(error)) return error;
    // The library's token errors embed the raw token in their message: never show it, only the code.
    if (!(error instanceof InternalError)) return new PyreleaseError('SIGNING_FAILED', `signing ${what} failed`, { fix: 're-run; if it persists, set sign: false to publish unsigned' });
    const cause = error.cause;
    if (isPyreleaseError(cause)) return cause;
    const status = typeof (cause as { statusCode?: unknown } | undefined)?.statusCode === 'number' ? (cause as { statusCode: number }).statusCode : undefined;
    const attempts = this.policy.retries + 1;
    switch (error.code) {
      case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR':
        if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429) {
          return new PyreleaseError('SIGNING_IDENTITY_REFUSED', `Fulcio refused the identity for ${what} (HTTP ${status})`, { key: 'fulcio-url', fix: 'the Actions OIDC token must be accepted by this Fulcio: for a private Sigstore, check fulcio-url and its OIDC issuer configuration' });
        }
        return new PyreleaseError('SIGNING_UNAVAILABLE', `Fulcio (${this.endpoints.fulcioUrl}) gave no certificate for ${what} after ${attempts} attempts${status ? ` (HTTP ${status})` : ''}`, { key: 'fulcio-url', fix: 're-run later (nothing was uploaded), or set sign: false to publish unsigned' });
      case 'TLOG_CREATE_ENTRY_ERROR':
      case 'TLOG_FETCH_ENTRY_ERROR':
        return new PyreleaseError('SIGNING_UNAVAILABLE', `Rekor (${this.endpoints.rekorUrl}) did not record the signature of ${what} after ${attempts} attempts${status ? ` (HTTP ${status})` : ''}`, { key: 'rekor-url', fix: 're-run later (nothing was uploaded), or set sign: false to publish unsigned' });
      case 'IDENTITY_TOKEN_READ_ERROR':
      case 'IDENTITY_TOKEN_PARSE_ERROR':
        return new PyreleaseError('SIGNING_FAILED', `the OIDC token for Sigstore could not be read (${error.code})`, { fix: 'check that the job has permissions: id-token: write, then re-run' });
      default:
        return new PyreleaseError('SIGNING_FAILED', `signing ${what} failed (${error.code})`, { fix: 're-run; if it persists, set sign: false to publish unsigned' });
    }
  }
}
