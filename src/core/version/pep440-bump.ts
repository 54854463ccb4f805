/**
 * The next version in PEP 440 notation (versioning: pep440). It follows release-please's
 * prerelease strategy — a change that fits the coming release bumps the pre-release number,
 * anything bigger starts a new release line — with PEP 440's phases: a pre-release may move
 * forward (a → b → rc) but never back, and with `prerelease: false` the coming release is
 * published final (1.3.0rc2 → 1.3.0).
 */
import type { PackageConfig } from '../config/types.js';
import type { BumpKind, NextVersion } from './bump.js';
import { leadingPhase, pep440Phase, phaseRank, type Pep440Phase } from './pep440-version.js';
import { bumpMajor, bumpMinor, bumpPatch, formatVersion, type Version } from './version.js';

/** A new pre-release line starts at alpha unless prerelease-type says otherwise. */
const FIRST_PHASE: Pep440Phase = 'a';

export function pep440Bump(previous: Version, kind: BumpKind, pkg: Pick<PackageConfig, 'prerelease' | 'prereleaseType'>, reasons: string[]): NextVersion {
  const prev: Version = { ...previous, notation: 'pep440' };
  const current = leadingPhase(prev);
  const wanted = pep440Phase(pkg.prereleaseType);
  const release: Version = { major: prev.major, minor: prev.minor, patch: prev.patch, notation: 'pep440' };
  // Does the change fit the release the pre-release leads to? (1.3.0rc1 + feat: yes; 1.2.3rc1 + feat: no.)
  const fits = current !== undefined && (kind === 'patch' || (kind === 'minor' && prev.patch === 0) || (kind === 'major' && prev.minor === 0 && prev.patch === 0));
  const prevText = formatVersion(prev);

  if (!pkg.prerelease) {
    if (fits) return { version: release, reasons: [...reasons, `prerelease is off: ${prevText} becomes the final ${formatVersion(release)}`] };
    return { version: nextLine(release, kind), reasons };
  }
  if (fits) {
    const phase = wanted && phaseRank(wanted) > phaseRank(current.phase) ? wanted : current.phase;
    const number = phase === current.phase ? current.number + 1 : 1;
    const next = { ...release, preRelease: `${phase}.${number}` };
    const note = wanted && phaseRank(wanted) < phaseRank(current.phase) ? ` (prerelease-type ${wanted} would go back from ${current.phase}; PEP 440 orders dev < a < b < rc)` : '';
    return { version: next, reasons: [...reasons, `${prevText} is a pre-release of ${formatVersion(release)}: the next one is ${formatVersion(next)}${note}`] };
  }
  const line = nextLine(release, kind);
  const next = { ...line, preRelease: `${wanted ?? FIRST_PHASE}.1` };
  return { version: next, reasons: [...reasons, `prerelease is on: ${formatVersion(next)} is the first pre-release of ${formatVersion(line)}`] };
}

function nextLine(v: Version, kind: BumpKind): Version {
  return kind === 'major' ? bumpMajor(v) : kind === 'minor' ? bumpMinor(v) : bumpPatch(v);
}
