/**
 * PyPI's trusted-publishing endpoints (protocols.md §3.2): `GET /_/oidc/audience` and the
 * mint-token exchange, refusing with 422 `Token request failed` and Warehouse's codes in its order:
 * payload, malformed JWT, unknown issuer, not enabled, invalid token (keys fetched from the
 * issuer's JWKS over loopback, refreshed once on an unknown `kid`), pending publisher on an
 * existing project, then publisher matching with the `jti` replay check. A pending publisher's
 * first mint creates its project(s) and turns it into a normal publisher.
 */
import { Credentials, type TrustedPublisher } from './credentials.js';
import { matchPublisher } from './publishers.js';
import type { PypiStore } from './store.js';
import { decodeJwt, verifyJwt, type Jwks } from '../oidc/jwt.js';
import { json, type StandinRequest, type StandinResponse } from '../server.js';

export interface TrustedPublishingOptions {
  oidc?: { issuer: string; jwksUrl: string };
  audience: string;
  enabled: boolean;
  publishers: TrustedPublisher[];
}

const NOT_ENABLED = 'Trusted publishing functionality not enabled';
// PyPI remembers a jti until the token's exp plus this margin.
const JTI_MARGIN_MS = 35_000;

/** Responsible for exchanging Actions ID tokens for upload tokens, and for the publishers that allows. */
export class TrustedPublishing {
  readonly publishers: TrustedPublisher[] = [];
  readonly #usedJti = new Map<string, number>();
  #jwks: Jwks | undefined;

  constructor(
    private readonly options: TrustedPublishingOptions,
    private readonly store: PypiStore,
    private readonly credentials: Credentials,
  ) {
    for (const p of options.publishers) this.addPublisher(p);
  }

  /** Registers a publisher; a normal one's projects exist from now on (PyPI attaches publishers to existing projects). */
  addPublisher(publisher: TrustedPublisher): void {
    const copy: TrustedPublisher = { ...publisher, projects: [...publisher.projects] };
    // Warehouse keeps one publisher per set of claims, shared by every project that adds it: adding it to another project extends that one.
    const same = this.publishers.find((p) => p.repository.toLowerCase() === copy.repository.toLowerCase() && p.repositoryOwnerId === copy.repositoryOwnerId && p.workflowFilename === copy.workflowFilename && (p.environment ?? '') === (copy.environment ?? '') && !p.pending && !copy.pending);
    if (same) same.projects.push(...copy.projects.filter((n) => !same.projects.includes(n)));
    else this.publishers.push(copy);
    if (!copy.pending) for (const name of copy.projects) this.store.ensureProject(name, 0);
  }

  audience(): StandinResponse {
    return this.options.enabled ? json(200, { audience: this.options.audience }) : json(403, { message: NOT_ENABLED });
  }

  async mint(req: StandinRequest): Promise<StandinResponse> {
    const refuse = (code: string, description: string) => json(422, { message: 'Token request failed', errors: [{ code, description }] });

    const token = readTokenPayload(req.text);
    if (typeof token !== 'string') return refuse('invalid-payload', token.error);
    const unverified = decodeJwt(token);
    const issuer = unverified?.claims.iss;
    if (!unverified || typeof issuer !== 'string') return refuse('invalid-payload', 'malformed JWT');
    if (!this.options.oidc || issuer !== this.options.oidc.issuer) return refuse('invalid-payload', 'unknown trusted publishing issuer');
    if (!this.options.enabled) return refuse('not-enabled', `GitHub trusted publishing functionality not enabled`);

    const claims = await this.#verify(token, this.options.oidc);
    if (!claims) return refuse('invalid-token', 'malformed or invalid token');

    const now = this.store.now();
    for (const [jti, until] of this.#usedJti) if (until < now) this.#usedJti.delete(jti);
    const isUsed = (jti: string) => this.#usedJti.has(jti);

    // A pending publisher that does not match is not an error: PyPI goes on to the normal publishers.
    const pending = matchPublisher(this.publishers.filter((p) => p.pending), claims, () => false);
    if (pending.ok) {
      if (pending.publisher.projects.some((name) => this.store.project(name))) return refuse('invalid-pending-publisher', 'valid token, but project already exists');
      for (const name of pending.publisher.projects) this.store.ensureProject(name);
      pending.publisher.pending = false;
    }

    const match = matchPublisher(this.publishers.filter((p) => !p.pending), claims, isUsed);
    if (!match.ok) {
      if (match.reused) return refuse('invalid-reuse-token', 'invalid token: already used');
      return refuse('invalid-publisher', `valid token, but no corresponding publisher (${match.reason})`);
    }

    const minted = this.credentials.mint(match.publisher);
    // Only a successful exchange spends the jti, as on PyPI.
    if (typeof claims.jti === 'string') this.#usedJti.set(claims.jti, (claims.exp as number) * 1000 + JTI_MARGIN_MS);
    return json(200, { success: true, token: minted.token, expires: minted.expires });
  }

  async #fetchJwks(url: string): Promise<Jwks> {
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`pypi stand-in: JWKS ${url} answered ${res.status}`);
    return (await res.json()) as Jwks;
  }

  /** The verified claims, or undefined; an unknown `kid` refreshes the key set once, as PyPI's key cache does. */
  async #verify(token: string, oidc: { issuer: string; jwksUrl: string }): Promise<Record<string, unknown> | undefined> {
    const options = { issuer: oidc.issuer, audience: this.options.audience, now: this.store.now(), leewaySeconds: 30 };
    this.#jwks ??= await this.#fetchJwks(oidc.jwksUrl);
    let result = verifyJwt(token, this.#jwks, options);
    if (!result.ok && result.failure === 'unknown-kid') {
      this.#jwks = await this.#fetchJwks(oidc.jwksUrl);
      result = verifyJwt(token, this.#jwks, options);
    }
    return result.ok ? result.claims : undefined;
  }
}

/** The `token` of a `{"token": "<string>"}` body, or a pydantic-like validation text (any content type is accepted). */
function readTokenPayload(body: string): string | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { error: `1 validation error for TokenPayload\n  Invalid JSON: ${error instanceof Error ? error.message : String(error)} [type=json_invalid]` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: '1 validation error for TokenPayload\n  Input should be an object [type=model_type]' };
  const token = (value as Record<string, unknown>).token;
  if (token === undefined) return { error: '1 validation error for TokenPayload\ntoken\n  Field required [type=missing]' };
  if (typeof token !== 'string') return { error: '1 validation error for TokenPayload\ntoken\n  Input should be a valid string [type=string_type]' };
  return token;
}
