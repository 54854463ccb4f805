/**
 * Core metadata (the METADATA of a wheel, the PKG-INFO of an sdist) → the form fields the
 * legacy upload API reads, named and repeated as twine sends them (protocols.md §3.3).
 */

export interface CoreMetadata {
  /** Header name as written (e.g. `Requires-Dist`) → every value, in order. */
  fields: Map<string, string[]>;
  /** The long description: the message body (Metadata 2.1+) or the Description header. */
  description: string;
}

/** Parses the RFC 822-style text; continuation lines (leading whitespace) extend the previous value. */
export function parseCoreMetadata(text: string): CoreMetadata {
  const normalized = text.replace(/\r\n?/g, '\n');
  const split = normalized.indexOf('\n\n');
  const head = split === -1 ? normalized : normalized.slice(0, split);
  const body = split === -1 ? '' : normalized.slice(split + 2);
  const fields = new Map<string, string[]>();
  let last: { key: string; index: number } | undefined;
  for (const line of head.split('\n')) {
    if (/^[ \t]/.test(line) && last) {
      const values = fields.get(last.key)!;
      // Old metadata indents Description continuation lines with 8 spaces and a `|`.
      values[last.index] += `\n${line.replace(/^ {0,8}\|?/, '')}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    const canonical = [...fields.keys()].find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
    const values = fields.get(canonical) ?? [];
    values.push(value);
    fields.set(canonical, values);
    last = { key: canonical, index: values.length - 1 };
  }
  const description = body.trim() !== '' ? body : (first({ fields, description: '' }, 'Description') ?? '');
  return { fields, description };
}

export function first(metadata: CoreMetadata, name: string): string | undefined {
  for (const [key, values] of metadata.fields) if (key.toLowerCase() === name.toLowerCase()) return values[0];
  return undefined;
}

// Form keys that are not simply the header lower-cased with `_` for `-` (twine's names).
const FORM_KEY: Record<string, string> = { classifier: 'classifiers', 'project-url': 'project_urls' };

export interface UploadFileFacts {
  kind: 'wheel' | 'sdist';
  /** Wheels: the python tag; sdists send `source`. */
  pythonTag?: string;
  sha256: string;
}

/** The form fields for one file, in twine's order: metadata, file facts, digest, protocol. The file part comes last. */
export function uploadFormFields(metadata: CoreMetadata, file: UploadFileFacts): [string, string][] {
  const out: [string, string][] = [];
  for (const [header, values] of metadata.fields) {
    const lower = header.toLowerCase();
    if (lower === 'description') continue;
    const key = FORM_KEY[lower] ?? lower.replace(/-/g, '_');
    if (key === 'keywords') out.push([key, values.join(',')]);
    else for (const v of values) out.push([key, v]);
  }
  if (metadata.description !== '') out.push(['description', metadata.description]);
  out.push(['pyversion', file.kind === 'wheel' ? (file.pythonTag ?? 'py3') : 'source']);
  out.push(['filetype', file.kind === 'wheel' ? 'bdist_wheel' : 'sdist']);
  out.push(['sha256_digest', file.sha256]);
  out.push([':action', 'file_upload']);
  out.push(['protocol_version', '1']);
  return out;
}
