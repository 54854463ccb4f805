/**
 * JSON extra files: release-please's GenericJson. Every match of the jsonpath that is a string
 * holding a version gets the new one in place of the old; the file is re-serialised with its own
 * indent (jsonStringify). A match that is not a string, or holds no version, is skipped with a
 * warning, as release-please logs it.
 */
import { parseJsonText } from '../config/json-text.js';
import { formatVersion, type Version } from '../version/version.js';
import { stringifyLike } from './json-stringify.js';
import { noMatch, queryJsonPath } from './json-path.js';
import { versionInText } from './version-in-text.js';
import type { ExtraFileEdit } from './extra-file-edit.js';

export function updateJsonFile(content: string, jsonpath: string, version: Version, edit: ExtraFileEdit): string {
  const data = parseJsonText(content, edit.path, 'EXTRA_FILE_INVALID').value;
  const matches = queryJsonPath(data, jsonpath, edit.path);
  if (matches.length === 0 && edit.strict) throw noMatch(edit.path, 'jsonpath', jsonpath, `write the path of the version value in ${edit.path}, e.g. $.version`);
  const pattern = versionInText(version);
  for (const m of matches) {
    if (typeof m.value !== 'string') edit.warnings.push(`${edit.path}: no string at ${jsonpath}; skipped`);
    else if (!pattern.test(m.value)) edit.warnings.push(`${edit.path}: no version found at ${jsonpath}; skipped`);
    else (m.parent as Record<string | number, unknown>)[m.parentProperty!] = m.value.replace(pattern, formatVersion(version));
  }
  return stringifyLike(data, content);
}
