/**
 * Signing against the Sigstore stand-in the way a release job does it (protocols.md §4.1), for the
 * stand-ins' own tests and for tests that need a real bundle: `@sigstore/sign`'s FulcioSigner with
 * an identity provider handing out a JWT, a Rekor v1 `dsse` witness (and optionally the TSA), and
 * DSSEBundleBuilder over an in-toto v1 statement. Also builds the PEP 740 publish statement for a
 * distribution file.
 */
import { createHash } from 'node:crypto';
import { bundleToJSON, type SerializedBundle } from '@sigstore/bundle';
import { DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness, type Witness } from '@sigstore/sign';
import type { SigstoreStandin } from './sigstore-standin.js';

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const PYPI_PUBLISH_V1 = 'https://docs.pypi.org/attestations/publish/v1';

export interface InTotoStatement {
  _type: string;
  subject: { name: string; digest: Record<string, string> }[];
  predicateType: string;
  predicate: unknown;
}

/** The PEP 740 publish statement for one distribution file (name as uploaded, sha256 of its bytes). */
export function publishStatement(filename: string, bytes: Uint8Array, predicateType = PYPI_PUBLISH_V1): InTotoStatement {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: filename, digest: { sha256: createHash('sha256').update(bytes).digest('hex') } }],
    predicateType,
    predicate: null,
  };
}

export interface SignOptions {
  /** The OIDC identity token (audience `sigstore`), fetched once per signing as `core.getIDToken` would. */
  token: () => string | Promise<string>;
  /** Default true, as pyrelease runs it: a 409 from Rekor fetches the existing entry. */
  fetchOnConflict?: boolean;
  /** Retries per request (network errors, 408, 429, 5xx); default 0 as the classes default. */
  retry?: number;
  /** Per-request timeout; default 10 s. */
  timeoutMs?: number;
  /** Add an RFC 3161 timestamp from the stand-in's TSA (started with `tsa: true`). */
  timestamp?: boolean;
}

/** A v0.3 DSSE bundle (protobuf JSON) for `payload`, signed through the stand-in. */
export async function signDsse(sigstore: SigstoreStandin, payload: Buffer | InTotoStatement, options: SignOptions): Promise<SerializedBundle> {
  const fetchOptions = { retry: options.retry ?? 0, timeout: options.timeoutMs ?? 10_000 };
  const signer = new FulcioSigner({ fulcioBaseURL: sigstore.fulcioUrl, identityProvider: { getToken: async () => options.token() }, ...fetchOptions });
  const witnesses: Witness[] = [new RekorWitness({ rekorBaseURL: sigstore.rekorUrl, entryType: 'dsse', fetchOnConflict: options.fetchOnConflict ?? true, ...fetchOptions })];
  if (options.timestamp) {
    if (!sigstore.tsaUrl) throw new Error('sigstore stand-in was started without a TSA');
    witnesses.push(new TSAWitness({ tsaBaseURL: sigstore.tsaUrl, ...fetchOptions }));
  }
  const data = Buffer.isBuffer(payload) ? payload : Buffer.from(JSON.stringify(payload));
  const bundle = await new DSSEBundleBuilder({ signer, witnesses }).create({ data, type: IN_TOTO_PAYLOAD_TYPE });
  return bundleToJSON(bundle);
}
