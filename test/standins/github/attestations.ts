/**
 * GitHub's repository attestations API, as its REST reference describes it
 * (https://docs.github.com/rest/repos/attestations, "Create an attestation" and "List attestations"):
 *
 * - `POST /repos/{owner}/{repo}/attestations` with body `{bundle}` (a Sigstore bundle: `mediaType`,
 *   `verificationMaterial`, `dsseEnvelope`) → 201 `{id}`; 403 without the `attestations: write`
 *   permission (checked by the route table, with `x-accepted-github-permissions`); 422
 *   "Validation failed" for a body that is not such a bundle.
 * - `GET /repos/{owner}/{repo}/attestations/{subject_digest}` (`sha256:<hex>`, optional
 *   `predicate_type`, `per_page`) → 200 `{attestations: [{bundle, repository_id, bundle_url}]}`, the
 *   stored bundles whose in-toto statement has a subject with that digest. No attestation → an
 *   empty list (whether GitHub answers 404 instead is unverified; pyrelease takes both).
 */
import type { StandinRequest, StandinResponse } from '../server.js';

export interface StoredAttestation {
  id: number;
  bundle: Record<string, unknown>;
  /** `sha256:<hex>` of each subject of the statement. */
  digests: string[];
  predicateType: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined);

/** The statement inside a DSSE bundle, or why GitHub would refuse the bundle. */
export function readBundle(bundle: unknown): { digests: string[]; predicateType: string } | { problem: string } {
  const b = obj(bundle);
  if (!b) return { problem: 'bundle is required' };
  if (typeof b.mediaType !== 'string' || !b.mediaType.startsWith('application/vnd.dev.sigstore.bundle')) return { problem: 'bundle.mediaType is not a Sigstore bundle media type' };
  if (!obj(b.verificationMaterial)) return { problem: 'bundle.verificationMaterial is required' };
  const envelope = obj(b.dsseEnvelope);
  if (!envelope || typeof envelope.payload !== 'string' || !Array.isArray(envelope.signatures) || envelope.signatures.length === 0) return { problem: 'bundle.dsseEnvelope must hold a payload and a signature' };
  if (envelope.payloadType !== 'application/vnd.in-toto+json') return { problem: 'bundle.dsseEnvelope.payloadType must be application/vnd.in-toto+json' };
  try {
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as { subject?: Array<{ digest?: Record<string, unknown> }>; predicateType?: unknown };
    const digests = (statement.subject ?? []).flatMap((s) => Object.entries(s.digest ?? {}).filter(([, v]) => typeof v === 'string').map(([k, v]) => `${k}:${String(v)}`));
    if (digests.length === 0 || typeof statement.predicateType !== 'string') return { problem: 'the statement has no subject digest or no predicate type' };
    return { digests, predicateType: statement.predicateType };
  } catch {
    return { problem: 'the envelope payload is not an in-toto statement' };
  }
}

export function createAttestationsApi(o: { store: StoredAttestation[]; nextId: () => number; baseUrl: () => string; repoPath: string }) {
  const json = (status: number, body: unknown): StandinResponse => ({ status, body, headers: {} });
  return {
    create(req: StandinRequest): StandinResponse {
      let body: { bundle?: unknown };
      try {
        body = req.json<{ bundle?: unknown }>();
      } catch {
        return json(400, { message: 'Problems parsing JSON' });
      }
      const read = readBundle(body.bundle);
      if ('problem' in read) return json(422, { message: 'Validation Failed', errors: [{ resource: 'Attestation', field: 'bundle', code: 'invalid', message: read.problem }], documentation_url: 'https://docs.github.com/rest/repos/attestations#create-an-attestation' });
      const stored: StoredAttestation = { id: o.nextId(), bundle: body.bundle as Record<string, unknown>, ...read };
      o.store.push(stored);
      return json(201, { id: stored.id });
    },
    list(req: StandinRequest, digest: string): StandinResponse {
      const wanted = decodeURIComponent(digest).toLowerCase();
      const type = req.query.get('predicate_type');
      const found = o.store.filter((a) => a.digests.includes(wanted) && (!type || a.predicateType === type));
      return json(200, { attestations: found.map((a) => ({ bundle: a.bundle, repository_id: 690001, bundle_url: `${o.baseUrl()}${o.repoPath}/attestations/bundles/${a.id}` })) });
    },
  };
}
