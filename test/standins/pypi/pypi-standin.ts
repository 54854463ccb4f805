/**
 * A loopback PyPI (protocols.md §3): trusted publishing (audience, mint-token against the OIDC
 * stand-in's keys), the legacy upload API with Warehouse's refusals in the status line, and the
 * read side pip and pyrelease's validator use (JSON API, negotiated simple pages, file bytes, the
 * integrity API), with an optional visibility delay for the CDN lag. With a Sigstore trusted root,
 * uploaded PEP 740 attestations are verified as PyPI does. Routes only; each concern lives in its
 * own file.
 */
import { AttestationChecker, type Provenance } from './attestations.js';
import { Credentials, type TrustedPublisher } from './credentials.js';
import { provenanceFor } from './integrity.js';
import { fileUrl, projectJson } from './json-api.js';
import { projectPage, rootPage } from './simple-index.js';
import { PypiStore, type StoredFile } from './store.js';
import { TrustedPublishing } from './trusted-publishing.js';
import { handleUpload } from './upload.js';
import { movedPermanently, notFound, withReason } from './reasons.js';
import { startStandin, type Standin, type StandinRequest, type StandinResponse } from '../server.js';

export type { Provenance, StoredFile, TrustedPublisher };

export interface PypiStandinOptions {
  /** The trusted issuer; its JWKS is fetched over loopback like PyPI does (one refresh on an unknown kid). */
  oidc?: { issuer: string; jwksUrl: string };
  /** Default 'pypi'. */
  audience?: string;
  /** Default true; false → GET /_/oidc/audience 403 and mint-token 422 `not-enabled`. */
  trustedPublishing?: boolean;
  publishers?: TrustedPublisher[];
  /** Explicit API tokens ('pypi-…') → the projects they may upload to ('*': any, new ones too). */
  apiTokens?: Record<string, string[] | '*'>;
  /** Uploaded files appear in JSON/simple/files only after this long. */
  visibilityDelayMs?: number;
  /** ms clock, for expiry tests (default Date.now). */
  now?: () => number;
  /**
   * Verify PEP 740 attestations against this Sigstore trusted root (protobuf JSON, e.g. the Sigstore
   * stand-in's `trustedRoot`). Without it an `attestations` field need only be a JSON list.
   */
  sigstore?: { trustedRoot: Record<string, unknown> };
}

/** Responsible for answering as PyPI would, and for letting a test see and change what it stores. */
export interface PypiStandin extends Standin {
  /** `${url}/legacy/`. */
  uploadUrl: string;
  /** `${url}/simple/`. */
  indexUrl: string;
  /** Everything stored for the project (any spelling), visible or not; one version's only when given. */
  files(project: string, version?: string): StoredFile[];
  /** Every upload attempt the handler answered, in order: the form's file name, status, and reason phrase. */
  uploads: { filename: string; status: number; reason: string }[];
  /** Every upload token minted, in order. */
  mintedTokens: string[];
  /** Makes every token minted so far expired (uploads with them get 403 `token is expired`). */
  expireMintedTokens(): void;
  addPublisher(p: TrustedPublisher): void;
  /** Yanks a whole release, as the web UI does (there is no API for it). */
  yank(project: string, version: string, reason?: string): void;
  /** Deletes one file; its name can never be uploaded again. */
  deleteFile(filename: string): void;
}

type Route = [method: string, pattern: RegExp, (req: StandinRequest, m: RegExpExecArray) => StandinResponse | Promise<StandinResponse>];

export async function startPypiStandin(options: PypiStandinOptions = {}): Promise<PypiStandin> {
  const now = options.now ?? Date.now;
  const store = new PypiStore(now, options.visibilityDelayMs ?? 0);
  const credentials = new Credentials(now, options.apiTokens);
  const publishing = new TrustedPublishing(
    { oidc: options.oidc, audience: options.audience ?? 'pypi', enabled: options.trustedPublishing ?? true, publishers: options.publishers ?? [] },
    store,
    credentials,
  );
  // Projects an API token is scoped to exist already: PyPI only scopes tokens to existing projects.
  for (const projects of Object.values(options.apiTokens ?? {})) if (projects !== '*') for (const name of projects) store.ensureProject(name, 0);

  const attestations = new AttestationChecker(options.sigstore?.trustedRoot);
  const uploads: PypiStandin['uploads'] = [];
  const mintedTokens: string[] = [];
  let base = '';

  const mint = async (req: StandinRequest) => {
    const response = await publishing.mint(req);
    const token = response.status === 200 ? (JSON.parse(String(response.body)) as { token: string }).token : undefined;
    if (token) mintedTokens.push(token);
    return response;
  };

  const routes: Route[] = [
    ['GET', /^\/_\/oidc\/audience$/, () => publishing.audience()],
    ['POST', /^\/_\/oidc\/(?:github\/)?mint-token$/, mint],
    // twine refuses redirects, so a missing slash fails loudly there instead of uploading somewhere else.
    ['POST', /^\/legacy$/, () => withReason(308, 'An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)', { location: '/legacy/' })],
    ['POST', /^\/legacy\/$/, async (req) => {
      const { filename, response } = await handleUpload(req, store, credentials, attestations);
      uploads.push({ filename, status: response.status, reason: response.statusText ?? (response.status === 200 ? 'OK' : '') });
      return response;
    }],
    ['GET', /^\/pypi\/([^/]+)\/json$/, (_req, m) => projectJson(store, base, decodeURIComponent(m[1]!), undefined)],
    ['GET', /^\/pypi\/([^/]+)\/([^/]+)\/json$/, (_req, m) => projectJson(store, base, decodeURIComponent(m[1]!), decodeURIComponent(m[2]!))],
    ['GET', /^\/simple\/$/, (req) => rootPage(store, req.headers.accept, req.query.get('format'))],
    ['GET', /^\/simple\/([^/]+)$/, (_req, m) => movedPermanently(`/simple/${m[1]}/`)],
    ['GET', /^\/simple\/([^/]+)\/$/, (req, m) => projectPage(store, base, decodeURIComponent(m[1]!), req.headers.accept, req.query.get('format'))],
    ['GET', /^\/integrity\/([^/]+)\/([^/]+)\/([^/]+)\/provenance$/, (req, m) =>
      provenanceFor(store, decodeURIComponent(m[1]!), decodeURIComponent(m[2]!), decodeURIComponent(m[3]!), req.headers.accept)],
    ['GET', /^\/files\/packages\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{60}\/[^/]+$/, (req) => serveFile(req.path)],
  ];

  function serveFile(path: string): StandinResponse {
    const file = store.allFiles().find((f) => fileUrl('', f) === path);
    if (!file || !store.isVisible(file)) return notFound();
    return { status: 200, headers: { 'content-type': 'application/octet-stream', 'cache-control': 'max-age=365000000, immutable, public' }, body: file.bytes };
  }

  const standin = await startStandin(async (req) => {
    for (const [method, pattern, handle] of routes) {
      const m = pattern.exec(req.path);
      if (m && method === req.method) return handle(req, m);
    }
    return notFound();
  }, { name: 'pypi stand-in' });
  base = standin.url;

  return {
    ...standin,
    uploadUrl: `${standin.url}/legacy/`,
    indexUrl: `${standin.url}/simple/`,
    files: (project, version) => {
      const p = store.project(project);
      if (!p) return [];
      const releases = version === undefined ? p.releases : [store.release(p, version)].filter((r) => r !== undefined);
      return releases.flatMap((r) => r.files);
    },
    uploads,
    mintedTokens,
    expireMintedTokens: () => credentials.expireMinted(),
    addPublisher: (p) => publishing.addPublisher(p),
    yank: (project, version, reason) => store.yank(project, version, reason),
    deleteFile: (filename) => store.deleteFile(filename),
  };
}
