/**
 * The Sigstore stand-in with the real clients: `@sigstore/sign` signs an in-toto statement through
 * its Fulcio and Rekor (identity from the OIDC stand-in), `@sigstore/verify` accepts the bundle with
 * the stand-in's trusted root and refuses it with another stand-in's; the certificate carries the
 * GitHub extensions of the token; Rekor keeps entries (409 + fetch on a retried write); injected
 * faults reach the client as the real services' would.
 */
import { readFileSync } from 'node:fs';
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier, type Signer } from '@sigstore/verify';
import { afterEach, describe, expect, it } from 'vitest';
import { GITHUB_ACTIONS_ISSUER, startOidcStandin, type OidcStandin } from '../oidc/oidc-standin.js';
import { startSigstoreStandin, TRUSTED_ROOT_MEDIA_TYPE, type SigstoreStandin, type SigstoreStandinOptions } from './sigstore-standin.js';
import { IN_TOTO_PAYLOAD_TYPE, publishStatement, signDsse, type SignOptions } from './test-signer.js';

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  const closing = open;
  open = [];
  await Promise.allSettled(closing.map((s) => s.close()));
});

async function sigstoreWith(options?: SigstoreStandinOptions): Promise<SigstoreStandin> {
  const standin = await startSigstoreStandin(options);
  open.push(standin);
  return standin;
}

async function oidcStandin(): Promise<OidcStandin> {
  const standin = await startOidcStandin();
  open.push(standin);
  return standin;
}

const WHEEL = 'demo_pkg-0.1.0-py3-none-any.whl';
const statement = publishStatement(WHEEL, Buffer.from('wheel bytes'));

function verify(bundle: SerializedBundle, trustedRoot: Record<string, unknown>): Signer {
  return new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot))).verify(toSignedEntity(bundleFromJSON(bundle)));
}

const leafOf = (bundle: SerializedBundle) => X509Certificate.parse(Buffer.from(bundle.verificationMaterial.certificate!.rawBytes, 'base64'));
const extension = (cert: X509Certificate, oid: string) => cert.extension(oid)?.valueObj.subs[0]?.value.toString('utf8');

async function setup(options?: SigstoreStandinOptions) {
  const [sigstore, oidc] = await Promise.all([sigstoreWith(options), oidcStandin()]);
  const sign = (extra: Partial<SignOptions> = {}, payload: Parameters<typeof signDsse>[1] = statement) =>
    signDsse(sigstore, payload, { token: () => oidc.sign('sigstore'), ...extra });
  return { sigstore, oidc, sign };
}

describe('Sigstore stand-in: keyless signing', () => {
  it('issues a certificate and a Rekor dsse entry that @sigstore/verify accepts with its trusted root', async () => {
    const { sigstore, sign } = await setup();
    const bundle = await sign();

    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.dsseEnvelope?.payloadType).toBe(IN_TOTO_PAYLOAD_TYPE);
    expect(JSON.parse(Buffer.from(bundle.dsseEnvelope!.payload, 'base64').toString('utf8'))).toEqual(statement);
    expect(bundle.dsseEnvelope?.signatures).toHaveLength(1);
    const [entry] = bundle.verificationMaterial.tlogEntries;
    expect(entry?.kindVersion).toEqual({ kind: 'dsse', version: '0.0.1' });
    expect(entry?.inclusionPromise?.signedEntryTimestamp).toEqual(expect.any(String));
    expect(entry?.inclusionProof?.checkpoint.envelope).toContain(`127.0.0.1:${sigstore.port}`);

    const signer = verify(bundle, sigstore.trustedRoot);
    expect(signer.identity?.extensions?.issuer).toBe(GITHUB_ACTIONS_ISSUER);
    expect(signer.identity?.subjectAlternativeName).toBe('https://github.com/acme/widget/.github/workflows/release.yml@refs/heads/main');
    // The same root from the file a user would pass.
    expect(JSON.parse(readFileSync(sigstore.trustedRootPath, 'utf8'))).toEqual(sigstore.trustedRoot);
    expect(sigstore.trustedRoot).toMatchObject({ mediaType: TRUSTED_ROOT_MEDIA_TYPE, timestampAuthorities: [] });
    expect(verify(bundle, JSON.parse(readFileSync(sigstore.trustedRootPath, 'utf8')) as Record<string, unknown>).identity?.extensions?.issuer).toBe(GITHUB_ACTIONS_ISSUER);

    expect(sigstore.log.entries.map((e) => `${e.method} ${e.path} ${e.status}`)).toEqual(['POST /api/v2/signingCert 201', 'POST /api/v1/log/entries 201']);
    const fulcioRequest = sigstore.log.entries[0]!.json() as { credentials: { oidcIdentityToken: string }; publicKeyRequest: { publicKey: { algorithm: string } } };
    expect(fulcioRequest.publicKeyRequest.publicKey.algorithm).toBe('ECDSA');
    const rekorRequest = sigstore.log.entries[1]!.json() as { kind: string; apiVersion: string };
    expect(rekorRequest).toMatchObject({ kind: 'dsse', apiVersion: '0.0.1' });
  });

  it('puts the GitHub claims of the token into the certificate extensions', async () => {
    const { oidc, sign } = await setup();
    oidc.claims.workflow_ref = 'acme/widget/.github/workflows/ci.yml@refs/tags/v1.2.0';
    oidc.claims.ref = 'refs/tags/v1.2.0';
    const cert = leafOf(await sign());
    expect(extension(cert, '1.3.6.1.4.1.57264.1.8')).toBe(GITHUB_ACTIONS_ISSUER);
    expect(extension(cert, '1.3.6.1.4.1.57264.1.12')).toBe('https://github.com/acme/widget');
    expect(extension(cert, '1.3.6.1.4.1.57264.1.13')).toBe('a'.repeat(40));
    expect(extension(cert, '1.3.6.1.4.1.57264.1.14')).toBe('refs/tags/v1.2.0');
    expect(extension(cert, '1.3.6.1.4.1.57264.1.18')).toBe('https://github.com/acme/widget/.github/workflows/ci.yml@refs/tags/v1.2.0');
    expect(extension(cert, '1.3.6.1.4.1.57264.1.9')).toBe('https://github.com/acme/widget/.github/workflows/release.yml@refs/heads/main');
    expect(cert.subjectAltName).toBe('https://github.com/acme/widget/.github/workflows/release.yml@refs/heads/main');
    expect(cert.notAfter.getTime() - cert.notBefore.getTime()).toBe(10 * 60_000);
  });

  it("refuses a bundle under another stand-in's trusted root, and a tampered payload under its own", async () => {
    const { sigstore, sign } = await setup();
    const other = await sigstoreWith();
    const bundle = await sign();
    expect(() => verify(bundle, other.trustedRoot)).toThrow();
    const payload = Buffer.from(JSON.stringify(publishStatement(WHEEL, Buffer.from('other')))).toString('base64');
    const tampered = { ...bundle, dsseEnvelope: { ...bundle.dsseEnvelope!, payload } } as SerializedBundle;
    expect(() => verify(tampered, sigstore.trustedRoot)).toThrow();
    expect(() => verify(bundle, sigstore.trustedRoot)).not.toThrow();
  });

  it('with fulcioStrict: false issues a certificate for a key the signer does not hold, which Rekor then refuses', async () => {
    const { sigstore, sign } = await setup({ fulcioStrict: false });
    await expect(sign()).rejects.toMatchObject({ code: 'TLOG_CREATE_ENTRY_ERROR', message: expect.stringContaining('(400) could not verify envelope') });
    const issued = sigstore.log.entries.find((e) => e.path === '/api/v2/signingCert');
    expect(issued?.status).toBe(201);
    expect(sigstore.entries.size).toBe(0);
  });
});

describe('Sigstore stand-in: Rekor log', () => {
  it('serves logged entries by uuid, 404 for others, and 400 for a malformed proposal', async () => {
    const { sigstore, sign } = await setup();
    await sign();
    expect(sigstore.entries.size).toBe(1);
    const [uuid, entry] = [...sigstore.entries][0]!;
    const res = await fetch(`${sigstore.rekorUrl}/api/v1/log/entries/${uuid}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ [uuid]: entry });
    expect((await fetch(`${sigstore.rekorUrl}/api/v1/log/entries/${'0'.repeat(64)}`)).status).toBe(404);
    expect((await fetch(`${sigstore.rekorUrl}/api/v1/log/entries`, { method: 'POST', body: '{not json' })).status).toBe(400);
    expect((await fetch(`${sigstore.url}/api/v1/nothing`)).status).toBe(404);
  });

  it('answers a repeated proposal with 409 and the entry location; a client with fetchOnConflict survives a write whose answer was lost', async () => {
    const { sigstore, sign } = await setup();
    sigstore.faults.add({ method: 'POST', path: '/api/v1/log/entries', drop: 'after', times: 1 });
    const bundle = await sign({ retry: 2 });
    expect(sigstore.log.entries.filter((e) => e.path.startsWith('/api/v1/log/entries')).map((e) => `${e.method} ${e.outcome} ${e.status}`)).toEqual([
      'POST dropped-after 201',
      'POST answered 409',
      'GET answered 200',
    ]);
    expect(sigstore.entries.size).toBe(1);
    const conflict = sigstore.log.entries.find((e) => e.status === 409)!;
    const again = await fetch(`${sigstore.rekorUrl}/api/v1/log/entries`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: conflict.body });
    expect(again.status).toBe(409);
    const [uuid] = [...sigstore.entries.keys()];
    expect(again.headers.get('location')).toBe(`/api/v1/log/entries/${uuid}`);
    expect(((await again.json()) as { message: string }).message).toContain(uuid);
    expect(() => verify(bundle, sigstore.trustedRoot)).not.toThrow();
  });

  it('without fetchOnConflict the 409 fails the signing with TLOG_CREATE_ENTRY_ERROR', async () => {
    const { sigstore, sign } = await setup();
    sigstore.faults.add({ method: 'POST', path: '/api/v1/log/entries', drop: 'after', times: 1 });
    await expect(sign({ retry: 2, fetchOnConflict: false })).rejects.toMatchObject({ code: 'TLOG_CREATE_ENTRY_ERROR' });
  });
});

describe('Sigstore stand-in: faults', () => {
  it('a Fulcio 503 is retried by a client with retries and fails one without', async () => {
    const { sigstore, sign } = await setup();
    const fault = sigstore.faults.add({ method: 'POST', path: '/api/v2/signingCert', status: 503, times: 1 });
    await expect(sign()).rejects.toMatchObject({ code: 'CA_CREATE_SIGNING_CERTIFICATE_ERROR', message: expect.stringContaining('(503)') });
    sigstore.faults.clear();
    sigstore.faults.add({ ...fault });
    const bundle = await sign({ retry: 1 });
    expect(() => verify(bundle, sigstore.trustedRoot)).not.toThrow();
  });

  it('a Rekor answer slower than the client timeout fails with TLOG_CREATE_ENTRY_ERROR', async () => {
    const { sigstore, sign } = await setup();
    sigstore.faults.add({ method: 'POST', path: '/api/v1/log/entries', delayMs: 1_500 });
    await expect(sign({ timeoutMs: 300 })).rejects.toMatchObject({ code: 'TLOG_CREATE_ENTRY_ERROR' });
  });

  // Retried: @sigstore/mock's TSA certificate times are whole seconds, and now and then a timestamp lands
  // in the second its certificate starts, which verify reads as "invalid time" (seen once on CI). pyrelease
  // itself signs without a TSA (PEP 740 has no slot for timestamps).
  it('with tsa: true serves RFC 3161 timestamps the trusted root verifies, and a slow TSA only delays signing', { retry: 3 }, async () => {
    const { sigstore, sign } = await setup({ tsa: true });
    expect(sigstore.tsaUrl).toBe(sigstore.url);
    expect((sigstore.trustedRoot.timestampAuthorities as unknown[]).length).toBe(1);
    sigstore.faults.add({ method: 'POST', path: '/api/v1/timestamp', delayMs: 300, times: 1 });
    const bundle = await sign({ timestamp: true });
    expect(bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
    expect(() => verify(bundle, sigstore.trustedRoot)).not.toThrow();
    // Two timestamps now (tlog + TSA): a root without the TSA cannot verify the RFC 3161 one.
    const withoutTsa = { ...sigstore.trustedRoot, timestampAuthorities: [] };
    expect(() => verify(bundle, withoutTsa)).toThrow();
  });
});
