/**
 * PEP 740 in the PyPI stand-in, end to end with real signatures: the demo package built with the
 * machine's hatchling, an in-toto publish statement for its wheel signed by `@sigstore/sign` through
 * the Sigstore stand-in (identity from the OIDC stand-in), repacked as an attestation and uploaded
 * with a trusted-publishing token. Accepted attestations are stored and served by the integrity
 * API and linked from the simple index; each refusal of §4.4 comes back in the status line.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { bundleFromJSON, type SerializedBundle } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../harness/built-demo.js';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { GITHUB_ACTIONS_ISSUER, startOidcStandin, type OidcStandin } from '../oidc/oidc-standin.js';
import { startSigstoreStandin, type SigstoreStandin } from '../sigstore/sigstore-standin.js';
import { publishStatement, signDsse, type InTotoStatement } from '../sigstore/test-signer.js';
import { attestationFromBundle, PYPI_PUBLISH_V1, SLSA_PROVENANCE_V1, type Attestation, type DsseBundleJson } from './attestations.js';
import { INTEGRITY_V1_JSON } from './integrity.js';
import { startPypiStandin, type PypiStandin } from './pypi-standin.js';
import { SIMPLE_JSON } from './simple-index.js';
import { mintWithJwt, sha256Hex, upload, type DistFile, type UploadFields } from './test-client.js';

const missing = missingTools(['build', 'hatchling']);
const skipReason = missing.length > 0 ? ` (skipped: ${missingToolsReason(missing)})` : '';

const INVALID = 'Invalid attestations supplied during upload: ';
const UNVERIFIED = `${INVALID}Could not verify the uploaded artifact using the included attestation: Verification failed: `;
const PUBLISHER = { repository: 'acme/widget', repositoryOwnerId: '4242', workflowFilename: 'release.yml', projects: ['demo-pkg'] };
const demo = { name: 'demo-pkg', version: '0.1.0' } satisfies UploadFields;

describe.skipIf(missing.length > 0)(`PyPI stand-in: PEP 740 attestations${skipReason}`, () => {
  let sigstore: SigstoreStandin;
  let otherSigstore: SigstoreStandin;
  let oidc: OidcStandin;
  let wheel: DistFile;
  let sdist: DistFile;
  let pypis: PypiStandin[] = [];

  beforeAll(async () => {
    const built = buildDemo();
    wheel = { filename: basename(built.wheel), bytes: readFileSync(built.wheel) };
    sdist = { filename: basename(built.sdist), bytes: readFileSync(built.sdist) };
    [sigstore, otherSigstore, oidc] = await Promise.all([startSigstoreStandin(), startSigstoreStandin(), startOidcStandin()]);
  });
  afterAll(async () => {
    await Promise.allSettled([sigstore, otherSigstore, oidc, ...pypis].filter(Boolean).map((s) => s.close()));
    pypis = [];
  });

  /** A fresh PyPI trusting the Sigstore stand-in, with the acme/widget release.yml publisher, and an upload token minted through it. */
  async function pypiWithToken(): Promise<{ pypi: PypiStandin; token: string }> {
    const pypi = await startPypiStandin({ oidc: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl }, publishers: [PUBLISHER], sigstore: { trustedRoot: sigstore.trustedRoot }, apiTokens: { 'pypi-user': '*' } });
    pypis.push(pypi);
    const minted = await mintWithJwt(pypi, oidc.sign('pypi'));
    expect(minted.status).toBe(200);
    return { pypi, token: minted.body.token! };
  }

  interface SignFor {
    statement?: InTotoStatement | Buffer;
    /** Token claims for the signing identity (the Fulcio extensions come from them). */
    claims?: Record<string, unknown>;
    via?: SigstoreStandin;
  }
  const bundleFor = (file: DistFile, { statement, claims, via }: SignFor = {}): Promise<SerializedBundle> =>
    signDsse(via ?? sigstore, statement ?? publishStatement(file.filename, file.bytes), { token: () => oidc.sign('sigstore', claims) });
  const attest = async (file: DistFile, options?: SignFor): Promise<Attestation> => attestationFromBundle((await bundleFor(file, options)) as DsseBundleJson);

  async function expectRefused(res: Response, reason: string | RegExp): Promise<void> {
    expect(res.status).toBe(400);
    if (typeof reason === 'string') expect(res.statusText).toBe(reason);
    else expect(res.statusText).toMatch(reason);
    await res.text();
  }

  it('accepts a real attestation for the wheel, stores it, and serves it from the integrity API and the simple index', async () => {
    const bundle = await bundleFor(wheel);
    // The bundle itself verifies against the stand-in's root before it is repacked.
    const signer = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(sigstore.trustedRoot))).verify(toSignedEntity(bundleFromJSON(bundle)));
    expect(signer.identity?.extensions?.issuer).toBe(GITHUB_ACTIONS_ISSUER);
    const attestation = attestationFromBundle(bundle as DsseBundleJson);
    expect(attestation.verification_material.certificate).toBe(bundle.verificationMaterial.certificate!.rawBytes);
    expect(JSON.parse(Buffer.from(attestation.envelope.statement, 'base64').toString('utf8'))).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: wheel.filename, digest: { sha256: sha256Hex(wheel.bytes) } }],
      predicateType: PYPI_PUBLISH_V1,
      predicate: null,
    });

    const { pypi, token } = await pypiWithToken();
    const raw = JSON.stringify([attestation]);
    const res = await upload(pypi, token, wheel, { ...demo, attestations: raw });
    expect(res.status, res.statusText).toBe(200);
    expect((await upload(pypi, token, sdist, demo)).status).toBe(200);

    const [stored] = pypi.files('demo-pkg').filter((f) => f.filename === wheel.filename);
    expect(stored?.attestations).toBe(raw);
    const provenance = {
      version: 1,
      attestation_bundles: [{ publisher: { kind: 'GitHub', repository: 'acme/widget', workflow: 'release.yml', environment: '', claims: null }, attestations: [attestation] }],
    };
    expect(stored?.provenance).toEqual(provenance);

    const url = `${pypi.url}/integrity/demo-pkg/0.1.0/${wheel.filename}/provenance`;
    const served = await fetch(url, { headers: { accept: INTEGRITY_V1_JSON } });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe(INTEGRITY_V1_JSON);
    expect(await served.json()).toEqual(provenance);
    expect((await fetch(url)).headers.get('content-type')).toBe(INTEGRITY_V1_JSON);
    expect((await fetch(url, { headers: { accept: 'application/json' } })).headers.get('content-type')).toBe('application/json');
    const refused = await fetch(url, { headers: { accept: 'text/html' } });
    expect(refused.status).toBe(406);
    expect(await refused.json()).toEqual({ message: 'Request not acceptable' });

    const none = await fetch(`${pypi.url}/integrity/demo-pkg/0.1.0/${sdist.filename}/provenance`);
    expect(none.status).toBe(404);
    expect(await none.json()).toEqual({ message: `No provenance available for ${sdist.filename}` });
    expect((await fetch(`${pypi.url}/integrity/demo-pkg/0.1.0/demo_pkg-0.1.0-py2-none-any.whl/provenance`)).status).toBe(404);
    expect((await fetch(`${pypi.url}/integrity/demo-pkg/9.9/${wheel.filename}/provenance`)).status).toBe(404);

    const page = (await (await fetch(`${pypi.indexUrl}demo-pkg/`, { headers: { accept: SIMPLE_JSON } })).json()) as { files: { filename: string; provenance: string | null }[] };
    expect(Object.fromEntries(page.files.map((f) => [f.filename, f.provenance]))).toEqual({ [wheel.filename]: url, [sdist.filename]: null });
    const html = await (await fetch(`${pypi.indexUrl}demo-pkg/`)).text();
    expect(html).toContain(`data-provenance="${url}"`);
    expect(html.match(/data-provenance=/g)).toHaveLength(1);
  });

  it('accepts one attestation per predicate type (publish and SLSA provenance), and a subject spelling the same file differently', async () => {
    const { pypi, token } = await pypiWithToken();
    const publish = await attest(wheel);
    const slsa = await attest(wheel, { statement: publishStatement(wheel.filename, wheel.bytes, SLSA_PROVENANCE_V1) });
    expect((await upload(pypi, token, wheel, { ...demo, attestations: JSON.stringify([publish, slsa]) })).status).toBe(200);
    expect(pypi.files('demo-pkg')[0]?.provenance?.attestation_bundles[0]?.attestations).toEqual([publish, slsa]);

    // packaging parses both names to the same (name, version, tags): pypi-attestations accepts it.
    const spelled = await attest(sdist, { statement: publishStatement('Demo.Pkg-0.1.tar.gz', sdist.bytes) });
    const res = await upload(pypi, token, sdist, { ...demo, attestations: JSON.stringify([spelled]) });
    expect(res.status, res.statusText).toBe(200);
    expect(pypi.files('demo-pkg').map((f) => f.filename)).toEqual([wheel.filename, sdist.filename]);
  });

  it('refuses a statement whose digest is not the uploaded bytes, and stores nothing', async () => {
    const { pypi, token } = await pypiWithToken();
    const attestation = await attest(wheel, { statement: publishStatement(wheel.filename, Buffer.from('other bytes')) });
    await expectRefused(await upload(pypi, token, wheel, { ...demo, attestations: JSON.stringify([attestation]) }), `${UNVERIFIED}subject does not match distribution digest`);
    expect(pypi.files('demo-pkg')).toEqual([]);
    expect(pypi.uploads.at(-1)).toMatchObject({ filename: wheel.filename, status: 400 });
  });

  it('refuses a statement naming another file, or more than one subject', async () => {
    const { pypi, token } = await pypiWithToken();
    const forSdist = await attest(wheel, { statement: publishStatement(sdist.filename, wheel.bytes) });
    await expectRefused(
      await upload(pypi, token, wheel, { ...demo, attestations: JSON.stringify([forSdist]) }),
      `${UNVERIFIED}subject does not match distribution name: ${sdist.filename} != ${wheel.filename}`,
    );
    const statement = publishStatement(wheel.filename, wheel.bytes);
    const twoSubjects = await attest(wheel, { statement: { ...statement, subject: [...statement.subject, ...publishStatement(sdist.filename, sdist.bytes).subject] } });
    await expectRefused(await upload(pypi, token, wheel, { ...demo, attestations: JSON.stringify([twoSubjects]) }), `${UNVERIFIED}too many subjects in statement (must be exactly one)`);
    const notIntoto = await attest(wheel, { statement: Buffer.from('{"_type": "https://in-toto.io/Statement/v0.1", "subject": [], "predicateType": "x"}') });
    await expectRefused(await upload(pypi, token, wheel, { ...demo, attestations: JSON.stringify([notIntoto]) }), /^Invalid attestations supplied during upload: Could not verify the uploaded artifact using the included attestation: Verification failed: invalid statement: 2 validation errors for _Statement _type /);
    expect(pypi.files('demo-pkg')).toEqual([]);
  });

  it("refuses a certificate for another workflow, repository or issuer than the upload's trusted publisher", async () => {
    const { pypi, token } = await pypiWithToken();
    const publishYml = 'acme/widget/.github/workflows/publish.yml@refs/heads/main';
    // A reusable workflow: the token's job_workflow_ref names release.yml (minting works), the caller's workflow_ref does not.
    const otherWorkflow = await attest(wheel, { claims: { workflow_ref: publishYml } });
    await expectRefused(
      await upload(pypi, token, wheel, { ...demo, attestations: JSON.stringify([otherWorkflow]) }),
      `${UNVERIFIED}Certificate's Build Config URI (https://github.com/${publishYml}) does not match expected Trusted Publisher (release.yml @ acme/widget)`,
    );
    const otherRepo = await attest(wheel, { claims: { repository: 'evil/widget' } });
    await expectRefused(
      await upload(pypi, token, wheel, { ...demo, attestations: JSON.stringify([otherRepo]) }),
      `${UNVERIFIED}Certificate's OIDCSourceRepositoryURI does not match (got https://github.com/evil/widget, expected https://github.com/acme/widget)`,
    );
    const otherIssuer = await attest(wheel, { claims: { iss: 'https://gitlab.com' } });
    await expectRefused(
      await upload(pypi, token, wheel, { ...demo, attestations: JSON.stringify([otherIssuer]) }),
      `${UNVERIFIED}Certificate's OIDCIssuerV2 does not match (got https://gitlab.com, expected ${GITHUB_ACTIONS_ISSUER})`,
    );
    expect(pypi.files('demo-pkg')).toEqual([]);

    // The ref part of the Build Config URI may be the commit instead of the ref: PyPI accepts either.
    const atSha = await attest(wheel, { claims: { workflow_ref: `acme/widget/.github/workflows/release.yml@${oidc.claims.sha}` } });
    expect((await upload(pypi, token, wheel, { ...demo, attestations: JSON.stringify([atSha]) })).status).toBe(200);
  });

  it('refuses two signatures over the same statement, and has no way to carry two in one attestation', async () => {
    const { pypi, token } = await pypiWithToken();
    const [first, second] = await Promise.all([attest(wheel), attest(wheel)]);
    expect(first.envelope.signature).not.toBe(second.envelope.signature);
    await expectRefused(
      await upload(pypi, token, wheel, { ...demo, attestations: JSON.stringify([first, second]) }),
      `${INVALID}Multiple attestations for the same file with the same predicate type (${PYPI_PUBLISH_V1}) are not supported`,
    );

    const bundle = (await bundleFor(wheel)) as DsseBundleJson;
    const doubled = { ...bundle, dsseEnvelope: { ...bundle.dsseEnvelope!, signatures: [...bundle.dsseEnvelope!.signatures, ...bundle.dsseEnvelope!.signatures] } };
    expect(() => attestationFromBundle(doubled)).toThrow('expected exactly one signature, got 2');
    const asList = { ...first, envelope: { ...first.envelope, signature: [first.envelope.signature, second.envelope.signature] } };
    await expectRefused(
      await upload(pypi, token, wheel, { ...demo, attestations: JSON.stringify([asList]) }),
      /^Invalid attestations supplied during upload: Malformed attestations: 1 validation error for list\[Attestation\] 0\.envelope\.signature {3}Input should be a valid bytes \[type=bytes_type/,
    );
    // A signature that belongs to another statement fails the cryptographic check.
    const swapped = { ...first, envelope: { ...first.envelope, statement: Buffer.from(JSON.stringify(publishStatement(wheel.filename, wheel.bytes, SLSA_PROVENANCE_V1))).toString('base64') } };
    await expectRefused(await upload(pypi, token, wheel, { ...demo, attestations: JSON.stringify([swapped]) }), new RegExp(`^${escape(UNVERIFIED)}\\S`));
    expect(pypi.files('demo-pkg')).toEqual([]);
  });

  it('refuses a predicate type PyPI does not know', async () => {
    const { pypi, token } = await pypiWithToken();
    const custom = await attest(wheel, { statement: publishStatement(wheel.filename, wheel.bytes, 'https://example.com/custom/v1') });
    await expectRefused(await upload(pypi, token, wheel, { ...demo, attestations: JSON.stringify([custom]) }), `${UNVERIFIED}unknown attestation type: https://example.com/custom/v1`);
  });

  it('refuses an empty list, more than two attestations, malformed objects, and attestations with an API token', async () => {
    const { pypi, token } = await pypiWithToken();
    const good = await attest(wheel);
    const send = (attestations: string) => upload(pypi, token, wheel, { ...demo, attestations });
    await expectRefused(await send('[]'), `${INVALID}Malformed attestations: an empty attestation set is not permitted`);
    await expectRefused(await send(JSON.stringify([good, good, good])), `${INVALID}A maximum of 2 attestations per file are supported`);
    await expectRefused(await send('{not json'), /^Invalid attestations supplied during upload: Malformed attestations: 1 validation error for list\[Attestation\] {3}Invalid JSON: .*\[type=json_invalid/);
    await expectRefused(await send(JSON.stringify(good)), /^Invalid attestations supplied during upload: Malformed attestations: 1 validation error for list\[Attestation\] {3}Input should be a valid list \[type=list_type/);
    await expectRefused(
      await send(JSON.stringify([{ ...good, version: 2, envelope: undefined, verification_material: { ...good.verification_material, transparency_entries: [] } }])),
      /^Invalid attestations supplied during upload: Malformed attestations: 3 validation errors for list\[Attestation\] 0\.version {3}Input should be 1 \[type=literal_error.* 0\.verification_material\.transparency_entries {3}List should have at least 1 item after validation, not 0 \[type=too_short.* 0\.envelope {3}Field required \[type=missing/,
    );
    await expectRefused(
      await send(JSON.stringify([{ ...good, verification_material: { ...good.verification_material, certificate: 'abc' } }])),
      /^Invalid attestations supplied during upload: Malformed attestations: 1 validation error for list\[Attestation\] 0\.verification_material\.certificate {3}Base64 decoding error: 'Incorrect padding' \[type=base64_decode/,
    );
    await expectRefused(
      await send(JSON.stringify([{ ...good, verification_material: { ...good.verification_material, certificate: Buffer.from('not DER').toString('base64') } }])),
      `${INVALID}Unknown error while trying to verify included attestations: invalid X.509 certificate`,
    );
    await expectRefused(await upload(pypi, 'pypi-user', wheel, { ...demo, attestations: JSON.stringify([good]) }), `${INVALID}Attestations are only supported when using Trusted Publishing`);
    expect(pypi.files('demo-pkg')).toEqual([]);
    expect((await send(JSON.stringify([good]))).status).toBe(200);
  });

  it("refuses a bundle from another Sigstore's CA and log as unverifiable", async () => {
    const { pypi, token } = await pypiWithToken();
    const foreign = await attest(wheel, { via: otherSigstore });
    const res = await upload(pypi, token, wheel, { ...demo, attestations: JSON.stringify([foreign]) });
    await expectRefused(res, new RegExp(`^${escape(UNVERIFIED)}.*certificate`, 'i'));
    expect(pypi.files('demo-pkg')).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
