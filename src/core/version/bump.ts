/**
 * The next version from the previous one and the parsed commits, per `versioning`
 * (release-please-behaviour.md §4.1). Returns the reasons a person reads in the preview.
 */
import type { PackageConfig } from '../config/types.js';
import type { ConventionalCommit } from '../commits/conventional-commit.js';
import { versionNotation } from './notation.js';
import { pep440Bump } from './pep440-bump.js';
import { bumpMajor, bumpMinor, bumpPatch, formatVersion, parseVersion, withPreRelease, type Version } from './version.js';

export type BumpKind = 'major' | 'minor' | 'patch';

export interface NextVersion {
  version: Version;
  reasons: string[];
}

/** What the commits ask for, newest first; a Release-As footer (newest wins) short-circuits. */
export function classifyCommits(commits: readonly ConventionalCommit[]): { releaseAs?: string; breaking: ConventionalCommit[]; features: ConventionalCommit[] } {
  const breaking: ConventionalCommit[] = [];
  const features: ConventionalCommit[] = [];
  for (const c of commits) {
    const releaseAs = c.notes.find((n) => n.title === 'RELEASE AS');
    if (releaseAs) return { releaseAs: releaseAs.text, breaking, features };
    if (c.breaking) breaking.push(c);
    // The bump compares types case-sensitively (FEAT: only patches), unlike the sections.
    else if (c.type === 'feat' || c.type === 'feature') features.push(c);
  }
  return { breaking, features };
}

export function nextVersion(previous: Version, commits: readonly ConventionalCommit[], pkg: PackageConfig): NextVersion {
  const { releaseAs, breaking, features } = classifyCommits(commits);
  if (releaseAs !== undefined) return { version: parseVersion(releaseAs, 'Release-As footer', versionNotation(pkg)), reasons: [`a Release-As: ${releaseAs} footer forces the version`] };
  const preMajor = previous.major < 1;
  let kind: BumpKind = 'patch';
  const reasons: string[] = [];
  if (breaking.length > 0) {
    kind = preMajor && pkg.bumpMinorPreMajor ? 'minor' : 'major';
    reasons.push(...breaking.map((c) => `${describe(c)} is a breaking change → ${kind}${kind === 'minor' ? ' (bump-minor-pre-major)' : ''}`));
  } else if (features.length > 0) {
    kind = preMajor && pkg.bumpPatchForMinorPreMajor ? 'patch' : 'minor';
    reasons.push(...features.map((c) => `${describe(c)} is a feature → ${kind}${kind === 'patch' ? ' (bump-patch-for-minor-pre-major)' : ''}`));
  } else {
    reasons.push(`no feature or breaking change among ${commits.length} commit${commits.length === 1 ? '' : 's'} → patch`);
  }
  switch (pkg.versioning) {
    case 'always-bump-patch':
      return { version: bumpPatch(previous), reasons: ['versioning: always-bump-patch'] };
    case 'always-bump-minor':
      return { version: bumpMinor(previous), reasons: ['versioning: always-bump-minor'] };
    case 'always-bump-major':
      return { version: bumpMajor(previous), reasons: ['versioning: always-bump-major'] };
    case 'prerelease':
      return { version: prereleaseBump(previous, kind, pkg), reasons };
    case 'pep440':
      return pep440Bump(previous, kind, pkg, reasons);
    default:
      return { version: plainBump(previous, kind), reasons };
  }
}

function plainBump(v: Version, kind: BumpKind): Version {
  return kind === 'major' ? bumpMajor(v) : kind === 'minor' ? bumpMinor(v) : bumpPatch(v);
}

const PRERELEASE_NUMBER = /(\d+)(?=\D*$)/;

/** "beta.01" → "beta.02" (width kept); a suffix without a number gets ".1". */
export function bumpPrereleaseSuffix(pre: string): string {
  const m = PRERELEASE_NUMBER.exec(pre);
  if (!m) return `${pre}.1`;
  return pre.replace(PRERELEASE_NUMBER, String(Number(m[1]) + 1).padStart(m[1]!.length, '0'));
}

function prereleaseBump(v: Version, kind: BumpKind, pkg: PackageConfig): Version {
  const type = pkg.prereleaseType;
  let next: Version;
  if (kind === 'patch') {
    next = v.preRelease ? withPreRelease(v, bumpPrereleaseSuffix(v.preRelease)) : withPreRelease({ ...v, patch: v.patch + 1 }, type);
  } else if (kind === 'minor') {
    if (v.preRelease) next = v.patch === 0 ? withPreRelease(v, bumpPrereleaseSuffix(v.preRelease)) : bumpMinor(v);
    else next = withPreRelease({ ...v, minor: v.minor + 1, patch: 0 }, type);
  } else if (v.preRelease) {
    next = v.patch === 0 && v.minor === 0 ? withPreRelease(v, bumpPrereleaseSuffix(v.preRelease)) : bumpMajor(v);
  } else {
    next = withPreRelease({ ...v, major: v.major + 1, minor: 0, patch: 0 }, type);
  }
  // Without `prerelease: true` the strategy drops the suffix it computed.
  return pkg.prerelease ? next : { major: next.major, minor: next.minor, patch: next.patch };
}

function describe(c: ConventionalCommit): string {
  return `${c.header} (${c.sha.slice(0, 7)})`;
}

export { formatVersion };
