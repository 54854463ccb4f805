/** Trusted publishing on the PyPI stand-in: audience, the mint-token exchange and every refusal of §3.2, against the OIDC stand-in's real keys. */
import { afterEach, describe, expect, it } from 'vitest';
import { startOidcStandin, type OidcStandin, type OidcStandinOptions } from '../oidc/oidc-standin.js';
import { startPypiStandin, type PypiStandin, type PypiStandinOptions, type TrustedPublisher } from './pypi-standin.js';
import { mintViaOidc, mintWithJwt, upload } from './test-client.js';

const publisher: TrustedPublisher = { repository: 'acme/widget', repositoryOwnerId: '4242', workflowFilename: 'release.yml', projects: ['demo-pkg'] };

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  const closing = open;
  open = [];
  await Promise.allSettled(closing.map((s) => s.close()));
});

async function setup(pypiOptions: PypiStandinOptions = {}, oidcOptions: OidcStandinOptions = {}): Promise<{ oidc: OidcStandin; pypi: PypiStandin }> {
  const oidc = await startOidcStandin(oidcOptions);
  open.push(oidc);
  const pypi = await startPypiStandin({ oidc: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl }, publishers: [publisher], ...pypiOptions });
  open.push(pypi);
  return { oidc, pypi };
}

const refusal = (code: string, description: string) => ({ status: 422, body: { message: 'Token request failed', errors: [{ code, description }] } });
const noPublisher = (reason: string) => refusal('invalid-publisher', `valid token, but no corresponding publisher (${reason})`);
const NOT_FOUND = 'Publisher with matching claims was not found';

describe('PyPI stand-in audience', () => {
  it('names its audience, and refuses with 403 when trusted publishing is off', async () => {
    const { pypi } = await setup({ audience: 'testpypi' });
    const res = await fetch(`${pypi.url}/_/oidc/audience`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ audience: 'testpypi' });

    const { pypi: off, oidc } = await setup({ trustedPublishing: false });
    const refused = await fetch(`${off.url}/_/oidc/audience`);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ message: 'Trusted publishing functionality not enabled' });
    expect(await mintWithJwt(off, oidc.sign('pypi'))).toEqual(refusal('not-enabled', 'GitHub trusted publishing functionality not enabled'));
    expect(off.mintedTokens).toEqual([]);
  });
});

describe('PyPI stand-in mint-token', () => {
  it('exchanges a fresh ID token for a 15-minute upload token (on both routes)', async () => {
    const { oidc, pypi } = await setup();
    const before = Math.floor(Date.now() / 1000);
    const answer = await mintViaOidc(pypi, oidc);
    expect(answer.status).toBe(200);
    expect(answer.body.success).toBe(true);
    expect(answer.body.token).toMatch(/^pypi-[A-Za-z0-9_-]{20,}$/);
    expect(answer.body.expires).toBeGreaterThanOrEqual(before + 900);
    expect(answer.body.expires).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 900);
    expect(oidc.log.find('GET', '/token')[0]?.query).toContain('audience=pypi');

    const legacy = await mintWithJwt(pypi, oidc.sign('pypi'), '/_/oidc/github/mint-token');
    expect(legacy.status).toBe(200);
    expect(pypi.mintedTokens).toEqual([answer.body.token, legacy.body.token]);
  });

  it('refuses a JWT used twice, but a refused exchange does not spend it', async () => {
    const { oidc, pypi } = await setup({ publishers: [] });
    const jwt = oidc.sign('pypi');
    expect(await mintWithJwt(pypi, jwt)).toEqual(noPublisher(NOT_FOUND));
    pypi.addPublisher(publisher);
    expect((await mintWithJwt(pypi, jwt)).status).toBe(200);
    expect(await mintWithJwt(pypi, jwt)).toEqual(refusal('invalid-reuse-token', 'invalid token: already used'));
    expect(pypi.mintedTokens).toHaveLength(1);
  });

  it('refuses a token for another audience, an expired one, and one signed by another key', async () => {
    const { oidc, pypi } = await setup();
    const invalid = refusal('invalid-token', 'malformed or invalid token');
    expect(await mintWithJwt(pypi, oidc.sign('testpypi'))).toEqual(invalid);
    const iat = Math.floor(Date.now() / 1000) - 900;
    expect(await mintWithJwt(pypi, oidc.sign('pypi', { iat, nbf: iat - 300, exp: iat + 300 }))).toEqual(invalid);
    expect(await mintWithJwt(pypi, oidc.signWithForeignKey('pypi'))).toEqual(invalid);
    expect(pypi.mintedTokens).toEqual([]);
  });

  it('judges expiry by its own clock', async () => {
    let nowMs = Date.now();
    const { oidc, pypi } = await setup({ now: () => nowMs });
    const jwt = oidc.sign('pypi');
    nowMs += 331_000; // past exp (300 s) plus the 30 s leeway
    expect(await mintWithJwt(pypi, jwt)).toEqual(refusal('invalid-token', 'malformed or invalid token'));
  });

  it('refuses bodies that are not {"token": "<jwt>"} and issuers it does not trust', async () => {
    const { pypi } = await setup();
    const post = async (body: string) => {
      const res = await fetch(`${pypi.url}/_/oidc/mint-token`, { method: 'POST', body });
      return { status: res.status, body: (await res.json()) as { errors: { code: string; description: string }[] } };
    };
    for (const body of ['not json', '[]', '{}', '{"token": 5}']) {
      const answer = await post(body);
      expect(answer.status, body).toBe(422);
      expect(answer.body.errors[0]?.code, body).toBe('invalid-payload');
      expect(answer.body.errors[0]?.description, body).toMatch(/validation error for TokenPayload/);
    }
    expect(await mintWithJwt(pypi, 'not-a-jwt')).toEqual(refusal('invalid-payload', 'malformed JWT'));

    const elsewhere = await startOidcStandin({ issuer: 'https://gitlab.example' });
    open.push(elsewhere);
    expect(await mintWithJwt(pypi, elsewhere.sign('pypi'))).toEqual(refusal('invalid-payload', 'unknown trusted publishing issuer'));
  });

  it('refetches the issuer keys once for an unknown kid, then refuses', async () => {
    const { oidc, pypi } = await setup();
    expect((await mintWithJwt(pypi, oidc.sign('pypi'))).status).toBe(200);
    expect((await mintWithJwt(pypi, oidc.sign('pypi'))).status).toBe(200);
    expect(oidc.log.count('GET', '/.well-known/jwks')).toBe(1);

    const [h, c, s] = oidc.sign('pypi').split('.');
    const header = { ...(JSON.parse(Buffer.from(h!, 'base64url').toString()) as Record<string, unknown>), kid: 'rotated' };
    const unknownKid = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${c}.${s}`;
    expect(await mintWithJwt(pypi, unknownKid)).toEqual(refusal('invalid-token', 'malformed or invalid token'));
    expect(oidc.log.count('GET', '/.well-known/jwks')).toBe(2);
  });
});

describe('PyPI stand-in publisher matching', () => {
  it('needs the environment a publisher names (case-insensitively), and finds nothing for another one', async () => {
    const { oidc, pypi } = await setup({ publishers: [{ ...publisher, environment: 'pypi' }] });
    expect(await mintWithJwt(pypi, oidc.sign('pypi'))).toEqual(noPublisher(NOT_FOUND));
    expect(await mintWithJwt(pypi, oidc.sign('pypi', { environment: 'staging' }))).toEqual(noPublisher(NOT_FOUND));
    expect((await mintWithJwt(pypi, oidc.sign('pypi', { environment: 'PyPI' }))).status).toBe(200);
  });

  it('lets a publisher without environment accept any', async () => {
    const { oidc, pypi } = await setup();
    expect((await mintWithJwt(pypi, oidc.sign('pypi', { environment: 'release' }))).status).toBe(200);
  });

  it('matches the workflow file from job_workflow_ref, the repository case-insensitively and the owner id exactly', async () => {
    const { oidc, pypi } = await setup();
    const ciRef = 'acme/widget/.github/workflows/ci.yml@refs/heads/main';
    expect(await mintWithJwt(pypi, oidc.sign('pypi', { job_workflow_ref: ciRef, workflow_ref: ciRef }))).toEqual(noPublisher(NOT_FOUND));
    expect(await mintWithJwt(pypi, oidc.sign('pypi', { repository_owner_id: '4243' }))).toEqual(noPublisher(NOT_FOUND));
    const renamed = await mintWithJwt(pypi, oidc.sign('pypi', { repository: 'ACME/Widget', repository_owner: 'acme' }));
    expect(renamed.status).toBe(200);
  });

  it('refuses a job_workflow_ref that is not this repository’s file at the token’s ref or sha', async () => {
    const { oidc, pypi } = await setup();
    const reusable = 'acme/shared/.github/workflows/release.yml@refs/tags/v1';
    const sha = oidc.claims.sha;
    expect(await mintWithJwt(pypi, oidc.sign('pypi', { job_workflow_ref: reusable }))).toEqual(
      noPublisher(
        `The job_workflow_ref claim does not match, expecting one of ['acme/widget/.github/workflows/release.yml@${sha}', 'acme/widget/.github/workflows/release.yml@refs/heads/main'], got '${reusable}'`,
      ),
    );
    const atSha = await mintWithJwt(pypi, oidc.sign('pypi', { job_workflow_ref: `acme/widget/.github/workflows/release.yml@${sha}` }));
    expect(atSha.status).toBe(200);
  });

  it('refuses pull_request_target, but not pull_request', async () => {
    const { oidc, pypi } = await setup();
    expect(await mintWithJwt(pypi, oidc.sign('pypi', { event_name: 'pull_request_target' }))).toEqual(
      noPublisher("Publishing from a workflow invoked via 'pull_request_target' is not supported."),
    );
    expect((await mintWithJwt(pypi, oidc.sign('pypi', { event_name: 'pull_request' }))).status).toBe(200);
  });

  it('names a missing required claim', async () => {
    const { oidc, pypi } = await setup();
    expect(await mintWithJwt(pypi, oidc.sign('pypi', { job_workflow_ref: undefined }))).toEqual(noPublisher("Missing claim 'job_workflow_ref'"));
    expect(await mintWithJwt(pypi, oidc.sign('pypi', { sha: undefined }))).toEqual(noPublisher("Missing claim 'sha'"));
  });

  it('lets a pending publisher create its project on the first mint, and refuses it once the project exists', async () => {
    const { oidc, pypi } = await setup({ publishers: [{ ...publisher, projects: ['fresh-pkg'], pending: true }] });
    const first = await mintWithJwt(pypi, oidc.sign('pypi'));
    expect(first.status).toBe(200);
    // The project exists now and the token covers it: an upload is judged on its file, not refused as a new project.
    const res = await upload(pypi, first.body.token!, { filename: 'fresh_pkg-1.0.tar.gz', bytes: Buffer.from('sdist') }, { name: 'fresh-pkg', version: '1.0' });
    expect(res.status).toBe(200);
    // Now a normal publisher: later mints work like any other.
    expect((await mintWithJwt(pypi, oidc.sign('pypi'))).status).toBe(200);

    const { oidc: oidc2, pypi: taken } = await setup({ publishers: [{ ...publisher, projects: ['demo-pkg'], pending: true }], apiTokens: { 'pypi-owner': ['demo-pkg'] } });
    expect(await mintWithJwt(taken, oidc2.sign('pypi'))).toEqual(refusal('invalid-pending-publisher', 'valid token, but project already exists'));
  });

  it('scopes the minted token to the publisher’s projects', async () => {
    const { oidc, pypi } = await setup({ publishers: [{ ...publisher, projects: ['demo-pkg', 'demo-extra'] }], apiTokens: { 'pypi-other': ['other-pkg'] } });
    const { body } = await mintWithJwt(pypi, oidc.sign('pypi'));
    const file = (name: string) => ({ filename: `${name.replace(/-/g, '_')}-1.0.tar.gz`, bytes: Buffer.from(name) });
    expect((await upload(pypi, body.token!, file('demo-pkg'), { name: 'demo-pkg', version: '1.0' })).status).toBe(200);
    expect((await upload(pypi, body.token!, file('demo-extra'), { name: 'demo-extra', version: '1.0' })).status).toBe(200);
    const foreign = await upload(pypi, body.token!, file('other-pkg'), { name: 'other-pkg', version: '1.0' });
    expect(foreign.status).toBe(403);
    expect(foreign.statusText).toBe("Invalid API Token: OIDC scoped token is not valid for project 'other-pkg'");
  });
});
