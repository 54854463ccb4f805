/**
 * PyPI's integrity API (protocols.md §3.7): `GET /integrity/<project>/<version>/<filename>/provenance`
 * answers the provenance object stored with the file's accepted attestations, negotiated between
 * `application/vnd.pypi.integrity.v1+json` and `application/json` (406 JSON otherwise), 404 JSON
 * `No provenance available for <file>` for a file uploaded without attestations, and the bare 404
 * page for names it does not know. Files still inside the visibility delay are unknown here too.
 */
import { notFound } from './reasons.js';
import { chooseOffer } from './simple-index.js';
import type { PypiStore } from './store.js';
import { json, type StandinResponse } from '../server.js';

export const INTEGRITY_V1_JSON = 'application/vnd.pypi.integrity.v1+json';
const OFFERS = [INTEGRITY_V1_JSON, 'application/json'] as const;

export function provenanceFor(store: PypiStore, project: string, version: string, filename: string, accept: string | undefined): StandinResponse {
  const p = store.project(project);
  const release = p && store.release(p, version);
  const file = release?.files.find((f) => f.filename === filename);
  if (!file || !store.isVisible(file)) return notFound();

  const type = chooseOffer(accept, OFFERS);
  const headers = { vary: 'Accept', 'cache-control': 'max-age=600, public' };
  if (!type) return json(406, { message: 'Request not acceptable' }, headers);
  if (!file.provenance) return json(404, { message: `No provenance available for ${filename}` }, { ...headers, 'content-type': type });
  return json(200, file.provenance, { ...headers, 'content-type': type, 'access-control-allow-origin': '*' });
}
