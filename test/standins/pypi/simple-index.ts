/**
 * The simple repository API (protocols.md §3.6) as pip and uv read it: PEP 503 HTML and PEP 691 JSON
 * chosen by `Accept` with q-values (or `?format=`), `text/html` by default, 406 when nothing offered
 * is acceptable, the exact chosen Content-Type with `Vary: Accept`, and a 301 for any spelling but
 * `/simple/<normalized>/`. Files link to `/files/…` with `#sha256=` and, when attestations were
 * accepted, to their provenance (PEP 740); no core-metadata is advertised because no `.metadata`
 * files are served.
 */
import { fileUrl, isoMicros, provenanceUrl } from './json-api.js';
import { normalizeName } from './names.js';
import { compareVersions, parseVersion } from './pep440.js';
import { escapeHtml, movedPermanently, notFound } from './reasons.js';
import type { Project, PypiStore, StoredFile } from './store.js';
import type { StandinResponse } from '../server.js';

export const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
export const SIMPLE_HTML = 'application/vnd.pypi.simple.v1+html';
export const TEXT_HTML = 'text/html';
const API_VERSION = '1.4';

// Offer order breaks q-value ties, so `*/*` gets text/html as on PyPI.
const OFFERS = [TEXT_HTML, SIMPLE_HTML, SIMPLE_JSON] as const;
type Offer = (typeof OFFERS)[number];
// PEP 691's `latest` aliases name whatever v1 is.
const ALIASES: Record<string, Offer> = { 'application/vnd.pypi.latest+json': SIMPLE_JSON, 'application/vnd.pypi.latest+html': SIMPLE_HTML };

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(header: string): MediaRange[] {
  return header
    .split(',')
    .map((part) => {
      const [range = '', ...params] = part.split(';').map((s) => s.trim());
      const [type = '', subtype = ''] = (ALIASES[range.toLowerCase()] ?? range.toLowerCase()).split('/');
      const qParam = params.find((p) => /^q=/i.test(p));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { type, subtype, q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0 };
    })
    .filter((r) => r.type !== '' && r.subtype !== '');
}

/** The q an offer gets from the most specific range that matches it (exact beats `type/*` beats `*\/*`). */
function qualityOf(offer: string, ranges: MediaRange[]): number {
  const [type, subtype] = offer.split('/') as [string, string];
  let best: { specificity: number; q: number } | undefined;
  for (const r of ranges) {
    const specificity = r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === '*' ? 1 : r.type === '*' && r.subtype === '*' ? 0 : -1;
    if (specificity >= 0 && (!best || specificity > best.specificity)) best = { specificity, q: r.q };
  }
  return best?.q ?? 0;
}

/** The offer an `Accept` header prefers (q-values, then offer order); the first offer without a header; undefined when none is acceptable. */
export function chooseOffer<T extends string>(accept: string | undefined, offers: readonly T[]): T | undefined {
  if (accept === undefined || accept.trim() === '') return offers[0];
  const ranges = parseAccept(accept);
  let chosen: { offer: T; q: number } | undefined;
  for (const offer of offers) {
    const q = qualityOf(offer, ranges);
    if (q > 0 && (!chosen || q > chosen.q)) chosen = { offer, q };
  }
  return chosen?.offer;
}

/** The content type to answer with, or undefined for 406. */
export function negotiate(accept: string | undefined, format: string | null): Offer | undefined {
  if (format !== null) return OFFERS.find((o) => o === (ALIASES[format] ?? format));
  return chooseOffer(accept, OFFERS);
}

function respond(type: Offer, store: PypiStore, json: () => unknown, html: () => string): StandinResponse {
  const headers = { 'content-type': type, vary: 'Accept', 'x-pypi-last-serial': String(store.serial), 'cache-control': 'max-age=600, public' };
  return { status: 200, headers, body: type === SIMPLE_JSON ? JSON.stringify(json()) : html() };
}

const page = (title: string, links: string) =>
  `<!DOCTYPE html>\n<html>\n  <head>\n    <meta name="pypi:repository-version" content="${API_VERSION}">\n    <title>${title}</title>\n  </head>\n  <body>\n    <h1>${title}</h1>\n${links}  </body>\n</html>\n`;

function fileLink(base: string, file: StoredFile, yanked: string | undefined): string {
  const attrs = [`href="${escapeHtml(`${fileUrl(base, file)}#sha256=${file.sha256}`)}"`];
  if (file.requiresPython) attrs.push(`data-requires-python="${escapeHtml(file.requiresPython)}"`);
  if (yanked !== undefined) attrs.push(`data-yanked="${escapeHtml(yanked)}"`);
  if (file.provenance) attrs.push(`data-provenance="${escapeHtml(provenanceUrl(base, file))}"`);
  return `    <a ${attrs.join(' ')}>${escapeHtml(file.filename)}</a><br />\n`;
}

/** `GET /simple/<name>/`; `name` is the path segment as requested. */
export function projectPage(store: PypiStore, base: string, name: string, accept: string | undefined, format: string | null): StandinResponse {
  const type = negotiate(accept, format);
  if (!type) return { status: 406, headers: { 'content-type': 'text/plain; charset=utf-8', vary: 'Accept' }, body: 'Not Acceptable' };
  const canonical = normalizeName(name);
  const project = store.project(canonical);
  if (!project || !store.isVisible(project)) return notFound();
  if (name !== canonical) return movedPermanently(`/simple/${canonical}/`);

  const releases = store.visibleReleases(project).sort((a, b) => compareVersions(parseVersion(a.version)!, parseVersion(b.version)!));
  const files = releases.flatMap((r) => store.visibleFiles(r).map((file) => ({ file, yanked: r.yanked ? r.yankedReason : undefined })));
  files.sort((a, b) => (a.file.filename < b.file.filename ? -1 : a.file.filename > b.file.filename ? 1 : 0));
  return respond(
    type,
    store,
    () => ({
      meta: { 'api-version': API_VERSION, '_last-serial': store.serial },
      name: project.canonical,
      'project-status': { status: 'active' },
      versions: releases.map((r) => r.version),
      files: files.map(({ file, yanked }) => ({
        filename: file.filename,
        url: fileUrl(base, file),
        hashes: { sha256: file.sha256 },
        'requires-python': file.requiresPython ?? null,
        size: file.bytes.length,
        'upload-time': isoMicros(file.uploadedAt),
        yanked: yanked === undefined ? false : yanked || true,
        provenance: file.provenance ? provenanceUrl(base, file) : null,
      })),
    }),
    () => page(`Links for ${escapeHtml(project.canonical)}`, files.map(({ file, yanked }) => fileLink(base, file, yanked)).join('')),
  );
}

/** `GET /simple/`: every project reads can see. */
export function rootPage(store: PypiStore, accept: string | undefined, format: string | null): StandinResponse {
  const type = negotiate(accept, format);
  if (!type) return { status: 406, headers: { 'content-type': 'text/plain; charset=utf-8', vary: 'Accept' }, body: 'Not Acceptable' };
  const projects: Project[] = [...store.projects.values()].filter((p) => store.isVisible(p)).sort((a, b) => (a.canonical < b.canonical ? -1 : 1));
  return respond(
    type,
    store,
    () => ({ meta: { 'api-version': API_VERSION, '_last-serial': store.serial }, projects: projects.map((p) => ({ name: p.name, _last_serial: store.serial })) }),
    () => page('Simple index', projects.map((p) => `    <a href="/simple/${p.canonical}/">${escapeHtml(p.name)}</a><br />\n`).join('')),
  );
}
