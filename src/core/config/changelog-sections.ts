/**
 * changelog-sections: a list of {type, section, hidden?, scope?}. A list given here REPLACES
 * release-please's defaults (release-please-behaviour.md §5), so a broken entry is an error,
 * never silently skipped: skipping it would drop that commit type from the CHANGELOG.
 */
import { ConfigFindings } from './findings.js';
import type { KeyPath } from './json-text.js';
import { asRecord } from '../records.js';
import type { ChangelogSection } from './types.js';
import { readBoolean, readString } from './values.js';

const EXAMPLE = '{"type": "feat", "section": "Features"}';
const KNOWN = new Set(['type', 'section', 'hidden', 'scope']);

export function readChangelogSections(f: ConfigFindings, v: unknown, path: KeyPath): ChangelogSection[] | undefined {
  if (!Array.isArray(v)) {
    return f.wrongType(path, `a list of ${EXAMPLE} objects`, v, `write "changelog-sections": [${EXAMPLE}, {"type": "fix", "section": "Bug Fixes"}]`);
  }
  const before = f.count;
  const sections: ChangelogSection[] = [];
  v.forEach((item: unknown, i) => {
    const at = [...path, i];
    const rec = asRecord(item);
    if (!rec) {
      f.wrongType(at, `an object like ${EXAMPLE}`, item, `write ${EXAMPLE}`);
      return;
    }
    for (const key of Object.keys(rec)) if (!KNOWN.has(key)) f.unknown([...at, key]);
    const type = required(f, rec, 'type', at);
    const section = required(f, rec, 'section', at);
    const hidden = rec.hidden === undefined ? undefined : readBoolean(f, rec.hidden, [...at, 'hidden']);
    const scope = rec.scope === undefined ? undefined : readString(f, rec.scope, [...at, 'scope']);
    if (type === undefined || section === undefined) return;
    const entry: ChangelogSection = { type, section };
    if (hidden !== undefined) entry.hidden = hidden;
    if (scope !== undefined) entry.scope = scope;
    sections.push(entry);
  });
  return f.count === before ? sections : undefined;
}

function required(f: ConfigFindings, rec: Record<string, unknown>, key: 'type' | 'section', at: KeyPath): string | undefined {
  if (rec[key] === undefined) {
    const example = key === 'type' ? '"type": "feat"' : '"section": "Features"';
    f.problem('CONFIG_MISSING_KEY', at, `has no "${key}"`, `add ${example} to this entry`);
    return undefined;
  }
  return readString(f, rec[key], [...at, key]);
}
