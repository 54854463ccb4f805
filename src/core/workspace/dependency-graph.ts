/**
 * The workspace's dependency graph (member → the members it requires), and what a release
 * touches, as release-please's WorkspacePlugin walks it (plugins/workspace.js): the graph is
 * inverted, each released member's dependents visited depth-first, and the result sorted by
 * name. A cycle is refused for the whole graph before anything is planned (release-please throws
 * only when its walk meets one), so the same workspace fails the same way whatever changed.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { WorkspaceMember } from './members.js';

export type DependencyGraph = Map<string, { member: WorkspaceMember; deps: string[] }>;

export function dependencyGraph(members: readonly WorkspaceMember[]): DependencyGraph {
  const names = new Set(members.map((m) => m.name));
  const graph: DependencyGraph = new Map();
  for (const member of members) {
    const first = graph.get(member.name)?.member;
    // uv refuses two members of one name; pip and PyPI would take them for one project.
    if (first) throw new PyreleaseError('WORKSPACE_DUPLICATE_NAME', `${member.pyprojectPath}: the project name ${JSON.stringify(member.displayName)} is ${first.path}'s too (${JSON.stringify(first.displayName)}), once normalised`, { file: member.pyprojectPath, key: 'project.name', fix: 'give each workspace member its own project name' });
    const deps = [...new Set(member.requirements.map((r) => r.parsed.name).filter((n) => names.has(n) && n !== member.name))];
    graph.set(member.name, { member, deps });
  }
  assertNoCycle(graph);
  return graph;
}

function assertNoCycle(graph: DependencyGraph): void {
  const done = new Set<string>();
  const visit = (name: string, path: string[]) => {
    if (path.includes(name)) {
      const cycle = [...path.slice(path.indexOf(name)), name].map((n) => graph.get(n)!.member.displayName).join(' -> ');
      const first = graph.get(name)!.member;
      throw new PyreleaseError('WORKSPACE_DEPENDENCY_CYCLE', `${first.pyprojectPath}: the workspace members depend on each other in a cycle: ${cycle}`, { file: first.pyprojectPath, key: 'project.dependencies', fix: 'break the cycle (move the shared code into a member both depend on): a release could never bump one without the other' });
    }
    if (done.has(name)) return;
    for (const dep of graph.get(name)!.deps) visit(dep, [...path, name]);
    done.add(name);
  };
  for (const name of graph.keys()) visit(name, []);
}

/** The released members and every member that depends on them, directly or not: names sorted as release-please sorts them (localeCompare). */
export function membersToRelease(graph: DependencyGraph, released: readonly string[]): string[] {
  const dependents = new Map<string, string[]>([...graph.keys()].map((n) => [n, []]));
  for (const [name, node] of graph) for (const dep of node.deps) dependents.get(dep)!.push(name);
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !graph.has(name)) return;
    seen.add(name);
    for (const d of dependents.get(name)!) visit(d);
  };
  for (const name of released) visit(name);
  return [...seen].sort((a, b) => a.localeCompare(b));
}

/** Why a member is tested: its own change, or the changed members it depends on (directly or not). */
export function membersToTest(graph: DependencyGraph, changed: readonly string[]): Array<{ name: string; why: string }> {
  const closure = (name: string, seen = new Set<string>()): Set<string> => {
    for (const dep of graph.get(name)?.deps ?? []) if (!seen.has(dep)) closure(dep, seen.add(dep));
    return seen;
  };
  return membersToRelease(graph, changed).map((name) => {
    if (changed.includes(name)) return { name, why: 'changed' };
    const via = [...closure(name)].filter((d) => changed.includes(d)).map((d) => graph.get(d)!.member.displayName).sort();
    return { name, why: `depends on ${via.join(', ')}` };
  });
}
