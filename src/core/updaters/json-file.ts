/** JSON files: the version inside the string at a jsonpath, re-serialised with the file's indent (release-please's GenericJson). */
import { evaluate, parseJsonPath } from './json-path.js';
import { formatVersion, type Version } from '../version/version.js';
import { versionInText } from './version-in-text.js';


export function updateJsonFile(content: string, jsonpath: string, version: Version, warnings: string[], path: string): string {
  const data = JSON.parse(content) as unknown;
  for (const m of evaluate(data, parseJsonPath(jsonpath))) {
    const parent = m.parent as Record<string, unknown>;
    const current = parent[m.key];
    if (typeof current !== 'string') warnings.push(`${path}: no string at ${jsonpath}; skipped`);
    else if (!versionInText(version).test(current)) warnings.push(`${path}: no version found at ${jsonpath}; skipped`);
    else parent[m.key] = current.replace(versionInText(version), formatVersion(version));
  }
  return stringifyLike(data, content);
}

/** JSON.stringify with the file's own indent and the text around the outer braces kept (release-please's jsonStringify). */
export function stringifyLike(data: unknown, content: string): string {
  const indent = /\n([ \t]+)\S/.exec(content.trim())?.[1] ?? '';
  return `${content.slice(0, content.indexOf('{'))}${JSON.stringify(data, null, indent)}${content.slice(content.lastIndexOf('}') + 1)}`;
}
