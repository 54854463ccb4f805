/**
 * A uv workspace inside a manifest plan: from each package's own plan, the members released,
 * the dependents released with them (dependency-graph.ts) at the version their versioning
 * strategy gives a release without commits, and what each dependent's release edits
 * (dependents.ts). Pure; called by plan-manifest.ts between planning and grouping.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { PackageConfig } from '../config/types.js';
import type { ReleasePlan } from '../release-plan.js';
import { membersToRelease, type DependencyGraph } from './dependency-graph.js';
import { dependencyBumps, type DependencyBump } from './dependents.js';

export interface WorkspacePlanInput {
  graph: DependencyGraph;
  /** Package path → member name (normalised). */
  nameByPath: ReadonlyMap<string, string>;
  /** The workspace's uv.lock, by path in the plan's view. */
  lockPath: string;
}

/**
 * `versionWith(pkg, bumps)` plans `pkg` as if `bumps` were in force and returns its version: a
 * dependent with no commits of its own gets one only through its bump.
 */
export function workspaceBumps(ws: WorkspacePlanInput, planned: ReadonlyArray<{ pkg: PackageConfig; plan: ReleasePlan }>, versionWith: (pkg: PackageConfig, bumps: Map<string, DependencyBump>) => string | null): Map<string, DependencyBump> {
  const byName = new Map<string, { pkg: PackageConfig; plan: ReleasePlan }>();
  for (const p of planned) {
    const name = ws.nameByPath.get(p.pkg.path);
    if (name !== undefined) byName.set(name, p);
  }
  const released = [...byName].filter(([, p]) => p.plan.version !== null).map(([name]) => name);
  const versions = new Map<string, string>();
  for (const name of membersToRelease(ws.graph, released)) {
    const p = byName.get(name);
    if (!p) {
      const member = ws.graph.get(name)!.member;
      throw new PyreleaseError('WORKSPACE_MEMBER_NOT_CONFIGURED', `${member.pyprojectPath}: workspace member ${member.displayName} depends on a released member but is not a package of the config`, { file: member.pyprojectPath, fix: `add "${member.path}": {"release-type": "python"} to "packages"` });
    }
    const placeholder: DependencyBump = { dependsOn: ws.graph.get(name)!.deps, notes: '', rewrites: [], lockSpecifiers: [] };
    const version = p.plan.version ?? versionWith(p.pkg, new Map([[name, placeholder]]));
    if (version !== null) versions.set(name, version);
  }
  return dependencyBumps(ws.graph, versions);
}
