/** verifyJwt refuses what PyPI's token verification refuses (protocols.md §3.2), and signJwt output verifies. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeJwt, verifyJwt, type Jwks } from './jwt.js';
import { startOidcStandin, type OidcStandin } from './oidc-standin.js';

const issuer = 'https://token.actions.githubusercontent.com';
let oidc: OidcStandin;
let jwks: Jwks;

beforeAll(async () => {
  oidc = await startOidcStandin();
  jwks = (await (await fetch(oidc.jwksUrl)).json()) as Jwks;
});
afterAll(async () => oidc.close());

const nowSeconds = () => Math.floor(Date.now() / 1000);
const verify = (token: string, audience = 'pypi', now?: number) => verifyJwt(token, jwks, { issuer, audience, now, leewaySeconds: 30 });

/** Re-encodes one part of a token without re-signing it. */
function tamper(token: string, edit: (claims: Record<string, unknown>) => void, part: 'header' | 'claims' = 'claims'): string {
  const decoded = decodeJwt(token)!;
  const target = part === 'claims' ? { ...decoded.claims } : { ...decoded.header };
  edit(target);
  const [h, c, s] = token.split('.');
  const encoded = Buffer.from(JSON.stringify(target)).toString('base64url');
  return part === 'claims' ? `${h}.${encoded}.${s}` : `${encoded}.${c}.${s}`;
}

describe('verifyJwt', () => {
  it('accepts a fresh token for the configured audience and returns its claims', () => {
    const result = verify(oidc.sign('pypi'));
    expect(result).toMatchObject({ ok: true, claims: { aud: 'pypi', repository: 'acme/widget' }, header: { alg: 'RS256' } });
  });

  it('refuses an expired token, but allows 30 s of clock skew', () => {
    const iat = nowSeconds() - 600;
    expect(verify(oidc.sign('pypi', { iat, nbf: iat - 300, exp: nowSeconds() - 31 }))).toMatchObject({ ok: false, failure: 'expired' });
    expect(verify(oidc.sign('pypi', { iat, nbf: iat - 300, exp: nowSeconds() - 20 }))).toMatchObject({ ok: true });
    // The same token checked with a clock 10 minutes ahead.
    expect(verify(oidc.sign('pypi'), 'pypi', Date.now() + 600_000)).toMatchObject({ ok: false, failure: 'expired' });
  });

  it('refuses a token not valid yet, or issued in the future, beyond the leeway', () => {
    expect(verify(oidc.sign('pypi', { nbf: nowSeconds() + 120 }))).toMatchObject({ ok: false, failure: 'not-yet-valid' });
    expect(verify(oidc.sign('pypi', { iat: nowSeconds() + 120, nbf: undefined }))).toMatchObject({ ok: false, failure: 'issued-in-future' });
    expect(verify(oidc.sign('pypi', { nbf: nowSeconds() + 20 }))).toMatchObject({ ok: true });
  });

  it('refuses another audience, and a list of audiences even when it holds the right one', () => {
    expect(verify(oidc.sign('testpypi'))).toMatchObject({ ok: false, failure: 'wrong-audience' });
    expect(verify(oidc.sign('pypi', { aud: ['pypi'] }))).toMatchObject({ ok: false, failure: 'wrong-audience' });
    expect(verify(oidc.sign('pypi', { aud: ['pypi', 'sigstore'] }))).toMatchObject({ ok: false, failure: 'wrong-audience' });
  });

  it('refuses another issuer and tokens missing a required claim', () => {
    expect(verify(oidc.sign('pypi', { iss: 'https://evil.example' }))).toMatchObject({ ok: false, failure: 'wrong-issuer' });
    for (const claim of ['iss', 'iat', 'exp', 'aud']) {
      expect(verify(oidc.sign('pypi', { [claim]: undefined })), claim).toMatchObject({ ok: false, failure: 'missing-claim' });
    }
  });

  it('refuses a signature by another key under the same kid, and an edited payload', () => {
    expect(verify(oidc.signWithForeignKey('pypi'))).toMatchObject({ ok: false, failure: 'bad-signature' });
    expect(verify(tamper(oidc.sign('pypi'), (c) => (c.repository = 'evil/widget')))).toMatchObject({ ok: false, failure: 'bad-signature' });
  });

  it('refuses an unknown kid and any alg but RS256', () => {
    expect(verify(tamper(oidc.sign('pypi'), (h) => (h.kid = 'rotated-away'), 'header'))).toMatchObject({ ok: false, failure: 'unknown-kid' });
    const none = tamper(oidc.sign('pypi'), (h) => (h.alg = 'none'), 'header').replace(/\.[^.]*$/, '.');
    expect(verify(none)).toMatchObject({ ok: false, failure: 'unsupported-alg' });
    expect(verify(tamper(oidc.sign('pypi'), (h) => (h.alg = 'HS256'), 'header'))).toMatchObject({ ok: false, failure: 'unsupported-alg' });
  });

  it('refuses what is not a JWT', () => {
    for (const token of ['', 'abc', 'a.b.c', `${Buffer.from('[]').toString('base64url')}.e30.sig`]) {
      expect(verify(token), token).toMatchObject({ ok: false, failure: 'malformed' });
    }
  });
});
