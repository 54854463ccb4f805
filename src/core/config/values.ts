/**
 * Typed readers for scalar config values. A wrong value is recorded with a fix written for the
 * value actually found ("yes" → write true), and the reader returns undefined so the default
 * applies and checking goes on.
 */
import { ConfigFindings, keyName } from './findings.js';
import type { KeyPath } from './json-text.js';

const TRUTHY = new Set(['true', 'yes', 'y', 'on', '1', 'True', 'TRUE', 'Yes']);
const FALSY = new Set(['false', 'no', 'n', 'off', '0', 'False', 'FALSE', 'No']);

export function readBoolean(f: ConfigFindings, v: unknown, path: KeyPath): boolean | undefined {
  if (typeof v === 'boolean') return v;
  const text = String(v);
  const guess = TRUTHY.has(text) ? 'true' : FALSY.has(text) ? 'false' : 'true or false';
  return f.wrongType(path, 'true or false', v, `write ${JSON.stringify(keyName(path))}: ${guess} without quotes`);
}

export function readString(f: ConfigFindings, v: unknown, path: KeyPath): string | undefined {
  if (typeof v === 'string') return v;
  const name = JSON.stringify(keyName(path));
  const fix =
    typeof v === 'number' || typeof v === 'boolean'
      ? `write ${name}: "${String(v)}" in double quotes`
      : `write ${name} as one string in double quotes`;
  return f.wrongType(path, 'a string', v, fix);
}

/** commit-search-depth, release-search-depth: release-please treats 0 as "use the default". */
export function readCount(f: ConfigFindings, v: unknown, path: KeyPath, fallback: number): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
  const name = JSON.stringify(keyName(path));
  const asNumber = typeof v === 'string' ? Number(v) : NaN;
  const fix = Number.isInteger(asNumber) && asNumber > 0 ? `write ${name}: ${asNumber} without quotes` : `write ${name}: ${fallback} (a whole number above 0), or remove it for the default`;
  return f.wrongType(path, 'a whole number above 0', v, fix);
}

export function readPaths(f: ConfigFindings, v: unknown, path: KeyPath): string[] | undefined {
  if (Array.isArray(v) && v.every((x): x is string => typeof x === 'string')) return v;
  const name = JSON.stringify(keyName(path));
  const fix = typeof v === 'string' ? `write ${name}: [${JSON.stringify(v)}] — a list, even of one path` : `write ${name}: ["docs/", "tests/"] — a list of path strings`;
  return f.wrongType(path, 'a list of path strings', v, fix);
}

/**
 * label, release-label, extra-label: one comma-separated string in release-please. It splits on
 * "," without trimming, so "a, b" asks GitHub for " b"; we trim and drop empty names, which
 * keeps the labels GitHub shows and lets the PR be found by them again.
 */
export function readLabels(f: ConfigFindings, v: unknown, path: KeyPath): string[] | undefined {
  const name = JSON.stringify(keyName(path));
  if (typeof v === 'string') return splitLabels(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) {
    return f.wrongType(path, 'one comma-separated string', v, `write ${name}: ${JSON.stringify(v.join(','))}`);
  }
  return f.wrongType(path, 'one comma-separated string', v, `write ${name}: "label one,label two"`);
}

export function splitLabels(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
