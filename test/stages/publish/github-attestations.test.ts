/**
 * stage: publish with github-attestations: true, through the stand-ins: loopback Fulcio and Rekor
 * (@sigstore/mock's CA and log), the GitHub stand-in's attestations API (create, list by digest,
 * 403 without attestations: write), the Actions OIDC stand-in. What actions/attest-build-provenance
 * makes: one SLSA v1 provenance attestation per published file, its link in the outputs and summary.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { describe, expect, it } from 'vitest';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { publishFixtures, uploadRequests } from './fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine']);
const why = missing.length ? ` (skipped: ${missingToolsReason(missing)})` : '';
const openFixture = publishFixtures();
const WITH_ATTESTATIONS = ['contents', 'pull_requests', 'issues', 'attestations'] as const;

interface Statement { _type: string; subject: Array<{ name: string; digest: { sha256: string } }>; predicateType: string; predicate: { buildDefinition: { buildType: string; resolvedDependencies: Array<{ digest: { gitCommit: string } }> }; runDetails: { builder: { id: string }; metadata: { invocationId: string } } } }

describe.skipIf(missing.length > 0)(`stage: publish, github-attestations: true${why}`, () => {
  it('stores one verified SLSA provenance attestation per published file; links in the outputs and the summary', async () => {
    const f = await openFixture({ sign: true, githubPermissions: [...WITH_ATTESTATIONS] });
    const run = await f.run({ githubAttestations: true });
    expect(run.error, `${run.error?.message}\n${run.log}`).toBeUndefined();
    const stored = f.gh.state.attestations;
    expect(stored).toHaveLength(2);
    const urls = run.outcome!.outputs.github_attestations!.split('\n');
    expect(urls).toEqual(stored.map((a) => `https://github.com/acme/widget/attestations/${a.id}`));

    const paths = run.outcome!.outputs.distributions!.split('\n');
    const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(f.sigstore!.trustedRoot)), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
    for (const [i, path] of paths.entries()) {
      const bytes = readFileSync(path);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const bundle = bundleFromJSON(stored[i]!.bundle);
      // Signature, certificate chain, Rekor entry: against the stand-in's trust root.
      expect(() => verifier.verify(toSignedEntity(bundle))).not.toThrow();
      expect(bundle.content.$case).toBe('dsseEnvelope');
      const statement = JSON.parse(Buffer.from(bundle.content.$case === 'dsseEnvelope' ? bundle.content.dsseEnvelope.payload : Buffer.alloc(0)).toString()) as Statement;
      expect(statement._type).toBe('https://in-toto.io/Statement/v1');
      expect(statement.subject).toEqual([{ name: path.split('/').pop(), digest: { sha256 } }]);
      expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
      expect(statement.predicate.buildDefinition.buildType).toBe('https://actions.github.io/buildtypes/workflow/v1');
      expect(statement.predicate.buildDefinition.resolvedDependencies[0]!.digest.gitCommit).toBe('a'.repeat(40));
      expect(statement.predicate.runDetails.builder.id).toBe('https://github.com/acme/widget/.github/workflows/release.yml@refs/heads/main');
      expect(statement.predicate.runDetails.metadata.invocationId).toBe('https://github.com/acme/widget/actions/runs/9000001/attempts/1');
    }
    for (const url of urls) expect(run.outcome!.summary).toContain(`[${url}](${url}) | created |`);
    // The PEP 740 publish still happened: the files are on the index with their attestations.
    expect(f.pypi.files('demo-pkg', '0.1.0').every((x) => x.attestations !== undefined)).toBe(true);
  });

  it('a re-run finds them by digest and makes none (no signature, no POST); the outputs still link them', async () => {
    const f = await openFixture({ sign: true, githubPermissions: [...WITH_ATTESTATIONS] });
    expect((await f.run({ githubAttestations: true })).error).toBeUndefined();
    const signaturesBefore = f.sigstore!.log.entries.filter((e) => e.path === '/api/v2/signingCert').length;
    const again = await f.run({ githubAttestations: true });
    expect(again.error, again.error?.message).toBeUndefined();
    expect(f.gh.state.attestations).toHaveLength(2);
    expect(f.gh.log.entries.filter((e) => e.method === 'POST' && e.path.endsWith('/attestations'))).toHaveLength(2);
    expect(f.sigstore!.log.entries.filter((e) => e.path === '/api/v2/signingCert').length).toBe(signaturesBefore);
    expect(again.outcome!.outputs.github_attestations!.split('\n')).toHaveLength(2);
    expect(again.outcome!.summary).toContain('already there');
  });

  it('a token without attestations: write: one line naming the permission; nothing attached or uploaded', async () => {
    const f = await openFixture({ sign: true });
    const run = await f.run({ githubAttestations: true });
    expect(run.error?.code).toBe('GITHUB_MISSING_PERMISSION');
    expect(run.error?.message).toContain('storing the attestation of demo_pkg-0.1.0');
    expect(run.error?.details?.fix).toContain('attestations: write');
    expect(uploadRequests(f)).toHaveLength(0);
    expect(f.gh.state.releases[0]!.assets).toHaveLength(0);
    expect(f.gh.state.attestations).toHaveLength(0);
  });

  it('github-attestations off (the default): no attestation request at all, no output', async () => {
    const f = await openFixture({ sign: true, githubPermissions: [...WITH_ATTESTATIONS] });
    const run = await f.run();
    expect(run.error).toBeUndefined();
    expect(f.gh.log.entries.filter((e) => e.path.includes('/attestations'))).toHaveLength(0);
    expect(run.outcome!.outputs.github_attestations).toBeUndefined();
  });
});
