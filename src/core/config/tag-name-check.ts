/**
 * Whether the tags a config makes can exist at all. release-please builds
 * `<component><tag-separator>v<version>` without checking, and a name git refuses fails only
 * at release time, after the release PR was merged. These are git's check-ref-format rules.
 */

/** Why git refuses `name` as a tag name ("it contains a space"), or undefined when it is fine. */
export function tagNameProblem(name: string): string | undefined {
  const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(name);
  if (bad) return `it contains ${describeChar(bad[0])}`;
  if (name.includes('..')) return 'it contains ".."';
  if (name.includes('@{')) return 'it contains "@{"';
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return 'it has an empty part ("/" at an end, or "//")';
  if (name.endsWith('.')) return 'it ends with "."';
  const parts = name.split('/');
  if (parts.some((p) => p.startsWith('.'))) return 'a part of it starts with "."';
  if (parts.some((p) => p.endsWith('.lock'))) return 'a part of it ends in ".lock"';
  return undefined;
}

function describeChar(c: string): string {
  if (c === ' ') return 'a space';
  const code = c.charCodeAt(0);
  if (code < 0x20 || code === 0x7f) return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return JSON.stringify(c);
}

