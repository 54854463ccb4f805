/**
 * A minimal twine-shaped client for the stand-in's own tests: the upload form as twine 7 builds it
 * (metadata fields, `filetype`, `pyversion`, `sha256_digest`, `content` as application/octet-stream),
 * sent with fetch + FormData, and the trusted-publishing exchange done the way the PyPA action
 * does it (audience, then a fresh ID token, then mint-token).
 */
import { createHash } from 'node:crypto';
import type { OidcStandin } from '../oidc/oidc-standin.js';
import type { PypiStandin } from './pypi-standin.js';

export interface DistFile {
  filename: string;
  bytes: Uint8Array;
}

export interface UploadFields {
  name: string;
  version: string;
  /** From the extension when unset. */
  filetype?: string;
  /** `source` for an sdist, `py3` for a wheel when unset; null leaves it out. */
  pyversion?: string | null;
  /** The file's real digest when unset; null sends none. */
  sha256?: string | null;
  metadataVersion?: string;
  /** More form fields; an array repeats the key (classifiers, requires_dist…). */
  extra?: Record<string, string | string[]>;
  attestations?: string;
  /** Content-Type of the file part; twine sends application/octet-stream. */
  contentType?: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function uploadForm(file: DistFile, fields: UploadFields): FormData {
  const form = new FormData();
  const isWheel = file.filename.endsWith('.whl');
  form.append(':action', 'file_upload');
  form.append('protocol_version', '1');
  form.append('metadata_version', fields.metadataVersion ?? '2.1');
  form.append('name', fields.name);
  form.append('version', fields.version);
  form.append('filetype', fields.filetype ?? (isWheel ? 'bdist_wheel' : 'sdist'));
  const pyversion = fields.pyversion === undefined ? (isWheel ? 'py3' : 'source') : fields.pyversion;
  if (pyversion !== null) form.append('pyversion', pyversion);
  const sha256 = fields.sha256 === undefined ? sha256Hex(file.bytes) : fields.sha256;
  if (sha256 !== null) form.append('sha256_digest', sha256);
  for (const [key, value] of Object.entries(fields.extra ?? {})) for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
  if (fields.attestations !== undefined) form.append('attestations', fields.attestations);
  form.append('content', new Blob([file.bytes], { type: fields.contentType ?? 'application/octet-stream' }), file.filename);
  return form;
}

export const basicToken = (token: string) => `Basic ${Buffer.from(`__token__:${token}`).toString('base64')}`;

export function postUpload(url: string, token: string, form: FormData): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { authorization: basicToken(token) }, body: form, redirect: 'manual' });
}

export async function upload(pypi: PypiStandin, token: string, file: DistFile, fields: UploadFields): Promise<Response> {
  return postUpload(pypi.uploadUrl, token, uploadForm(file, fields));
}

export interface MintAnswer {
  status: number;
  body: { success?: boolean; token?: string; expires?: number; message?: string; errors?: { code: string; description: string }[] };
}

export async function mintWithJwt(pypi: PypiStandin, jwt: string, path = '/_/oidc/mint-token'): Promise<MintAnswer> {
  const res = await fetch(`${pypi.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: jwt }) });
  return { status: res.status, body: (await res.json()) as MintAnswer['body'] };
}

/** The whole exchange: ask PyPI for its audience, get a fresh ID token for it from the runner endpoint, mint. */
export async function mintViaOidc(pypi: PypiStandin, oidc: OidcStandin): Promise<MintAnswer> {
  const { audience } = (await (await fetch(`${pypi.url}/_/oidc/audience`)).json()) as { audience: string };
  const res = await fetch(`${oidc.requestUrl}&audience=${encodeURIComponent(audience)}`, { headers: { authorization: `Bearer ${oidc.requestToken}` } });
  const { value } = (await res.json()) as { value: string };
  return mintWithJwt(pypi, value);
}
