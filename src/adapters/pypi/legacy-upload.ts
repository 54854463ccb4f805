/**
 * Responsible for sending one distribution to a legacy upload endpoint as twine does: a
 * multipart form of metadata fields plus the file, Basic auth `__token__:<token>`, retried on
 * 5xx and network errors (PyPI answers an identical re-upload 200, so a retry cannot duplicate).
 */
import type { Clock } from '../clock.js';
import { fetchWithRetry } from '../http/fetch-with-retry.js';
import { newFormData } from '../http/transport.js';
import { transferAllowanceMs, type ServicePolicy } from '../policy.js';

export interface UploadAnswer {
  status: number;
  reason: string;
  body: string;
}

export interface UploadRequest {
  uploadUrl: string;
  token: string;
  fields: readonly [string, string][];
  filename: string;
  bytes: Buffer;
}

export async function postDistribution(req: UploadRequest, policy: ServicePolicy, clock: Clock, onRetry?: (attempt: number, why: string) => void): Promise<UploadAnswer> {
  const form = await newFormData();
  for (const [key, value] of req.fields) form.append(key, value);
  form.append('content', new Blob([req.bytes], { type: 'application/octet-stream' }), req.filename);
  const answer = await fetchWithRetry(
    req.uploadUrl,
    { method: 'POST', body: form, headers: { authorization: `Basic ${Buffer.from(`__token__:${req.token}`).toString('base64')}`, 'user-agent': 'pyrelease' } },
    { policy, clock, doing: `uploading ${req.filename}`, extraTimeoutMs: transferAllowanceMs(req.bytes.length), onRetry: onRetry && ((n, why) => onRetry(n, why)) },
  );
  return { status: answer.status, reason: answer.statusText, body: answer.text().slice(0, 2000) };
}
