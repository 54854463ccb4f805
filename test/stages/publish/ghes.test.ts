/**
 * GitHub Enterprise Server (issue #19): the signing identity follows GITHUB_SERVER_URL and the
 * token's own issuer (`https://<server>/_services/token`), checked against a private Sigstore
 * configured for that server; with the public-good Sigstore, which trusts only github.com's
 * tokens, the publish stops before building, with the way out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { publishFixtures } from './fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine', 'venv', 'pip']);
const openFixture = publishFixtures();
beforeAll(() => {
  if (missing.length > 0) throw new Error(missingToolsReason(missing));
});

const SERVER = 'https://ghes.acme.example';
const API_TOKEN = 'pypi-AgEIcHlwaS5vcmcGhesApiToken00000000000000';

describe('stage: publish on GitHub Enterprise Server', () => {
  it('sign: true with the public-good Sigstore: stops before building, with sign: false or a private Sigstore as the way out', async () => {
    const f = await openFixture();
    const run = await f.run({ serverUrl: SERVER, sign: true, fulcioUrl: 'https://fulcio.sigstore.dev', rekorUrl: 'https://rekor.sigstore.dev', trustedRoot: '' });
    expect(run.error?.code).toBe('SIGNING_GHES_PUBLIC_GOOD');
    expect(run.error?.message).toBe('this run is on GitHub Enterprise Server (ghes.acme.example), whose Actions tokens the public-good Sigstore (fulcio.sigstore.dev) does not trust: signing would fail after the build');
    expect(run.error?.details?.fix).toMatch(/sign: false .*https:\/\/ghes\.acme\.example\/_services\/token: fulcio-url, rekor-url and trusted-root/);
    expect(run.log).not.toMatch(/build: exit/);
    expect(f.pypi.log.entries).toHaveLength(0);
  });

  it('signs with a private Sigstore for the server: the certificate names the GHES issuer and repository, and is accepted', async () => {
    const f = await openFixture({ sign: true, sigstore: { serverUrl: SERVER }, oidc: { issuer: `${SERVER}/_services/token` }, pypi: { apiTokens: { [API_TOKEN]: ['demo-pkg'] } } });
    const run = await f.run({ serverUrl: SERVER, password: API_TOKEN });
    expect(run.error, run.error?.message).toBeUndefined();
    expect(run.outcome!.outputs.signed).toBe('true');
    expect(run.outcome!.summary).toContain(`${SERVER}/acme/widget/.github/workflows/release.yml@`);
    expect(f.gh.state.releases[0]!.assets.map((a) => a.name).filter((n) => n.endsWith('.sigstore.json'))).toHaveLength(2);
  });
});
