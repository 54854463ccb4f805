/**
 * Keys that change nothing: unknown (usually a typo), misplaced (a top-level-only key inside a
 * package), action inputs written into the file, and keys release-please knows that pyrelease
 * does not act on. release-please silently ignores all of these; we say so, in two warnings.
 */
import { formatKeyPath, keyName } from './findings.js';
import type { KeyPath } from './json-text.js';
import { actionInputKeys, ignoredKeyNotes, isManifestOptionKey, isPackageOptionKey, manifestOptionKinds, packageOptionKinds } from './keys.js';

export class KeyNotes {
  /** Formatted key path → why it does nothing; this is ReleaseConfig.unknownKeys. */
  readonly unknown = new Map<string, string>();
  readonly ignored = new Map<string, string>();

  /** Sorts the keys of the top level (scope "top") or of one package. */
  classify(obj: Record<string, unknown>, base: KeyPath, scope: 'top' | 'package'): void {
    for (const key of Object.keys(obj)) {
      const at = formatKeyPath([...base, key]);
      if (isPackageOptionKey(key) || (scope === 'top' && (isManifestOptionKey(key) || key === 'packages'))) continue;
      if (Object.hasOwn(ignoredKeyNotes, key)) this.ignored.set(at, ignoredKeyNotes[key]!);
      else if (isManifestOptionKey(key)) this.unknown.set(at, 'read only at the top level, not inside a package');
      else if (actionInputKeys.includes(key)) this.unknown.set(at, 'an input of release-please-action, not a config key');
      else this.unknown.set(at, suggest(key));
    }
  }

  /** Sub-keys of list entries (changelog-sections, extra-files) that nothing reads. */
  addUnknown(paths: readonly KeyPath[]): void {
    for (const p of paths) this.unknown.set(formatKeyPath(p), suggest(keyName(p)));
  }

  warnings(file: string): string[] {
    const out: string[] = [];
    const list = (m: Map<string, string>) => [...m].map(([k, note]) => (note ? `${k} (${note})` : k)).join(', ');
    if (this.unknown.size > 0) {
      out.push(`${file}: ${this.unknown.size === 1 ? 'key' : 'keys'} ignored by release-please and pyrelease: ${list(this.unknown)} — check the spelling and place against release-please's config schema`);
    }
    if (this.ignored.size > 0) out.push(`${file}: pyrelease does not use ${list(this.ignored)}`);
    return out;
  }
}

const KNOWN = [...Object.keys(packageOptionKinds), ...Object.keys(manifestOptionKinds), ...Object.keys(ignoredKeyNotes), 'packages', 'type', 'section', 'hidden', 'scope', 'path', 'jsonpath', 'xpath', 'glob'];

/** "did you mean …" for a key within two edits of a known one (bump-minor-pre-majr). */
function suggest(key: string): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const known of KNOWN) {
    const d = distance(key.toLowerCase(), known);
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best === undefined ? '' : `did you mean "${best}"?`;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
