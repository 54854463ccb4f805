/**
 * A loopback Sigstore (protocols.md §4.1, §4.3, §4.6): Fulcio (`POST /api/v2/signingCert`) and Rekor
 * v1 (`POST /api/v1/log/entries`, `GET /api/v1/log/entries/<uuid>`) on one server, built from the
 * `@sigstore/mock` handlers in strict mode, plus optionally a timestamp authority
 * (`POST /api/v1/timestamp`). Certificates carry the Fulcio extensions derived from the OIDC token's
 * claims (issuer …1.8, Source Repository URI …1.12, Build Config URI …1.18 from `workflow_ref`, …)
 * and, as the real Fulcio issues them for GitHub, the SAN `https://github.com/<job_workflow_ref>`.
 * Rekor keeps what it logged: an equivalent entry posted again gets 409 with a `Location`, so a
 * client with `fetchOnConflict` survives a connection dropped after the write. The trusted root
 * (protobuf JSON, and as a file) is what `@sigstore/verify` needs to accept what this server issues.
 * Like the mock, Fulcio does not verify the token: refusing a bad identity is the caller's job.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { json as canonicalJson, crypto as sigstoreCrypto, dsse, X509Certificate } from '@sigstore/core';
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler, type HandlerFn } from '@sigstore/mock';
import { HashAlgorithm, PublicKeyDetails, TrustedRoot, type CertificateAuthority, type TransparencyLogInstance } from '@sigstore/protobuf-specs';
import { json, startStandin, type Standin, type StandinRequest, type StandinResponse } from '../server.js';

export const TRUSTED_ROOT_MEDIA_TYPE = 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
/** Fulcio's Build Signer URI: `https://github.com/<job_workflow_ref>`, which the real Fulcio also puts in the SAN for GitHub. */
const BUILD_SIGNER_URI_OID = '1.3.6.1.4.1.57264.1.9';
const FULCIO_PATH = '/api/v2/signingCert';
const REKOR_PATH = '/api/v1/log/entries';
const TSA_PATH = '/api/v1/timestamp';

export interface SigstoreStandinOptions {
  /** Passed to the mock Fulcio (default true): false issues certificates for a throw-away key, ignoring the request. */
  fulcioStrict?: boolean;
  /** Also serve a timestamp authority at `/api/v1/timestamp` and trust it in the root (default false). */
  tsa?: boolean;
  /**
   * A private Fulcio configured for a GitHub Enterprise Server (Fulcio's `ci-provider: github-workflow`
   * issuer with that server as its base URL): the certificate's URIs name this server instead of
   * https://github.com, which @sigstore/mock hard-codes.
   */
  serverUrl?: string;
}

/** One Rekor v1 log entry as the API answers it (under its uuid). */
export interface RekorEntry {
  body: string;
  integratedTime: number;
  logID: string;
  logIndex: number;
  verification: { signedEntryTimestamp: string; inclusionProof: Record<string, unknown> };
}

/** Responsible for issuing signing certificates, logging entries, and saying which keys verify them. */
export interface SigstoreStandin extends Standin {
  /** Base URL for `FulcioSigner` (`fulcioBaseURL`); the handler is at `/api/v2/signingCert`. */
  fulcioUrl: string;
  /** Base URL for `RekorWitness` (`rekorBaseURL`). */
  rekorUrl: string;
  /** Base URL for `TSAWitness` (`tsaBaseURL`) when started with `tsa: true`. */
  tsaUrl?: string;
  /** Protobuf-JSON TrustedRoot for `TrustedRoot.fromJSON` + `toTrustMaterial`. */
  trustedRoot: Record<string, unknown>;
  /** The same, written to a temp file (removed by close()), as a user passes it in a `trusted-root` input. */
  trustedRootPath: string;
  /** Everything Rekor logged, by uuid, in order. */
  entries: Map<string, RekorEntry>;
}

const newKeyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

export async function startSigstoreStandin(options: SigstoreStandinOptions = {}): Promise<SigstoreStandin> {
  // Trusted from a minute back: certificate times are whole seconds, so the CA's own start may round down.
  const validFrom = new Date(Date.now() - 60_000);
  const entries = new Map<string, RekorEntry>();
  // Canonical JSON of a stored body → its uuid, for Rekor's "an equivalent entry already exists".
  const logged = new Map<string, string>();
  let routes: Record<string, HandlerFn> = {};

  const answer = async (fn: HandlerFn, req: StandinRequest): Promise<StandinResponse> => {
    const result = await fn(req.text);
    const body = typeof result.response === 'string' ? result.response : Buffer.from(result.response.buffer, result.response.byteOffset, result.response.byteLength);
    return { status: result.statusCode, headers: { 'content-type': result.contentType ?? 'text/plain; charset=utf-8' }, body };
  };

  const createEntry = async (req: StandinRequest): Promise<StandinResponse> => {
    let proposed: unknown;
    try {
      proposed = JSON.parse(req.text);
    } catch {
      // Not JSON: the mock answers 400 below.
      return answer(routes[REKOR_PATH]!, req);
    }
    let canonical: object | string;
    try {
      canonical = canonicalEntry(proposed);
    } catch (error) {
      // An undecodable verifier or signature: Rekor refuses the proposal.
      canonical = `invalid entry: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (typeof canonical === 'string') return json(400, { code: 400, message: canonical });
    const key = canonicalJson.canonicalize(canonical);
    const existing = logged.get(key);
    if (existing !== undefined) {
      return json(409, { code: 409, message: `An equivalent entry already exists in the transparency log with UUID ${existing}` }, { location: `${REKOR_PATH}/${existing}` });
    }
    const response = await answer(routes[REKOR_PATH]!, { ...req, text: JSON.stringify(canonical) });
    if (response.status === 201) {
      const created = JSON.parse(String(response.body)) as Record<string, RekorEntry>;
      for (const [uuid, entry] of Object.entries(created)) {
        entries.set(uuid, entry);
        logged.set(key, uuid);
      }
    }
    return response;
  };

  const standin = await startStandin(
    async (req) => {
      if (req.method === 'POST' && req.path === REKOR_PATH) return createEntry(req);
      if (req.method === 'GET' && req.path.startsWith(`${REKOR_PATH}/`)) {
        const uuid = req.path.slice(REKOR_PATH.length + 1);
        const entry = entries.get(uuid);
        return entry ? json(200, { [uuid]: entry }) : json(404, { code: 404, message: `entry with uuid ${uuid} not found` });
      }
      const fn = req.method === 'POST' ? routes[req.path] : undefined;
      return fn ? answer(fn, req) : json(404, { code: 404, message: 'path not found' });
    },
    { name: 'sigstore stand-in' },
  );

  const ctlog = await initializeCTLog(newKeyPair());
  const mockCa = await initializeCA(newKeyPair(), ctlog);
  // The mock takes the SAN from `sub`; the real Fulcio's GitHub identity is the Build Signer URI.
  const ca: typeof mockCa = {
    get rootCertificate() {
      return mockCa.rootCertificate;
    },
    issueCertificate: (request) => {
      const onServer = (v: string) => (options.serverUrl && v.startsWith('https://github.com/') ? `${options.serverUrl}${v.slice('https://github.com'.length)}` : v);
      const extensions = request.extensions?.map((e) => ({ ...e, value: onServer(e.value) }));
      return mockCa.issueCertificate({ ...request, extensions, subjectAltName: extensions?.find((e) => e.oid === BUILD_SIGNER_URI_OID)?.value ?? request.subjectAltName });
    },
  };
  // The checkpoint names the log by host:port; the verifier matches that against the root's baseUrl.
  const tlog = await initializeTLog(standin.url, newKeyPair());
  const tsa = options.tsa ? await initializeTSA(newKeyPair()) : undefined;
  routes = {
    [FULCIO_PATH]: fulcioHandler(ca, { strict: options.fulcioStrict ?? true }).fn,
    [REKOR_PATH]: rekorHandler(tlog, { strict: true }).fn,
    ...(tsa ? { [TSA_PATH]: tsaHandler(tsa, { strict: true }).fn } : {}),
  };

  const der = (view: ArrayBufferView) => Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  const logInstance = (baseUrl: string, publicKey: Buffer, logId: Buffer): TransparencyLogInstance => ({
    baseUrl,
    hashAlgorithm: HashAlgorithm.SHA2_256,
    publicKey: { rawBytes: publicKey, keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256, validFor: { start: validFrom } },
    logId: { keyId: logId },
    checkpointKeyId: undefined,
    operator: 'pyrelease stand-in',
  });
  const authority = (uri: string, chain: Buffer[]): CertificateAuthority => ({
    subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
    uri,
    certChain: { certificates: chain.map((rawBytes) => ({ rawBytes })) },
    validFor: { start: validFrom },
    operator: 'pyrelease stand-in',
  });
  const root: TrustedRoot = {
    mediaType: TRUSTED_ROOT_MEDIA_TYPE,
    tlogs: [logInstance(standin.url, tlog.publicKey, createHash('sha256').update(tlog.publicKey).digest())],
    certificateAuthorities: [authority(standin.url, [der(ca.rootCertificate)])],
    ctlogs: [logInstance(`${standin.url}/ct`, ctlog.publicKey, der(ctlog.logID))],
    // The TSA chain is leaf-issuing intermediate first, root last.
    timestampAuthorities: tsa ? [authority(standin.url, [der(tsa.intCertificate), der(tsa.rootCertificate)])] : [],
  };
  // toJSON leaves out empty lists; the TrustedRoot files Sigstore publishes spell them out.
  const serialized = TrustedRoot.toJSON(root) as Record<string, unknown>;
  const trustedRoot = { ...serialized, timestampAuthorities: serialized.timestampAuthorities ?? [] };
  const dir = mkdtempSync(join(tmpdir(), 'sigstore-standin-'));
  const trustedRootPath = join(dir, 'trusted_root.json');
  writeFileSync(trustedRootPath, `${JSON.stringify(trustedRoot, null, 2)}\n`);

  return {
    ...standin,
    fulcioUrl: standin.url,
    rekorUrl: standin.url,
    ...(tsa ? { tsaUrl: standin.url } : {}),
    trustedRoot,
    trustedRootPath,
    entries,
    close: async () => {
      rmSync(dir, { recursive: true, force: true });
      await standin.close();
    },
  };
}

/**
 * What Rekor stores for a proposed entry. A `dsse` v0.0.1 proposal (`proposedContent.envelope` +
 * `verifiers`) becomes Rekor's canonical body — the envelope and payload hashes and each signature
 * with the verifier it checks under — after the signature is verified, as the real log does (the
 * mock would store the proposal as sent, which `@sigstore/verify` rejects). Other kinds pass as sent.
 * A string is the reason for a 400.
 */
function canonicalEntry(proposed: unknown): object | string {
  const entry = proposed as { kind?: unknown; apiVersion?: unknown; spec?: { proposedContent?: { envelope?: unknown; verifiers?: unknown } } } | null;
  if (typeof entry !== 'object' || entry === null || entry.kind !== 'dsse') return entry ?? {};
  if (entry.apiVersion !== '0.0.1') return `unsupported dsse version ${String(entry.apiVersion)}`;
  const { envelope, verifiers } = entry.spec?.proposedContent ?? {};
  if (typeof envelope !== 'string' || !Array.isArray(verifiers) || verifiers.length === 0 || !verifiers.every((v) => typeof v === 'string')) {
    return 'validation failure: spec.proposedContent needs an envelope and at least one verifier';
  }
  let parsed: { payload?: unknown; payloadType?: unknown; signatures?: unknown };
  try {
    parsed = JSON.parse(envelope) as typeof parsed;
  } catch (error) {
    return `invalid DSSE envelope: ${error instanceof Error ? error.message : String(error)}`;
  }
  const { payload, payloadType, signatures } = parsed;
  if (typeof payload !== 'string' || typeof payloadType !== 'string' || !Array.isArray(signatures) || signatures.length === 0) return 'invalid DSSE envelope';
  const pae = dsse.preAuthEncoding(payloadType, Buffer.from(payload, 'base64'));
  const keys = (verifiers as string[]).map((v) => {
    const pem = Buffer.from(v, 'base64').toString('utf8');
    return { verifier: v, key: sigstoreCrypto.createPublicKey(pem.includes('CERTIFICATE') ? X509Certificate.parse(pem).publicKey : pem) };
  });
  const checked: { signature: string; verifier: string }[] = [];
  for (const s of signatures as { sig?: unknown }[]) {
    const sig = typeof s.sig === 'string' ? s.sig : '';
    const match = keys.find(({ key }) => sigstoreCrypto.verify(pae, key, Buffer.from(sig, 'base64')));
    if (!match) return 'could not verify envelope: a signature does not verify under any of the verifiers';
    checked.push({ signature: sig, verifier: match.verifier });
  }
  const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(payload, 'base64')) },
      signatures: checked,
    },
  };
}
