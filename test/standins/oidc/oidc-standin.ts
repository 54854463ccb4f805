/**
 * A loopback GitHub Actions OIDC provider (../../../../shared/docs/protocols.md §2.6): the runner's
 * ID-token endpoint that `@actions/core` getIDToken() calls, plus the issuer's discovery document
 * and key set, so the PyPI (and Sigstore) stand-ins verify tokens the way the real services do.
 * Tokens are RS256, live 5 minutes (`nbf` 5 minutes back, as GitHub issues them) and carry a new
 * `jti` each; the claims are a mutable object a test edits between requests.
 */
import { generateKeyPair, generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { publicJwk, signJwt, type Jwk, type JwtHeader } from './jwt.js';
import { json, startStandin, type Standin, type StandinRequest, type StandinResponse } from '../server.js';

export { verifyJwt, decodeJwt, type Jwk, type Jwks, type VerifyOptions, type VerifyResult, type JwtFailure } from './jwt.js';

/** The claims GitHub puts in an Actions ID token (besides iss/aud/iat/exp/nbf/jti, which the stand-in sets). */
export interface ActionsClaims {
  sub: string;
  repository: string;
  repository_id: string;
  repository_owner: string;
  repository_owner_id: string;
  workflow_ref: string;
  job_workflow_ref: string;
  environment?: string;
  ref: string;
  ref_type: string;
  sha: string;
  event_name: string;
  workflow_sha: string;
  job_workflow_sha: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  actor: string;
  actor_id: string;
  runner_environment: string;
  repository_visibility: string;
  [extra: string]: string | undefined;
}

export interface OidcStandinOptions {
  /** `iss` of every token; the real GitHub issuer by default so PyPI-like checks see the exact string. */
  issuer?: string;
  /** Merged over the defaults (repository acme/widget, release.yml on main, push). */
  claims?: Partial<ActionsClaims>;
  /** exp − iat; GitHub uses 300. */
  lifetimeSeconds?: number;
  /** Epoch ms clock for iat/nbf/exp; Date.now by default. */
  now?: () => number;
}

/** Responsible for issuing Actions ID tokens and publishing the keys that verify them. */
export interface OidcStandin extends Standin {
  issuer: string;
  /** `${url}/token?api-version=2.0`: holds a `?` because the toolkit appends `&audience=…` by concatenation. */
  requestUrl: string;
  /** The bearer a runner sends (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  requestToken: string;
  jwksUrl: string;
  /** Claims of the next token; tests change them between requests. `sub` is derived once from the start options: edit it too when a later change (environment, ref) should show there. */
  claims: ActionsClaims;
  env(): { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** Every JWT handed out by the token endpoint, in order. */
  issued: string[];
  /** Signs a JWT directly with the stand-in's key (tamper/expiry tests): claims merged over `claims`, plus aud/iat/exp/nbf/jti overrides; an override of `undefined` drops the claim. */
  sign(audience: string, overrides?: Record<string, unknown>): string;
  /** Signs with a different key but the same kid (signature-invalid tests). */
  signWithForeignKey(audience: string): string;
}

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

const generateRsa = promisify(generateKeyPair);
const newKeyPair = () => generateRsa('rsa', { modulusLength: 2048 });

/** Claims of a push to main of acme/widget running .github/workflows/release.yml, with no environment. */
export function defaultActionsClaims(overrides: Partial<ActionsClaims> = {}): ActionsClaims {
  const repository = overrides.repository ?? 'acme/widget';
  const ref = overrides.ref ?? 'refs/heads/main';
  const sha = overrides.sha ?? 'a'.repeat(40);
  const workflowRef = `${repository}/.github/workflows/release.yml@${ref}`;
  // GitHub's default subject: the environment replaces the ref when the job has one.
  const sub = overrides.environment ? `repo:${repository}:environment:${overrides.environment}` : `repo:${repository}:ref:${ref}`;
  const defaults: ActionsClaims = {
    sub,
    repository,
    repository_id: '690001',
    repository_owner: repository.split('/')[0] ?? 'acme',
    repository_owner_id: '4242',
    workflow_ref: workflowRef,
    job_workflow_ref: workflowRef,
    ref,
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    sha,
    event_name: 'push',
    workflow_sha: sha,
    job_workflow_sha: sha,
    run_id: '9000001',
    run_number: '1',
    run_attempt: '1',
    actor: 'octocat',
    actor_id: '583231',
    runner_environment: 'github-hosted',
    repository_visibility: 'public',
  };
  const merged: ActionsClaims = { ...defaults, ...overrides };
  // An explicit `environment: undefined` in the overrides must not leave the key behind.
  if (merged.environment === undefined) delete merged.environment;
  return merged;
}

export async function startOidcStandin(options: OidcStandinOptions = {}): Promise<OidcStandin> {
  const issuer = options.issuer ?? GITHUB_ACTIONS_ISSUER;
  const lifetime = options.lifetimeSeconds ?? 300;
  const now = options.now ?? Date.now;
  const { privateKey, publicKey } = await newKeyPair();
  const kid = randomUUID();
  const jwk: Jwk = publicJwk(publicKey, kid);
  const header: JwtHeader = { alg: 'RS256', kid, typ: 'JWT', x5t: jwk.x5t };
  const requestToken = randomBytes(24).toString('base64url');
  const issued: string[] = [];
  let foreignKey: KeyObject | undefined;
  let base = '';

  const payload = (audience: string, overrides: Record<string, unknown> = {}): Record<string, unknown> => {
    const iat = Math.floor(now() / 1000);
    // Read through `self` so a test may replace `claims` as well as edit it.
    const merged: Record<string, unknown> = { jti: randomUUID(), ...self.claims, aud: audience, iss: issuer, nbf: iat - 300, exp: iat + lifetime, iat, ...overrides };
    for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
    return merged;
  };

  const routes: Record<string, (req: StandinRequest) => StandinResponse> = {
    '/token': (req) => {
      // The runner's token endpoint refuses any other bearer; Actions answers 401 with a JSON message.
      if (req.headers.authorization !== `Bearer ${requestToken}`) return json(401, { message: 'Unauthorized: invalid ACTIONS_ID_TOKEN_REQUEST_TOKEN' });
      const audience = req.query.get('audience') ?? `https://github.com/${self.claims.repository_owner}`;
      const token = signJwt(header, payload(audience), privateKey);
      issued.push(token);
      return json(200, { count: issued.length, value: token });
    },
    '/.well-known/openid-configuration': () =>
      json(200, {
        issuer,
        // The real document points at the issuer's host; here the keys live on loopback.
        jwks_uri: `${base}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'run_id', 'run_number', 'run_attempt', 'actor', 'actor_id', 'workflow', 'workflow_ref', 'workflow_sha', 'head_ref', 'base_ref', 'event_name', 'ref_type', 'environment', 'job_workflow_ref', 'job_workflow_sha', 'repository_visibility', 'runner_environment'],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
      }),
    '/.well-known/jwks': () => json(200, { keys: [jwk] }),
  };

  const standin = await startStandin((req) => {
    const route = req.method === 'GET' ? routes[req.path] : undefined;
    return route ? route(req) : json(404, { message: 'Not Found' });
  }, { name: 'oidc stand-in' });
  base = standin.url;

  const requestUrl = `${standin.url}/token?api-version=2.0`;
  const self: OidcStandin = {
    ...standin,
    issuer,
    requestUrl,
    requestToken,
    jwksUrl: `${standin.url}/.well-known/jwks`,
    claims: defaultActionsClaims(options.claims),
    issued,
    env: () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: requestUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken }),
    sign: (audience, overrides) => signJwt(header, payload(audience, overrides), privateKey),
    signWithForeignKey(audience) {
      // Generated on first use (sync keeps sign*() synchronous): most suites never need it.
      foreignKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
      return signJwt(header, payload(audience), foreignKey);
    },
  };
  return self;
}
