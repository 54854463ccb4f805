/**
 * RS256 JSON Web Tokens with node:crypto only: signing for the OIDC stand-in, and verification as
 * PyPI does it (../../../../shared/docs/protocols.md §3.2) for the PyPI stand-in: RS256 only, key by
 * `kid`, `iss`/`iat`/`exp`/`aud` required, `nbf` checked when present, 30 s leeway, and `aud` a single
 * string equal to the expected audience (PyJWT's `strict_aud`, which Warehouse turns on).
 */
import { createHash, createPublicKey, sign as rsaSign, verify as rsaVerify, type KeyObject } from 'node:crypto';

/** One RSA public key as the issuer's JWKS lists it. */
export interface Jwk {
  kty: 'RSA';
  kid: string;
  n: string;
  e: string;
  alg: 'RS256';
  use: 'sig';
  x5t?: string;
}

export interface Jwks {
  keys: Jwk[];
}

export interface JwtHeader {
  alg: string;
  kid?: string;
  typ?: string;
  x5t?: string;
  [extra: string]: unknown;
}

export type JwtClaims = Record<string, unknown>;

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

/** Signs `claims` with RS256 (RSASSA-PKCS1-v1_5 over SHA-256) under the given header. */
export function signJwt(header: JwtHeader, claims: JwtClaims, privateKey: KeyObject): string {
  const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  return `${signingInput}.${b64url(rsaSign('sha256', Buffer.from(signingInput), privateKey))}`;
}

/** The public half of an RSA key as a JWK with its `kid`; `x5t` is a SHA-1 thumbprint of the key (there is no certificate). */
export function publicJwk(publicKey: KeyObject, kid: string): Jwk {
  const { n, e } = publicKey.export({ format: 'jwk' });
  if (typeof n !== 'string' || typeof e !== 'string') throw new Error('not an RSA public key');
  return { kty: 'RSA', kid, n, e, alg: 'RS256', use: 'sig', x5t: b64url(createHash('sha1').update(publicKey.export({ format: 'der', type: 'spki' })).digest()) };
}

export interface DecodedJwt {
  header: JwtHeader;
  claims: JwtClaims;
  signingInput: string;
  signature: Buffer;
}

/** Splits and parses a compact JWT without checking anything; undefined when it is not one. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [h, c, s] = parts as [string, string, string];
  const header = parseObject(h);
  const claims = parseObject(c);
  if (!header || !claims || typeof header.alg !== 'string') return undefined;
  return { header: header as JwtHeader, claims, signingInput: `${h}.${c}`, signature: Buffer.from(s, 'base64url') };
}

function parseObject(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export interface VerifyOptions {
  issuer: string;
  audience: string;
  /** Epoch milliseconds; Date.now() when unset. */
  now?: number;
  /** Clock skew allowed on `exp`, `nbf` and `iat`; PyPI uses 30. */
  leewaySeconds?: number;
}

/** Why a token was refused; `unknown-kid` is the one case where a verifier refreshes its key set and tries again. */
export type JwtFailure = 'malformed' | 'unsupported-alg' | 'unknown-kid' | 'bad-signature' | 'missing-claim' | 'wrong-issuer' | 'wrong-audience' | 'expired' | 'not-yet-valid' | 'issued-in-future';

export type VerifyResult = { ok: true; header: JwtHeader; claims: JwtClaims } | { ok: false; failure: JwtFailure; detail: string };

/** Verifies signature and registered claims; every failure is reported, never thrown. */
export function verifyJwt(token: string, jwks: Jwks, options: VerifyOptions): VerifyResult {
  const fail = (failure: JwtFailure, detail: string): VerifyResult => ({ ok: false, failure, detail });
  const decoded = decodeJwt(token);
  if (!decoded) return fail('malformed', 'not a compact JWS with JSON header and claims');
  const { header, claims } = decoded;
  // Only RS256: a verifier that believed the header's `alg` would accept `none` or an HMAC keyed with the public key.
  if (header.alg !== 'RS256') return fail('unsupported-alg', `alg ${JSON.stringify(header.alg)} is not RS256`);
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (!jwk) return fail('unknown-kid', `no key with kid ${JSON.stringify(header.kid)}`);
  let key: KeyObject;
  try {
    key = createPublicKey({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: 'jwk' });
  } catch (error) {
    return fail('unknown-kid', `key ${jwk.kid} unusable: ${String(error)}`);
  }
  if (!rsaVerify('sha256', Buffer.from(decoded.signingInput), key, decoded.signature)) return fail('bad-signature', 'signature does not verify');

  for (const name of ['iss', 'iat', 'exp', 'aud'] as const) if (claims[name] === undefined) return fail('missing-claim', `claim ${name} is required`);
  if (claims.iss !== options.issuer) return fail('wrong-issuer', `iss ${JSON.stringify(claims.iss)} is not ${JSON.stringify(options.issuer)}`);
  // Strict: a list of audiences is refused even when it holds the expected one.
  if (claims.aud !== options.audience) return fail('wrong-audience', `aud ${JSON.stringify(claims.aud)} is not ${JSON.stringify(options.audience)}`);

  const now = (options.now ?? Date.now()) / 1000;
  const leeway = options.leewaySeconds ?? 30;
  const numeric = (name: string): number | undefined => (typeof claims[name] === 'number' ? (claims[name] as number) : undefined);
  const exp = numeric('exp');
  const iat = numeric('iat');
  if (exp === undefined || iat === undefined) return fail('malformed', 'exp and iat must be numbers');
  if (exp <= now - leeway) return fail('expired', `expired at ${exp}, now ${Math.floor(now)}`);
  if (iat > now + leeway) return fail('issued-in-future', `issued at ${iat}, now ${Math.floor(now)}`);
  if (claims.nbf !== undefined) {
    const nbf = numeric('nbf');
    if (nbf === undefined) return fail('malformed', 'nbf must be a number');
    if (nbf > now + leeway) return fail('not-yet-valid', `not before ${nbf}, now ${Math.floor(now)}`);
  }
  return { ok: true, header, claims };
}
