import { describe, expect, it } from 'vitest';
import { bundleToAttestation, logIndexOf } from '../../../src/core/sigstore/pep740-attestation.js';
import { publishStatement, statementProblem } from '../../../src/core/sigstore/publish-statement.js';
import { identityProblem } from '../../../src/core/sigstore/signing-identity.js';

const sha = 'ab'.repeat(32);
const entry = { logIndex: '42', logId: { keyId: 'a2V5' }, kindVersion: { kind: 'dsse', version: '0.0.1' }, integratedTime: '1767225600', inclusionPromise: { signedEntryTimestamp: 'c2V0' }, canonicalizedBody: 'Ym9keQ==' };
const bundle = (over: Record<string, unknown> = {}) => ({
  mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  verificationMaterial: { certificate: { rawBytes: 'Y2VydA==' }, tlogEntries: [entry], timestampVerificationData: { rfc3161Timestamps: [] } },
  dsseEnvelope: { payload: publishStatement('demo_pkg-1.0.0-py3-none-any.whl', sha).toString('base64'), payloadType: 'application/vnd.in-toto+json', signatures: [{ sig: 'c2ln', keyid: '' }] },
  ...over,
});

describe('the publish statement', () => {
  it('is in-toto v1 with one subject: the file name and its sha256, predicate publish/v1', () => {
    expect(JSON.parse(publishStatement('demo_pkg-1.0.0.tar.gz', sha.toUpperCase()).toString())).toEqual({
      _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'demo_pkg-1.0.0.tar.gz', digest: { sha256: sha } }], predicateType: 'https://docs.pypi.org/attestations/publish/v1', predicate: null,
    });
  });

  it('is checked against the file it must describe', () => {
    const s = publishStatement('a-1.0.0.tar.gz', sha);
    expect(statementProblem(s, 'a-1.0.0.tar.gz', sha)).toBeUndefined();
    expect(statementProblem(s, 'b-1.0.0.tar.gz', sha)).toMatch(/names a-1.0.0.tar.gz, not b-1.0.0.tar.gz/);
    expect(statementProblem(s, 'a-1.0.0.tar.gz', 'cd'.repeat(32))).toMatch(/is not the file's sha256/);
    expect(statementProblem(Buffer.from('{"_type":"https://in-toto.io/Statement/v1","subject":[],"predicateType":"https://docs.pypi.org/attestations/publish/v1"}'), 'a', sha)).toMatch(/exactly one subject/);
  });
});

describe('bundle → PEP 740 attestation', () => {
  it('repacks certificate, the one tlog entry unchanged, statement and signature', () => {
    expect(bundleToAttestation(bundle())).toEqual({
      version: 1,
      verification_material: { certificate: 'Y2VydA==', transparency_entries: [entry] },
      envelope: { statement: bundle().dsseEnvelope.payload, signature: 'c2ln' },
    });
    expect(logIndexOf(bundle())).toBe('42');
  });

  it('takes the leaf of a v0.2 chain, and refuses what PEP 740 cannot carry', () => {
    const v02 = bundle({ verificationMaterial: { x509CertificateChain: { certificates: [{ rawBytes: 'bGVhZg==' }, { rawBytes: 'cm9vdA==' }] }, tlogEntries: [entry] } });
    expect(bundleToAttestation(v02).verification_material.certificate).toBe('bGVhZg==');
    expect(() => bundleToAttestation(bundle({ verificationMaterial: { publicKey: { hint: 'k' }, tlogEntries: [entry] } }))).toThrow(/no signing certificate/);
    expect(() => bundleToAttestation(bundle({ dsseEnvelope: { ...bundle().dsseEnvelope, signatures: [{ sig: 'YQ==' }, { sig: 'Yg==' }] } }))).toThrow(/2 signatures/);
    expect(() => bundleToAttestation(bundle({ verificationMaterial: { certificate: { rawBytes: 'Y2VydA==' }, tlogEntries: [] } }))).toThrow(/0 transparency-log entries/);
  });
});

describe('signing identity against the trusted publisher', () => {
  const good = { issuer: 'https://token.actions.githubusercontent.com', sourceRepositoryUri: 'https://github.com/acme/widget', buildConfigUri: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/heads/main' };
  const expected = { repository: 'acme/widget', workflowFile: 'release.yml' };

  it('accepts the publisher’s own workflow and refuses anything else, saying which', () => {
    expect(identityProblem(good, expected)).toBeUndefined();
    expect(identityProblem({ ...good, issuer: 'https://accounts.google.com' }, expected)).toMatch(/not GitHub Actions/);
    expect(identityProblem({ ...good, sourceRepositoryUri: 'https://github.com/evil/widget' }, expected)).toMatch(/names repository https:\/\/github.com\/evil\/widget/);
    expect(identityProblem(good, { ...expected, workflowFile: 'pypi.yml' })).toMatch(/does not name pypi.yml in acme\/widget/);
  });
});
