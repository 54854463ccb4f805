/** The Actions OIDC stand-in: the runner's token endpoint as @actions/core calls it, and the issuer's discovery document and keys. */
import { getIDToken } from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeJwt, verifyJwt, type Jwks } from './jwt.js';
import { GITHUB_ACTIONS_ISSUER, startOidcStandin, type OidcStandin } from './oidc-standin.js';

let open: OidcStandin[] = [];
afterEach(async () => {
  const closing = open;
  open = [];
  await Promise.allSettled(closing.map((s) => s.close()));
});

async function oidc(...args: Parameters<typeof startOidcStandin>): Promise<OidcStandin> {
  const standin = await startOidcStandin(...args);
  open.push(standin);
  return standin;
}

const fetchToken = (standin: OidcStandin, audience?: string, bearer = standin.requestToken) =>
  fetch(audience === undefined ? standin.requestUrl : `${standin.requestUrl}&audience=${encodeURIComponent(audience)}`, {
    headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
  });

const claimsOf = (token: string) => {
  const decoded = decodeJwt(token);
  if (!decoded) throw new Error(`not a JWT: ${token}`);
  return decoded;
};

describe('OIDC stand-in token endpoint', () => {
  it('refuses a request without the runner bearer, and one with another bearer', async () => {
    const standin = await oidc();
    expect((await fetch(`${standin.requestUrl}&audience=pypi`)).status).toBe(401);
    const wrong = await fetchToken(standin, 'pypi', 'not-the-token');
    expect(wrong.status).toBe(401);
    expect(standin.issued).toEqual([]);
  });

  it('issues an RS256 token for the requested audience with the Actions claims, a 5-minute life and a fresh jti', async () => {
    const standin = await oidc();
    const res = await fetchToken(standin, 'pypi');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { value: string; count: number };
    expect(body.count).toBe(1);
    expect(standin.issued).toEqual([body.value]);

    const { header, claims } = claimsOf(body.value);
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(header.kid).toEqual(expect.any(String));
    expect(header.x5t).toEqual(expect.any(String));
    expect(claims).toMatchObject({
      iss: GITHUB_ACTIONS_ISSUER,
      aud: 'pypi',
      sub: 'repo:acme/widget:ref:refs/heads/main',
      repository: 'acme/widget',
      repository_owner: 'acme',
      repository_owner_id: '4242',
      workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/heads/main',
      job_workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/heads/main',
      ref: 'refs/heads/main',
      ref_type: 'branch',
      event_name: 'push',
    });
    expect(claims).not.toHaveProperty('environment');
    const iat = claims.iat as number;
    expect(Math.abs(iat - Date.now() / 1000)).toBeLessThan(5);
    expect(claims.exp).toBe(iat + 300);
    expect(claims.nbf).toBe(iat - 300);

    const second = claimsOf(((await (await fetchToken(standin, 'pypi')).json()) as { value: string }).value);
    expect(second.claims.jti).toEqual(expect.any(String));
    expect(second.claims.jti).not.toBe(claims.jti);
    expect(standin.issued).toHaveLength(2);
  });

  it('defaults the audience to https://github.com/<owner>', async () => {
    const standin = await oidc();
    const { value } = (await (await fetchToken(standin)).json()) as { value: string };
    expect(claimsOf(value).claims.aud).toBe('https://github.com/acme');
  });

  it('puts edited claims in the next token', async () => {
    const standin = await oidc({ claims: { ref: 'refs/tags/v1.2.0' } });
    expect(standin.claims.ref_type).toBe('tag');
    standin.claims.environment = 'pypi';
    standin.claims.event_name = 'release';
    const { value } = (await (await fetchToken(standin, 'pypi')).json()) as { value: string };
    expect(claimsOf(value).claims).toMatchObject({ environment: 'pypi', event_name: 'release', ref: 'refs/tags/v1.2.0' });
  });

  it('serves @actions/core getIDToken through the env() variables (the URL already holds a query)', async () => {
    const standin = await oidc();
    expect(standin.requestUrl).toContain('?');
    const saved = { url: process.env.ACTIONS_ID_TOKEN_REQUEST_URL, token: process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN };
    Object.assign(process.env, standin.env());
    // The toolkit writes workflow commands to stdout; keep them out of the test log, and check the mask.
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const token = await getIDToken('testpypi');
      expect(stdout.mock.calls.map(([chunk]) => String(chunk)).join('')).toContain(`::add-mask::${token}`);
      expect(standin.issued).toEqual([token]);
      expect(claimsOf(token).claims.aud).toBe('testpypi');
      const [request] = standin.log.find('GET', '/token');
      expect(request?.query).toBe('?api-version=2.0&audience=testpypi');
      expect(request?.authorization).toBe('Bearer ***');
    } finally {
      stdout.mockRestore();
      for (const [key, value] of [['ACTIONS_ID_TOKEN_REQUEST_URL', saved.url], ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', saved.token]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});

describe('OIDC stand-in issuer documents', () => {
  it('publishes discovery and a JWKS that verify its tokens, and not another stand-in’s', async () => {
    const standin = await oidc({ issuer: 'https://issuer.example' });
    const discovery = (await (await fetch(`${standin.url}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({ issuer: 'https://issuer.example', jwks_uri: standin.jwksUrl, id_token_signing_alg_values_supported: ['RS256'] });
    const jwks = (await (await fetch(String(discovery.jwks_uri))).json()) as Jwks;
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', e: 'AQAB' });

    const { value } = (await (await fetchToken(standin, 'sigstore')).json()) as { value: string };
    expect(jwks.keys[0]?.kid).toBe(claimsOf(value).header.kid);
    const verified = verifyJwt(value, jwks, { issuer: 'https://issuer.example', audience: 'sigstore' });
    expect(verified).toMatchObject({ ok: true, claims: { repository: 'acme/widget' } });

    const other = await oidc({ issuer: 'https://issuer.example' });
    const foreign = verifyJwt(value, (await (await fetch(other.jwksUrl)).json()) as Jwks, { issuer: 'https://issuer.example', audience: 'sigstore' });
    expect(foreign).toMatchObject({ ok: false, failure: 'unknown-kid' });
  });

  it('answers 404 for routes it does not have', async () => {
    const standin = await oidc();
    expect((await fetch(`${standin.url}/nope`)).status).toBe(404);
    expect((await fetch(standin.requestUrl, { method: 'POST', headers: { authorization: `Bearer ${standin.requestToken}` } })).status).toBe(404);
  });
});
