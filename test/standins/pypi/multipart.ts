/**
 * Reads an upload's `multipart/form-data` body with undici's own parser (Response#formData), so the
 * stand-in reads the bytes twine and our client put on the wire rather than a re-implementation's
 * idea of them. Repeated keys (classifiers, requires_dist, …) keep their order.
 */
import type { StandinRequest } from '../server.js';

export interface UploadedPart {
  filename: string;
  /** The part's Content-Type; PyPI refuses a missing one or `image/*`. */
  type: string;
  bytes: Buffer;
}

export interface UploadForm {
  /** Text fields by name, every value in arrival order. */
  fields: Map<string, string[]>;
  /** File parts by field name. */
  files: Map<string, UploadedPart[]>;
  /** First value of a text field. */
  get(name: string): string | undefined;
}

/** The parsed form; an empty one when the body is not form data (the upload route then does not match, as on PyPI). */
export async function readUploadForm(req: StandinRequest): Promise<UploadForm> {
  const fields = new Map<string, string[]>();
  const files = new Map<string, UploadedPart[]>();
  const contentType = req.headers['content-type'] ?? '';
  if (/^multipart\/form-data\b/i.test(contentType) || /^application\/x-www-form-urlencoded\b/i.test(contentType)) {
    try {
      const data = await new Response(req.body, { headers: { 'content-type': contentType } }).formData();
      for (const [name, value] of data.entries()) {
        if (typeof value === 'string') fields.set(name, [...(fields.get(name) ?? []), value]);
        else files.set(name, [...(files.get(name) ?? []), { filename: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) }]);
      }
    } catch {
      // A body undici cannot parse carries no usable fields; the caller answers as PyPI does for an empty form.
      fields.clear();
      files.clear();
    }
  }
  return { fields, files, get: (name) => fields.get(name)?.[0] };
}
