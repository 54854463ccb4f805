/** JSON files: the version inside the string at a jsonpath, re-serialised with the file's indent (release-please's GenericJson). */
import { evaluate, parseJsonPath } from './json-path.js';
import { formatVersion, type Version } from '../version/version.js';
import { PEP440_IN_TEXT } from '../version/pep440-version.js';

const SEMVER_IN_TEXT = /(\d+)\.(\d+)\.(\d+)(-([\w.]+))?(\+([-\w.]+))?/;
/** The old version as the notation spells it (PEP 440's "1.2.0rc1" is more than SemVer's "1.2.0"). */
const versionIn = (v: Version): RegExp => (v.notation === 'pep440' ? PEP440_IN_TEXT : SEMVER_IN_TEXT);

export function updateJsonFile(content: string, jsonpath: string, version: Version, warnings: string[], path: string): string {
  const data = JSON.parse(content) as unknown;
  for (const m of evaluate(data, parseJsonPath(jsonpath))) {
    const parent = m.parent as Record<string, unknown>;
    const current = parent[m.key];
    if (typeof current !== 'string') warnings.push(`${path}: no string at ${jsonpath}; skipped`);
    else if (!versionIn(version).test(current)) warnings.push(`${path}: no version found at ${jsonpath}; skipped`);
    else parent[m.key] = current.replace(versionIn(version), formatVersion(version));
  }
  return stringifyLike(data, content);
}

/** JSON.stringify with the file's own indent and the text around the outer braces kept (release-please's jsonStringify). */
export function stringifyLike(data: unknown, content: string): string {
  const indent = /\n([ \t]+)\S/.exec(content.trim())?.[1] ?? '';
  return `${content.slice(0, content.indexOf('{'))}${JSON.stringify(data, null, indent)}${content.slice(content.lastIndexOf('}') + 1)}`;
}
