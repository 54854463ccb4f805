/**
 * TOML extra files: release-please's GenericToml. The jsonpath is evaluated (jsonpath-plus) on
 * the tagged parse of toml-edit.ts, and each value it matches is replaced in place by the
 * version, whatever it held; comments and layout are kept.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { isTomlSyntaxError, parseTaggedToml, replaceTomlValue } from './toml-edit.js';
import type { ExtraFileEdit } from './extra-file-edit.js';
import { noMatch, queryJsonPath } from './json-path.js';

export function updateTomlFile(content: string, jsonpath: string, version: string, edit: ExtraFileEdit): string {
  let data: Record<string, unknown>;
  try {
    data = parseTaggedToml(content);
  } catch (e) {
    // release-please logs "Invalid toml, cannot be parsed" and leaves the file; a typed entry
    // that names a jsonpath is refused instead, so the release PR is not silently incomplete.
    if (!edit.strict) {
      edit.warnings.push(`${edit.path}: not valid TOML, its $.version is not updated (markers still are)`);
      return content;
    }
    throw invalidToml(edit.path, e);
  }
  // As release-please splits them: on "/", empty segments dropped, "~1" escapes left as they are.
  const paths = queryJsonPath(data, jsonpath, edit.path).map((m) => m.pointer.split('/').filter(Boolean)).map((p) => (p[0] === '$' ? p.slice(1) : p));
  if (paths.length === 0) {
    if (edit.strict) throw noMatch(edit.path, 'jsonpath', jsonpath, 'write the path of the version value, e.g. $.project.version, or $.package[?(@.name.value==\'my-pkg\')].version (TOML strings are matched on .value)');
    return content;
  }
  let out = content;
  for (const path of paths) out = replaceTomlValue(out, path, version, edit.path);
  return out;
}

function invalidToml(file: string, e: unknown): PyreleaseError {
  const where = isTomlSyntaxError(e) ? { line: e.line + 1, column: e.col + 1 } : undefined;
  const what = (e as Error).message.split('\n')[0];
  return new PyreleaseError('EXTRA_FILE_INVALID', `${file}${where ? `:${where.line}:${where.column}` : ''}: not valid TOML: ${what}`, {
    file,
    ...where,
    fix: 'fix the TOML syntax at that line, or remove the file from extra-files',
  });
}
