/**
 * A PEP 508 requirement string, and the rewrite a workspace release needs: where the
 * requirement's version specifier would exclude the dependency's new version, each clause that
 * excludes it is moved to admit it, at the precision it was written with (`==1.0.0` → `==1.1.0`,
 * `~=1.0` → `~=1.1`, `<1.1` → `<1.2`, `<=1.0.0` → `<=1.1.0`); every other byte stays. A clause
 * that excludes the version on purpose (`!=`) is not rewritten: the caller refuses the release.
 */
import { satisfies } from '@renovatebot/pep440';
import { normalizeProjectName } from '../publish/distribution-name.js';

export interface Requirement {
  /** PEP 503 normalised name. */
  name: string;
  /** The text before the specifier (name, extras, spacing) and after it (marker), kept verbatim. */
  head: string;
  specifier: string;
  tail: string;
  /** `name @ url`: no version to admit. */
  directReference: boolean;
}

const REQUIREMENT = /^(\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*)([^;]*?)(\s*(?:;.*)?)$/s;

export function parseRequirement(text: string): Requirement | undefined {
  const m = REQUIREMENT.exec(text);
  if (!m) return undefined;
  const [, head, name, specifier, tail] = m;
  return { name: normalizeProjectName(name!), head: head!, specifier: specifier!, tail: tail!, directReference: specifier!.trimStart().startsWith('@') };
}

export type Rewrite = { kind: 'admits' } | { kind: 'rewritten'; text: string; specifier: string } | { kind: 'refused'; why: string };

/** The requirement made to admit `version`, or why it cannot be. */
export function admitVersion(req: Requirement, version: string): Rewrite {
  const spec = req.specifier.trim();
  if (req.directReference || spec === '' || admits(spec, version)) return { kind: 'admits' };
  const bare = spec.startsWith('(') && spec.endsWith(')') ? spec.slice(1, -1) : spec;
  const clauses = bare.split(',');
  const out: string[] = [];
  for (const raw of clauses) {
    const clause = raw.trim();
    if (admits(clause, version)) {
      out.push(raw);
      continue;
    }
    const moved = moveClause(clause, version);
    if (moved === undefined) return { kind: 'refused', why: `its clause ${clause} excludes ${version}` };
    // Keep the spacing the clause had around it.
    out.push(raw.replace(clause, moved));
  }
  const joined = out.join(',');
  const specifier = spec === bare ? joined : `(${joined})`;
  if (!admits(joined, version)) return { kind: 'refused', why: `${spec} cannot be made to admit ${version}` };
  return { kind: 'rewritten', text: `${req.head}${req.specifier.replace(spec, specifier)}${req.tail}`, specifier };
}

function admits(spec: string, version: string): boolean {
  try {
    // A pre-release of a member is what the release publishes: it counts as admitted where PEP 440 would let pip pick it when asked.
    return satisfies(version, spec, { prereleases: true });
  } catch {
    return false;
  }
}

const CLAUSE = /^(===|==|~=|<=|<|!=|>=|>)\s*(.+)$/;

function moveClause(clause: string, version: string): string | undefined {
  const m = CLAUSE.exec(clause);
  if (!m) return undefined;
  const [, op, written] = m as unknown as [string, string, string];
  const release = releaseOf(version);
  const parts = releaseOf(written.replace(/\.\*$/, ''));
  switch (op) {
    case '===':
      return `===${version}`;
    case '==':
      return written.endsWith('.*') ? `==${release.slice(0, parts.length).join('.')}.*` : `==${version}`;
    case '~=':
      return `~=${release.slice(0, Math.max(2, parts.length)).join('.')}`;
    case '<=':
      return `<=${version}`;
    case '<': {
      // The same number of parts, the last one past the new version's: <2 → <3 for 2.0.1, <1.1 → <1.2 for 1.1.0.
      const width = Math.max(1, parts.length);
      const upper = padded(release, width).slice(0, width);
      upper[width - 1] = upper[width - 1]! + 1;
      return `<${upper.join('.')}`;
    }
    default:
      // != and a lower bound above the new version: excluded on purpose.
      return undefined;
  }
}

function releaseOf(version: string): number[] {
  const m = /^\s*(?:\d+!)?(\d+(?:\.\d+)*)/.exec(version);
  return m ? m[1]!.split('.').map(Number) : [0];
}

function padded(release: number[], width: number): number[] {
  return [...release, ...Array<number>(Math.max(0, width - release.length)).fill(0)];
}
