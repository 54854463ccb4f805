/**
 * Responsible for checking a bundle before anything is uploaded, with @sigstore/verify against
 * the trust root in use: certificate chain and SCT, the Rekor entry, the DSSE signature. Returns
 * what the certificate says about the signer, for the identity check and the summary.
 */
import { bundleFromJSON } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import type { CertificateIdentity } from '../../core/sigstore/signing-identity.js';

const OID = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
} as const;

export type VerifyOutcome = { ok: true; identity: CertificateIdentity; payload: Buffer } | { ok: false; reason: string };

export function verifyBundle(json: Record<string, unknown>, root: TrustedRoot): VerifyOutcome {
  try {
    const bundle = bundleFromJSON(json);
    const verifier = new Verifier(toTrustMaterial(root), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 });
    verifier.verify(toSignedEntity(bundle));
    const material = bundle.verificationMaterial.content;
    const der = material.$case === 'certificate' ? material.certificate.rawBytes : material.$case === 'x509CertificateChain' ? material.x509CertificateChain.certificates[0]?.rawBytes : undefined;
    if (!der) return { ok: false, reason: 'the bundle has no certificate' };
    if (bundle.content.$case !== 'dsseEnvelope') return { ok: false, reason: 'the bundle holds no DSSE envelope' };
    return { ok: true, identity: certificateIdentity(X509Certificate.parse(Buffer.from(der))), payload: Buffer.from(bundle.content.dsseEnvelope.payload) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function certificateIdentity(cert: X509Certificate): CertificateIdentity {
  const text = (oid: string): string | undefined => {
    const ext = cert.extension(oid);
    if (!ext) return undefined;
    return derUtf8(ext.valueObj.value);
  };
  return {
    issuer: text(OID.issuer),
    sourceRepositoryUri: text(OID.sourceRepositoryUri),
    sourceRepositoryRef: text(OID.sourceRepositoryRef),
    buildConfigUri: text(OID.buildConfigUri),
    subjectAlternativeName: cert.subjectAltName,
  };
}

/** Fulcio's v2 extensions (1.8 and up) hold a DER UTF8String (tag 0x0c); the legacy ones, raw text. */
function derUtf8(bytes: Buffer): string {
  if (bytes[0] !== 0x0c || bytes.length < 2) return bytes.toString('utf8');
  const first = bytes[1]!;
  if (first < 0x80) return bytes.subarray(2, 2 + first).toString('utf8');
  const size = first & 0x7f;
  let length = 0;
  for (let i = 0; i < size; i++) length = length * 256 + bytes[2 + i]!;
  return bytes.subarray(2 + size, 2 + size + length).toString('utf8');
}
