/**
 * stage: publish with sign: true against loopback Fulcio and Rekor (@sigstore/mock's CA and log)
 * and a PyPI stand-in that verifies PEP 740 attestations against the same trust root.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { publishFixture, publishFixtures, uploadRequests, type PublishFixture } from './fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine']);
const why = missing.length ? ` (skipped: ${missingToolsReason(missing)})` : '';
const openFixture = publishFixtures();
let fixture: PublishFixture | undefined;

const assetNames = (f: PublishFixture) => f.gh.state.releases[0]?.assets.map((a) => a.name).sort() ?? [];

describe.skipIf(missing.length > 0)(`stage: publish, sign: true${why}`, () => {
  it('signs each file, verifies, uploads PEP 740 attestations with it, attaches the bundles; nothing signature-shaped in the upload set', async () => {
    fixture = await openFixture({ sign: true });
    const run = await fixture.run();
    expect(run.error, `${run.error?.message}\n${run.log}`).toBeUndefined();
    const out = run.outcome!.outputs;
    expect(out.signed).toBe('true');
    const bundles = JSON.parse(out.attestations!) as string[];
    expect(bundles.map((b) => b.split('/').pop())).toEqual(['demo_pkg-0.1.0-py3-none-any.whl.sigstore.json', 'demo_pkg-0.1.0.tar.gz.sigstore.json']);
    // Bundles live beside, never inside, the directory the distributions were built into.
    for (const b of bundles) expect(existsSync(b)).toBe(true);
    expect(new Set(bundles.map(dirname)).size).toBe(1);
    expect(dirname(bundles[0]!)).toMatch(/pyrelease-attestations-/);

    // PyPI stored each file with its attestation (the stand-in verified it against the trust root and the publisher).
    const stored = fixture.pypi.files('demo-pkg', '0.1.0');
    expect(stored).toHaveLength(2);
    for (const f of stored) {
      const [attestation] = JSON.parse(f.attestations!) as Array<{ envelope: { statement: string } }>;
      const statement = JSON.parse(Buffer.from(attestation!.envelope.statement, 'base64').toString()) as { subject: Array<{ name: string; digest: { sha256: string } }> };
      expect(statement.subject).toEqual([{ name: f.filename, digest: { sha256: f.sha256 } }]);
    }
    // Each upload request carried exactly one distribution, whose name is a .whl or .tar.gz.
    for (const u of uploadRequests(fixture)) {
      const names = [...u.body.matchAll(/filename="([^"]+)"/g)].map((m) => m[1]);
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/\.(whl|tar\.gz)$/);
    }
    expect(fixture.sigstore!.log.entries.filter((e) => e.method === 'POST' && e.path === '/api/v1/log/entries')).toHaveLength(2);
    expect(assetNames(fixture)).toEqual(['SHA256SUMS', 'demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0-py3-none-any.whl.sigstore.json', 'demo_pkg-0.1.0.tar.gz', 'demo_pkg-0.1.0.tar.gz.sigstore.json']);
    const attached = fixture.gh.state.releases[0]!.assets.find((a) => a.name.endsWith('.tar.gz.sigstore.json'))!;
    expect(attached.bytes.toString()).toBe(readFileSync(bundles[1]!, 'utf8'));
    // The summary names the identity and each Rekor log index.
    expect(run.outcome!.summary).toMatch(/certificate for `https:\/\/github.com\/acme\/widget\/.github\/workflows\/release.yml@refs\/heads\/main`/);
    expect(run.outcome!.summary).toMatch(/\| `demo_pkg-0.1.0.tar.gz` \| \d+ \| `demo_pkg-0.1.0.tar.gz.sigstore.json` \|/);
    // The sigstore-audience tokens were masked like the others.
    expect(fixture.oidc.issued.length).toBeGreaterThanOrEqual(3);
    for (const t of fixture.oidc.issued) expect(run.log).not.toContain(t);
  });

  it('a re-run converges: no new upload, no new signature, bundles still attached once', async () => {
    fixture = await openFixture({ sign: true });
    expect((await fixture.run()).error).toBeUndefined();
    const again = await fixture.run();
    expect(again.error, again.error?.message).toBeUndefined();
    expect(uploadRequests(fixture)).toHaveLength(2);
    expect(fixture.sigstore!.log.entries.filter((e) => e.method === 'POST' && e.path === '/api/v1/log/entries')).toHaveLength(2);
    expect(assetNames(fixture)).toHaveLength(5);
  });

  it('sign: false publishes unsigned, with a note', async () => {
    fixture = await openFixture({ sign: true });
    const run = await fixture.run({ sign: false });
    expect(run.error).toBeUndefined();
    expect(run.outcome!.outputs.signed).toBe('false');
    expect(fixture.pypi.files('demo-pkg', '0.1.0').every((f) => f.attestations === undefined)).toBe(true);
    expect(run.outcome!.summary).toMatch(/sign: false\*\* — published without Sigstore attestations/);
    expect(fixture.sigstore!.log.entries).toHaveLength(0);
  });

  it('Fulcio down: retried, then one clear error; nothing uploaded', async () => {
    fixture = await openFixture({ sign: true });
    fixture.sigstore!.faults.add({ method: 'POST', path: '/api/v2/signingCert', status: 503 });
    const run = await fixture.run();
    expect(run.error?.code).toBe('SIGNING_UNAVAILABLE');
    expect(run.error?.message).toMatch(/Fulcio \(127\.0\.0\.1:\d+\) gave no certificate for demo_pkg-0.1.0[^ ]* after 3 attempts \(HTTP 503\)/);
    expect(run.error?.details?.fix).toMatch(/sign: false/);
    expect(uploadRequests(fixture)).toHaveLength(0);
    expect(fixture.sigstore!.log.entries.filter((e) => e.path === '/api/v2/signingCert').length).toBeGreaterThanOrEqual(3);
  });

  it('Fulcio refusing the identity (4xx) is not retried and says so', async () => {
    fixture = await openFixture({ sign: true });
    fixture.sigstore!.faults.add({ method: 'POST', path: '/api/v2/signingCert', status: 401, body: { message: 'invalid identity token' } });
    const run = await fixture.run();
    expect(run.error?.code).toBe('SIGNING_IDENTITY_REFUSED');
    expect(run.error?.message).toMatch(/Fulcio \(127\.0\.0\.1:\d+\) refused the identity .*\(HTTP 401\): invalid identity token/);
    expect(uploadRequests(fixture)).toHaveLength(0);
  });

  it('Fulcio unreachable (nothing listens): "unreachable", with the host — not "refused the identity"', async () => {
    fixture = await openFixture({ sign: true });
    const gone = `http://127.0.0.1:${await closedPort()}`;
    const run = await fixture.run({ fulcioUrl: gone });
    expect(run.error?.code).toBe('SIGNING_UNAVAILABLE');
    expect(run.error?.message).toMatch(new RegExp(`^Fulcio \\(${new URL(gone).host.replace(/\./g, '\\.')}\\) is unreachable: it gave no certificate for demo_pkg-0\\.1\\.0\\S* after 3 attempts \\(connection failed: ECONNREFUSED\\)$`));
    expect(uploadRequests(fixture)).toHaveLength(0);
  });

  it('Fulcio rate-limiting (429 every time): "rate-limited", not "refused"', async () => {
    fixture = await openFixture({ sign: true });
    fixture.sigstore!.faults.add({ method: 'POST', path: '/api/v2/signingCert', status: 429, headers: { 'retry-after': '0' } });
    const run = await fixture.run();
    expect(run.error?.code).toBe('SIGNING_UNAVAILABLE');
    expect(run.error?.message).toMatch(/^Fulcio \(127\.0\.0\.1:\d+\) rate-limited the signing/);
  });

  it('Rekor down after retries: clear error, nothing uploaded; a blip is retried and succeeds', async () => {
    fixture = await openFixture({ sign: true });
    const blip = fixture.sigstore!.faults.add({ method: 'POST', path: '/api/v1/log/entries', status: 502, times: 1 });
    expect((await fixture.run()).error).toBeUndefined();
    expect(fixture.sigstore!.faults.firedCount(blip)).toBe(1);

    const down = await publishFixture({ sign: true });
    try {
      down.sigstore!.faults.add({ method: 'POST', path: '/api/v1/log/entries', status: 503 });
      const run = await down.run();
      expect(run.error?.code).toBe('SIGNING_UNAVAILABLE');
      expect(run.error?.message).toMatch(/Rekor .* did not record the signature/);
      expect(down.pypi.files('demo-pkg')).toHaveLength(0);
    } finally {
      await down.close();
    }
  });

  it('a bundle that does not verify against the trust root stops the publish before upload', async () => {
    fixture = await openFixture({ sign: true });
    // The trust root of another Sigstore instance: the certificates this Fulcio issues do not chain to it.
    const { startSigstoreStandin } = await import('../../standins/sigstore/sigstore-standin.js');
    const other = await startSigstoreStandin();
    try {
      const run = await fixture.run({ trustedRoot: other.trustedRootPath });
      expect(run.error?.code).toBe('SIGNATURE_INVALID');
      expect(run.error?.message).toMatch(/the Sigstore bundle made for demo_pkg-0.1.0.* is not valid: it does not verify against the Sigstore trust root/);
      expect(uploadRequests(fixture)).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it('a reusable workflow signs with its own identity: published, bundles on the GitHub release, attestations not sent to PyPI (which would refuse them), said so', async () => {
    fixture = await openFixture({ sign: true });
    // The job runs in a reusable workflow: PyPI's publisher names its file, Fulcio's Build Config URI the caller's.
    fixture.oidc.claims.job_workflow_ref = 'acme/widget/.github/workflows/pypi.yml@refs/heads/main';
    fixture.pypi.addPublisher({ repository: 'acme/widget', repositoryOwnerId: '4242', workflowFilename: 'pypi.yml', projects: ['demo-pkg'] });
    const run = await fixture.run();
    expect(run.error, run.error?.message).toBeUndefined();
    expect(fixture.pypi.files('demo-pkg', '0.1.0').map((f) => f.attestations)).toEqual([undefined, undefined]);
    expect(fixture.gh.state.releases[0]!.assets.map((a) => a.name).filter((n) => n.endsWith('.sigstore.json'))).toHaveLength(2);
    expect(run.outcome!.summary).toMatch(/attestations were not sent to \S+: signed in the reusable workflow acme\/widget\/.github\/workflows\/pypi.yml@refs\/heads\/main/);
    expect(run.log).toMatch(/publish from the top-level workflow/);
  });

  it('an expired identity token is refused before Fulcio sees it', async () => {
    fixture = await openFixture({ sign: true, oidc: { lifetimeSeconds: -60 } });
    const expired = await fixture.run();
    // The trusted-publishing exchange comes after signing, so the first refusal is the signer's.
    expect(expired.error?.code).toBe('SIGNING_TOKEN_EXPIRED');
    expect(fixture.sigstore!.log.entries.filter((e) => e.path === '/api/v2/signingCert')).toHaveLength(0);
    expect(uploadRequests(fixture)).toHaveLength(0);
  });

  it('with an API token, PyPI takes no attestations: bundles go to the release only, and the summary says so', async () => {
    const apiToken = 'pypi-AgEIcHlwaS5vcmcSigningApiToken000000000000';
    fixture = await openFixture({ sign: true, pypi: { apiTokens: { [apiToken]: ['demo-pkg'] } } });
    const run = await fixture.run({ password: apiToken });
    expect(run.error, run.error?.message).toBeUndefined();
    expect(fixture.pypi.files('demo-pkg', '0.1.0').every((f) => f.attestations === undefined)).toBe(true);
    expect(assetNames(fixture).filter((a) => a.endsWith('.sigstore.json'))).toHaveLength(2);
    expect(run.outcome!.summary).toMatch(/accepts attestations only with trusted publishing/);
  });
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as import('node:net').AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}
