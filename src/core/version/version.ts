/**
 * release-please's version grammar: major.minor.patch, optional -pre-release and +build,
 * matched UNANCHORED (so "1.2.0rc1" reads as 1.2.0 and "rc1" is lost, as release-please does).
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { leadingPhase, parsePep440Version, phaseRank, renderPep440 } from './pep440-version.js';

/** How versions are spelled: release-please's SemVer text, or PEP 440 (versioning: pep440). */
export type VersionNotation = 'semver' | 'pep440';

export interface Version {
  major: number;
  minor: number;
  patch: number;
  preRelease?: string;
  build?: string;
  /** Set when the version is written in PEP 440 form; bumps keep it. */
  notation?: 'pep440';
}

const VERSION = /(\d+)\.(\d+)\.(\d+)(-([^+]+))?(\+(.*))?/;

export function tryParseVersion(text: string, notation: VersionNotation = 'semver'): Version | undefined {
  if (notation === 'pep440') return parsePep440Version(text);
  const m = VERSION.exec(text);
  if (!m) return undefined;
  const v: Version = { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
  if (m[5] !== undefined) v.preRelease = m[5];
  if (m[7] !== undefined) v.build = m[7];
  return v;
}

export function parseVersion(text: string, where = 'version', notation: VersionNotation = 'semver'): Version {
  const v = tryParseVersion(text, notation);
  if (!v) {
    const fix = notation === 'pep440' ? 'write a PEP 440 version with three numbers, like 1.2.3, 1.2.3rc1 or 1.2.3.dev1 (versioning: pep440)' : 'write a version like 1.2.3';
    throw new PyreleaseError('VERSION_UNPARSEABLE', `${where}: ${JSON.stringify(text)} is not a version`, { fix });
  }
  return v;
}

export function formatVersion(v: Version): string {
  if (v.notation === 'pep440') return renderPep440(v);
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
  if (v.notation) next.notation = v.notation;
  if (preRelease) next.preRelease = preRelease;
  if (v.build !== undefined) next.build = v.build;
  return next;
}

/**
 * SemVer precedence (release part, then a pre-release sorts before its release); PEP 440
 * pre-releases order their phases as PEP 440 does (dev < a < b < rc), which SemVer's ASCII
 * comparison of "dev" and "a" would get wrong.
 */
export function compareVersions(a: Version, b: Version): number {
  const release = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (release !== 0) return Math.sign(release);
  if (!a.preRelease || !b.preRelease) return (a.preRelease ? -1 : 0) - (b.preRelease ? -1 : 0);
  const pa = a.notation === 'pep440' ? leadingPhase(a) : undefined;
  const pb = b.notation === 'pep440' ? leadingPhase(b) : undefined;
  if (pa && pb) {
    // "rc.1.dev.2" (1.2.0rc1.dev2) comes before "rc.1".
    const devOfA = a.preRelease.split('.').length > 2 ? -1 : 0;
    const devOfB = b.preRelease.split('.').length > 2 ? -1 : 0;
    return Math.sign(phaseRank(pa.phase) - phaseRank(pb.phase) || pa.number - pb.number || devOfA - devOfB);
  }
  return compareIdentifiers(a.preRelease.split('.'), b.preRelease.split('.'));
}

function compareIdentifiers(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === undefined) return -1;
    if (b[i] === undefined) return 1;
    const na = /^\d+$/.test(a[i]!);
    const nb = /^\d+$/.test(b[i]!);
    if (na && nb && Number(a[i]) !== Number(b[i])) return Math.sign(Number(a[i]) - Number(b[i]));
    if (na !== nb) return na ? -1 : 1;
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}
