/**
 * A Sigstore DSSE bundle (protobuf-JSON, v0.2 or v0.3) → the PEP 740 attestation object PyPI
 * takes in the upload's `attestations` field: the leaf certificate, the one Rekor entry as the
 * bundle has it, the statement and the one signature (protocols.md §4.4).
 */
import { asRecord } from '../records.js';

export interface Pep740Attestation {
  version: 1;
  verification_material: { certificate: string; transparency_entries: unknown[] };
  envelope: { statement: string; signature: string };
}


export function bundleToAttestation(bundle: unknown): Pep740Attestation {
  const b = asRecord(bundle);
  const material = asRecord(b?.verificationMaterial);
  const certificate = typeof asRecord(material?.certificate)?.rawBytes === 'string'
    ? (asRecord(material?.certificate)!.rawBytes as string)
    : (asRecord((asRecord(material?.x509CertificateChain)?.certificates as unknown[] | undefined)?.[0])?.rawBytes as string | undefined);
  const entries = Array.isArray(material?.tlogEntries) ? (material.tlogEntries as unknown[]) : [];
  const envelope = asRecord(b?.dsseEnvelope);
  const signatures = Array.isArray(envelope?.signatures) ? (envelope.signatures as unknown[]) : [];
  const signature = asRecord(signatures[0])?.sig;
  if (!certificate) throw new Error('the bundle has no signing certificate (a key-signed bundle cannot become a PEP 740 attestation)');
  if (entries.length !== 1) throw new Error(`the bundle has ${entries.length} transparency-log entries; PEP 740 needs exactly one`);
  if (!envelope || typeof envelope.payload !== 'string') throw new Error('the bundle has no DSSE envelope');
  if (signatures.length !== 1 || typeof signature !== 'string') throw new Error(`the envelope has ${signatures.length} signatures; PEP 740 needs exactly one`);
  return { version: 1, verification_material: { certificate, transparency_entries: [entries[0]] }, envelope: { statement: envelope.payload, signature } };
}

/** The Rekor log index of the bundle's entry, for the summary. */
export function logIndexOf(bundle: unknown): string | undefined {
  const entry = asRecord((asRecord(asRecord(bundle)?.verificationMaterial)?.tlogEntries as unknown[] | undefined)?.[0]);
  return typeof entry?.logIndex === 'string' || typeof entry?.logIndex === 'number' ? String(entry.logIndex) : undefined;
}
