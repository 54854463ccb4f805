/**
 * extra-files: each entry a path (updated through x-release-please markers, or by extension)
 * or an object naming the updater, with the keys release-please's schema requires per type:
 * json/yaml/toml need a jsonpath, xml an xpath, pom and generic only a path.
 */
import { ConfigFindings } from './findings.js';
import type { KeyPath } from './json-text.js';
import { asRecord } from '../records.js';
import type { ExtraFile, ExtraFileType } from './types.js';
import { readBoolean, readString } from './values.js';

const TYPES: readonly ExtraFileType[] = ['generic', 'json', 'yaml', 'toml', 'xml', 'pom'];
const KNOWN = new Set(['type', 'path', 'jsonpath', 'xpath', 'glob']);
const EXAMPLE = '{"type": "toml", "path": "pyproject.toml", "jsonpath": "$.project.version"}';

export function readExtraFiles(f: ConfigFindings, v: unknown, path: KeyPath): ExtraFile[] | undefined {
  if (!Array.isArray(v)) {
    const fix = typeof v === 'string' ? `write "extra-files": [${JSON.stringify(v)}] — a list, even of one file` : `write "extra-files": ["src/pkg/_version.py", ${EXAMPLE}]`;
    return f.wrongType(path, 'a list of paths or {"type", "path"} objects', v, fix);
  }
  const before = f.count;
  const files: ExtraFile[] = [];
  v.forEach((item: unknown, i) => {
    const at = [...path, i];
    if (typeof item === 'string') {
      if (item.trim() === '') f.problem('CONFIG_BAD_VALUE', at, 'is an empty path', 'remove the empty entry, or write the path of the file');
      else files.push(item);
      return;
    }
    const rec = asRecord(item);
    if (!rec) {
      f.wrongType(at, 'a path or a {"type", "path"} object', item, `write "src/pkg/_version.py" or ${EXAMPLE}`);
      return;
    }
    const entry = readObjectEntry(f, rec, at);
    if (entry) files.push(entry);
  });
  return f.count === before ? files : undefined;
}

function readObjectEntry(f: ConfigFindings, rec: Record<string, unknown>, at: KeyPath): ExtraFile | undefined {
  for (const key of Object.keys(rec)) if (!KNOWN.has(key)) f.unknown([...at, key]);
  const type = readType(f, rec.type, at);
  const path = rec.path === undefined ? missing(f, at, 'path', '"path": "pyproject.toml"') : readString(f, rec.path, [...at, 'path']);
  const jsonpath = rec.jsonpath === undefined ? undefined : readString(f, rec.jsonpath, [...at, 'jsonpath']);
  const xpath = rec.xpath === undefined ? undefined : readString(f, rec.xpath, [...at, 'xpath']);
  const glob = rec.glob === undefined ? undefined : readBoolean(f, rec.glob, [...at, 'glob']);
  if ((type === 'json' || type === 'yaml' || type === 'toml') && rec.jsonpath === undefined) {
    f.problem('CONFIG_MISSING_JSONPATH', at, `of type ${type} has no "jsonpath"`, `add "jsonpath": "${type === 'toml' ? '$.project.version' : '$.version'}" (the path to the version value)`);
  }
  if (type === 'xml' && rec.xpath === undefined) {
    f.problem('CONFIG_MISSING_XPATH', at, 'of type xml has no "xpath"', 'add "xpath": "//version" (the path to the version element)');
  }
  if (type === undefined || path === undefined) return undefined;
  const entry: Exclude<ExtraFile, string> = { type, path };
  if (jsonpath !== undefined) entry.jsonpath = jsonpath;
  if (xpath !== undefined) entry.xpath = xpath;
  if (glob !== undefined) entry.glob = glob;
  return entry;
}

function readType(f: ConfigFindings, v: unknown, at: KeyPath): ExtraFileType | undefined {
  if (v === undefined) return missing(f, at, 'type', '"type": "generic" (or json, yaml, toml, xml, pom)');
  if (typeof v === 'string' && (TYPES as readonly string[]).includes(v)) return v as ExtraFileType;
  const guess = typeof v === 'string' && /^(py|txt|cfg|ini|md)$/.test(v) ? ' — for a Python, text or ini file use "generic" with x-release-please-version markers' : '';
  f.problem('CONFIG_BAD_VALUE', [...at, 'type'], `must be one of ${TYPES.join(', ')}, got ${JSON.stringify(v)}`, `write "type": "generic"${guess || ' (or json, yaml, toml, xml, pom)'}`);
  return undefined;
}

function missing(f: ConfigFindings, at: KeyPath, key: string, example: string): undefined {
  f.problem('CONFIG_MISSING_KEY', at, `has no "${key}"`, `add ${example} to this entry`);
  return undefined;
}
