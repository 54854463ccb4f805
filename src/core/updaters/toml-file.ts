/** TOML extra files: the whole string value at a jsonpath replaced in place (release-please's GenericToml). */
import { parse } from 'smol-toml';
import { evaluate, parseJsonPath } from './json-path.js';
import { locateValues, readTomlString, replaceSpans } from './toml-locate.js';

export function updateTomlFile(content: string, jsonpath: string, version: string, warnings: string[], path: string): string {
  let data: unknown;
  try {
    data = parse(content);
  } catch {
    warnings.push(`${path}: invalid TOML, cannot be parsed; skipped`);
    return content;
  }
  // release-please matches on its tagged parse tree, where a filter on a string must say `.value`;
  // accept both spellings against the plain tree.
  const segments = parseJsonPath(jsonpath).map((s) => (s.kind === 'filter' && s.path[s.path.length - 1] === 'value' ? { ...s, path: s.path.slice(0, -1) } : s));
  const matches = evaluate(data, segments);
  if (matches.length === 0) {
    warnings.push(`${path}: no entries modified in ${jsonpath}`);
    return content;
  }
  let out = content;
  for (const m of matches) {
    const keys = m.path.filter((p): p is string => typeof p === 'string' && !/^\d+$/.test(p));
    const filter = m.path.find((p) => typeof p !== 'string') as { filter: string[]; value: string } | undefined;
    const table = keys.slice(0, -1);
    const key = keys[keys.length - 1]!;
    const spans = locateValues(out, table, key, filter ? (entry) => readTomlString(entry, filter.filter[0]!) === filter.value : undefined);
    out = replaceSpans(out, spans, JSON.stringify(version));
  }
  return out;
}
