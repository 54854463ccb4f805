/**
 * release-please's version grammar: major.minor.patch, optional -pre-release and +build,
 * matched UNANCHORED (so "1.2.0rc1" reads as 1.2.0 and "rc1" is lost, as release-please does).
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export interface Version {
  major: number;
  minor: number;
  patch: number;
  preRelease?: string;
  build?: string;
}

const VERSION = /(\d+)\.(\d+)\.(\d+)(-([^+]+))?(\+(.*))?/;

export function tryParseVersion(text: string): Version | undefined {
  const m = VERSION.exec(text);
  if (!m) return undefined;
  const v: Version = { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
  if (m[5] !== undefined) v.preRelease = m[5];
  if (m[7] !== undefined) v.build = m[7];
  return v;
}

export function parseVersion(text: string, where = 'version'): Version {
  const v = tryParseVersion(text);
  if (!v) throw new PyreleaseError('VERSION_UNPARSEABLE', `${where}: ${JSON.stringify(text)} is not a version`, { fix: 'write a version like 1.2.3' });
  return v;
}

export function formatVersion(v: Version): string {
  return `${v.major}.${v.minor}.${v.patch}${v.preRelease ? `-${v.preRelease}` : ''}${v.build ? `+${v.build}` : ''}`;
}

/** The pre-release part is kept on every plain bump (release-please's default strategy does). */
export function bumpMajor(v: Version): Version {
  return { ...v, major: v.major + 1, minor: 0, patch: 0 };
}
export function bumpMinor(v: Version): Version {
  return { ...v, minor: v.minor + 1, patch: 0 };
}
export function bumpPatch(v: Version): Version {
  return { ...v, patch: v.patch + 1 };
}

export function withPreRelease(v: Version, preRelease: string | undefined): Version {
  const next: Version = { major: v.major, minor: v.minor, patch: v.patch };
  if (preRelease) next.preRelease = preRelease;
  if (v.build !== undefined) next.build = v.build;
  return next;
}
