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
import { describeNetworkError } from '../http/fetch-with-retry.js';
import { proxyFor } from '../http/transport.js';

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
        return this.serviceFailure('Fulcio', this.endpoints.fulcioUrl, 'fulcio-url', status, cause, attempts, `gave no certificate for ${what}`, () =>
          new PyreleaseError('SIGNING_IDENTITY_REFUSED', `Fulcio (${new URL(this.endpoints.fulcioUrl).host}) refused the identity for ${what} (HTTP ${status}): ${messageOf(cause)}`, { key: 'fulcio-url', fix: 'the Actions OIDC token must be accepted by this Fulcio: for a private Sigstore, check fulcio-url and its OIDC issuer configuration' }),
        );
      case 'TLOG_CREATE_ENTRY_ERROR':
      case 'TLOG_FETCH_ENTRY_ERROR':
        return this.serviceFailure('Rekor', this.endpoints.rekorUrl, 'rekor-url', status, cause, attempts, `did not record the signature of ${what}`, () =>
          new PyreleaseError('SIGNING_UNAVAILABLE', `Rekor (${new URL(this.endpoints.rekorUrl).host}) refused the signature of ${what} (HTTP ${status}): ${messageOf(cause)}`, { key: 'rekor-url', fix: 'check rekor-url (it must belong to the same Sigstore instance as fulcio-url), then re-run' }),
        );
      case 'IDENTITY_TOKEN_READ_ERROR':
      case 'IDENTITY_TOKEN_PARSE_ERROR':
        return new PyreleaseError('SIGNING_FAILED', `the OIDC token for Sigstore could not be read (${error.code})`, { fix: 'check that the job has permissions: id-token: write, then re-run' });
      default:
        return new PyreleaseError('SIGNING_FAILED', `signing ${what} failed (${error.code})`, { fix: 're-run; if it persists, set sign: false to publish unsigned' });
    }
  }

  /**
   * Unreachable (no answer: DNS, refused connection, a proxy in between), rate-limited (429) or
   * refused (another 4xx) — told apart, with the host, and the proxy when one is in the way.
   */
  private serviceFailure(service: string, url: string, key: string, status: number | undefined, cause: unknown, attempts: number, outcome: string, refused: () => PyreleaseError): PyreleaseError {
    const host = new URL(url).host;
    const via = proxyFor(url);
    if (status === undefined) {
      return new PyreleaseError('SIGNING_UNAVAILABLE', `${service} (${host}) is unreachable${via ? ` through the proxy ${via}` : ''}: it ${outcome} after ${attempts} attempts (${describeNetworkError(cause, this.policy.attemptTimeoutMs)})`, {
        key,
        fix: via ? `check that the proxy ${via} (HTTPS_PROXY) reaches ${host}, or add it to NO_PROXY; nothing was uploaded` : `check the runner's network (DNS, firewall) reaches ${host}, then re-run (nothing was uploaded), or set sign: false to publish unsigned`,
      });
    }
    if (status === 429) return new PyreleaseError('SIGNING_UNAVAILABLE', `${service} (${host}) rate-limited the signing: it ${outcome} after ${attempts} attempts (HTTP 429)`, { key, fix: 're-run later (nothing was uploaded), or set sign: false to publish unsigned' });
    if (status === 407) return new PyreleaseError('NETWORK_PROXY_REFUSED', `the proxy ${via ?? ''} refused to connect to ${host} (HTTP 407 Proxy Authentication Required)`.replace('proxy  ', 'proxy '), { key: 'HTTPS_PROXY', fix: `give the proxy's credentials in HTTPS_PROXY (from a secret), or add ${host} to NO_PROXY` });
    if (status >= 400 && status < 500 && status !== 408) {
      const error = refused();
      // Behind a proxy, a 403 may be the proxy's own refusal replayed to the client (https-proxy-agent does that).
      return via ? new PyreleaseError(error.code, `${error.message} — through the proxy ${via}, which may have sent it`, { ...error.details, fix: `${error.details.fix ?? ''}; if the proxy refused, allow ${host} on it or add it to NO_PROXY` }) : error;
    }
    return new PyreleaseError('SIGNING_UNAVAILABLE', `${service} (${host}) ${outcome} after ${attempts} attempts (HTTP ${status})`, { key, fix: 're-run later (nothing was uploaded), or set sign: false to publish unsigned' });
  }
}

function messageOf(cause: unknown): string {
  // @sigstore/sign's HTTPError says "(<status>) <message>": the status is already named.
  return (cause instanceof Error ? cause.message.split('\n')[0]! : String(cause)).replace(/^\(\d{3}\)\s*/, '').slice(0, 200);
}
