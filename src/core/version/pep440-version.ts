/**
 * PEP 440 notation for release-please's version model (versioning: pep440): a pre-release is kept
 * as SemVer identifiers ("rc.1", "a.2", "dev.3") so bumps and ordering stay SemVer's, and is
 * rendered the way pip, build tools and PyPI spell it ("1.2.0rc1", "1.2.0a2", "1.2.0.dev3").
 */
import { normalizePep440 } from '../publish/pep440.js';
import type { Version } from './version.js';

/** Pre-release phases in PEP 440's order: dev < a < b < rc < the final release. */
export const PEP440_PHASES = ['dev', 'a', 'b', 'rc'] as const;
export type Pep440Phase = (typeof PEP440_PHASES)[number];

// PEP 440's other spellings of the same phase (alpha, beta, c, pre, preview).
const SPELLINGS: Record<string, Pep440Phase> = { dev: 'dev', a: 'a', alpha: 'a', b: 'b', beta: 'b', rc: 'rc', c: 'rc', pre: 'rc', preview: 'rc' };

export function pep440Phase(text: string | undefined): Pep440Phase | undefined {
  return text === undefined ? undefined : SPELLINGS[text.toLowerCase()];
}

export function phaseRank(phase: string): number {
  return (PEP440_PHASES as readonly string[]).indexOf(phase);
}

// The canonical form normalizePep440 returns, restricted to what a release PR writes:
// three release numbers, at most one pre-release phase, an optional dev part and local label.
const CANONICAL = /^(\d+)\.(\d+)\.(\d+)(?:(a|b|rc)(\d+))?(?:\.dev(\d+))?(?:\+(.+))?$/;

/**
 * A PEP 440 version inside other text (a line of setup.py, a JSON string), any spelling, so an
 * updater replaces "1.2.0rc1" whole where release-please's SemVer pattern would stop at "1.2.0".
 */
export const PEP440_IN_TEXT = /\d+\.\d+\.\d+(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc|dev|post)[-_.]?\d*)*(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?/i;

/** Any PEP 440 spelling ("1.2.0rc1", "1.2.0-rc.1", "v1.2.0.RC1", "1.2.0-beta.2") → Version. */
export function parsePep440Version(text: string): Version | undefined {
  const canonical = normalizePep440(text);
  const m = canonical === undefined ? null : CANONICAL.exec(canonical);
  if (!m) return undefined;
  const parts: string[] = [];
  if (m[4] !== undefined) parts.push(m[4], m[5]!);
  if (m[6] !== undefined) parts.push('dev', m[6]);
  const v: Version = { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), notation: 'pep440' };
  if (parts.length > 0) v.preRelease = parts.join('.');
  if (m[7] !== undefined) v.build = m[7];
  return v;
}

/** The phase and number a PEP 440 pre-release starts with ("rc.1.dev.2" → rc 1). */
export function leadingPhase(v: Version): { phase: Pep440Phase; number: number } | undefined {
  const [label, number] = v.preRelease?.split('.') ?? [];
  const phase = pep440Phase(label);
  return phase === undefined ? undefined : { phase, number: Number(number ?? 0) };
}

export function renderPep440(v: Version): string {
  let out = `${v.major}.${v.minor}.${v.patch}`;
  const ids = v.preRelease?.split('.') ?? [];
  for (let i = 0; i < ids.length; i += 2) {
    const phase = pep440Phase(ids[i]);
    const n = Number(ids[i + 1] ?? 0);
    out += phase === 'dev' ? `.dev${n}` : `${phase ?? ids[i]}${n}`;
  }
  return v.build ? `${out}+${v.build}` : out;
}
