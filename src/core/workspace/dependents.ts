/**
 * What a workspace release does to the members that depend on a released one: each requirement
 * on a released member is made to admit its new version (requirement.ts), and the dependent gets
 * a release whose entry says so (dependency-notes.ts). Pure: versions in, edits out.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { DependencyGraph } from './dependency-graph.js';
import { renderDependencyNotes, type DependencyNote } from './dependency-notes.js';
import { admitVersion } from './requirement.js';

export interface DependencyBump {
  /** The released members this one requires (display names, sorted). */
  dependsOn: string[];
  /** The text appended under "### Dependencies". */
  notes: string;
  /** Requirement strings of pyproject.toml to replace: written → rewritten. */
  rewrites: Array<{ from: string; to: string }>;
  /** uv.lock's requires-dist specifiers of this member to set: dependency (normalised) → specifier. */
  lockSpecifiers: Array<{ name: string; specifier: string }>;
}

/** `versions`: every member this release bumps (normalised name → new version). */
export function dependencyBumps(graph: DependencyGraph, versions: ReadonlyMap<string, string>): Map<string, DependencyBump> {
  const bumps = new Map<string, DependencyBump>();
  for (const name of versions.keys()) {
    const node = graph.get(name);
    if (!node) continue;
    const notes: DependencyNote[] = [];
    const rewrites: DependencyBump['rewrites'] = [];
    const lockSpecifiers: DependencyBump['lockSpecifiers'] = [];
    const dependsOn = new Set<string>();
    for (const req of node.member.requirements) {
      const version = versions.get(req.parsed.name);
      if (version === undefined || req.parsed.name === name) continue;
      const dep = graph.get(req.parsed.name)!.member.displayName;
      dependsOn.add(dep);
      const group = req.group === 'dependencies' ? 'dependencies' : `optional-dependencies.${req.extra}`;
      const r = admitVersion(req.parsed, version);
      if (r.kind === 'refused') {
        throw new PyreleaseError('WORKSPACE_DEPENDENT_NOT_BUMPABLE', `${node.member.pyprojectPath}: ${node.member.displayName} requires ${JSON.stringify(req.text)}, which cannot admit ${dep} ${version}: ${r.why}`, { file: node.member.pyprojectPath, key: `project.${req.group}${req.extra ? `.${req.extra}` : ''}`, fix: `widen the requirement to admit ${version} (e.g. ${dep}>=${version}), or keep ${dep} out of this release` });
      }
      if (r.kind === 'admits') notes.push({ group, name: dep, to: version });
      else {
        notes.push({ group, name: dep, from: req.parsed.specifier.trim(), to: r.specifier });
        rewrites.push({ from: req.text, to: r.text });
        lockSpecifiers.push({ name: req.parsed.name, specifier: r.specifier });
      }
    }
    if (dependsOn.size > 0) bumps.set(name, { dependsOn: [...dependsOn].sort(), notes: renderDependencyNotes(notes), rewrites, lockSpecifiers });
  }
  return bumps;
}
