/**
 * YAML extra files: what release-please's GenericYaml changes, written the way the file is.
 * release-please evaluates the jsonpath on every document (js-yaml, JSON mode), sets each string
 * it matches to the version, and re-dumps the whole file, losing comments and layout. pyrelease
 * computes the same new documents, but replaces only the text of each matched scalar (in its own
 * quoting), so every other byte stays; the result is parsed again and must equal release-please's
 * documents (a documented difference: same data, file kept as written).
 */
import { parseAllDocuments, isScalar, type Document, type Scalar } from 'yaml';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { ExtraFileEdit } from './extra-file-edit.js';
import { noMatch, pointerSegments, queryJsonPath } from './json-path.js';

// js-yaml's JSON mode lets a later duplicate key win and reads << merge keys; so does this parse.
const OPTIONS = { uniqueKeys: false, merge: true } as const;

export function updateYamlFile(content: string, jsonpath: string, version: string, edit: ExtraFileEdit): string {
  const docs = parseAllDocuments(content, OPTIONS);
  const broken = Array.isArray(docs) ? docs.find((d) => d.errors.length > 0) : undefined;
  if (!Array.isArray(docs) || broken) {
    // release-please logs "Invalid yaml, cannot be parsed" and leaves the file; a typed entry is refused.
    if (!edit.strict) {
      edit.warnings.push(`${edit.path}: not valid YAML, its $.version is not updated (markers still are)`);
      return content;
    }
    throw invalidYaml(edit.path, broken);
  }
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const expected: unknown[] = [];
  let matched = false;
  for (const doc of docs) {
    const data: unknown = doc.toJS();
    if (typeof data === 'object' && data !== null) {
      for (const m of queryJsonPath(data, jsonpath, edit.path)) {
        matched = true;
        if (typeof m.value !== 'string') {
          edit.warnings.push(`${edit.path}: no string at ${jsonpath}; skipped`);
          continue;
        }
        (m.parent as Record<string | number, unknown>)[m.parentProperty!] = version;
        const node = doc.getIn(pointerSegments(m.pointer), true);
        if (!isScalar(node) || !node.range) throw cannotEdit(edit.path, jsonpath);
        edits.push({ start: node.range[0], end: node.range[1], text: render(node, version) });
      }
    }
    expected.push(data);
  }
  if (!matched && edit.strict) throw noMatch(edit.path, 'jsonpath', jsonpath, `write the path of the version value in ${edit.path}, e.g. $.version or $.image.tag`);
  if (edits.length === 0) return content;
  let out = content;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  // The edit must mean exactly what release-please's re-dump means, or it is not made.
  const reread = parseAllDocuments(out, OPTIONS);
  if (!Array.isArray(reread) || JSON.stringify(reread.map((d: Document) => d.toJS())) !== JSON.stringify(expected)) throw cannotEdit(edit.path, jsonpath);
  return out;
}

/** The new version in the scalar's own style; a block scalar becomes a double-quoted one. */
function render(node: Scalar, version: string): string {
  if (node.type === 'QUOTE_SINGLE') return `'${version}'`;
  if (node.type === 'PLAIN') return version;
  return JSON.stringify(version);
}

function invalidYaml(file: string, doc: Document | undefined): PyreleaseError {
  const error = doc?.errors[0];
  const pos = error?.linePos?.[0];
  const what = error ? error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') : 'not a YAML stream';
  return new PyreleaseError('EXTRA_FILE_INVALID', `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: not valid YAML: ${what}`, {
    file,
    ...(pos && { line: pos.line, column: pos.col }),
    fix: 'fix the YAML at that line (a template with {{ }} is not YAML: list it as a generic file with x-release-please-version markers)',
  });
}

function cannotEdit(file: string, jsonpath: string): PyreleaseError {
  return new PyreleaseError('EXTRA_FILE_NO_MATCH', `${file}: the value at ${jsonpath} is written in a form pyrelease cannot edit in place (an alias or a key that is not a string)`, {
    file,
    key: 'jsonpath',
    fix: 'write the version as a plain, quoted or single-quoted scalar under its key, or mark its line with # x-release-please-version and use a generic entry',
  });
}
