/**
 * The graph, the order and the Dependencies entry, as release-please's workspace plugins have
 * them (plugins/workspace.js, node-workspace.js' getChangelogDepsNotes): dependents found through
 * the inverted graph, transitively, sorted by name; the notes in their exact text.
 */
import { describe, expect, it } from 'vitest';
import { dependencyGraph, membersToRelease } from '../../../src/core/workspace/dependency-graph.js';
import { appendDependenciesSection } from '../../../src/core/workspace/dependency-notes.js';
import { dependencyBumps } from '../../../src/core/workspace/dependents.js';
import { readWorkspaceMember } from '../../../src/core/workspace/members.js';

const member = (path: string, name: string, deps: string[] = [], optional: Record<string, string[]> = {}) =>
  readWorkspaceMember(path, `[project]\nname = "${name}"\nversion = "1.0.0"\ndependencies = ${JSON.stringify(deps)}\n${Object.keys(optional).length ? `\n[project.optional-dependencies]\n${Object.entries(optional).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join('\n')}\n` : ''}`);

const members = [
  member('packages/core', 'Core'),
  member('packages/web', 'web', ['core>=1.0,<1.1']),
  member('packages/cli', 'cli', ['web'], { extra: ['core==1.0.0'] }),
  member('packages/api', 'api', ['requests']),
];

describe('the workspace dependency graph', () => {
  it('links members by normalised name; finds dependents transitively, sorted by name', () => {
    const graph = dependencyGraph(members);
    expect(graph.get('cli')!.deps).toEqual(['web', 'core']);
    expect(graph.get('api')!.deps).toEqual([]);
    expect(membersToRelease(graph, ['core'])).toEqual(['cli', 'core', 'web']);
    expect(membersToRelease(graph, ['web'])).toEqual(['cli', 'web']);
    expect(membersToRelease(graph, ['api'])).toEqual(['api']);
  });

  it('refuses a cycle, naming it', () => {
    expect(() => dependencyGraph([member('a', 'a', ['b']), member('b', 'b', ['c']), member('c', 'c', ['a'])])).toThrow('a/pyproject.toml: the workspace members depend on each other in a cycle: a -> b -> c -> a');
  });

  it("writes release-please's Dependencies notes: one list per group, 'bumped from … to …' or 'bumped to …'", () => {
    const bumps = dependencyBumps(dependencyGraph(members), new Map([['core', '1.1.0'], ['web', '1.0.1'], ['cli', '1.0.1']]));
    expect(bumps.get('core')).toBeUndefined();
    expect(bumps.get('web')).toEqual({
      dependsOn: ['Core'],
      notes: '* The following workspace dependencies were updated\n  * dependencies\n    * Core bumped from >=1.0,<1.1 to >=1.0,<1.2',
      rewrites: [{ from: 'core>=1.0,<1.1', to: 'core>=1.0,<1.2' }],
      lockSpecifiers: [{ name: 'core', specifier: '>=1.0,<1.2' }],
    });
    expect(bumps.get('cli')!.notes).toBe('* The following workspace dependencies were updated\n  * dependencies\n    * web bumped to 1.0.1\n  * optional-dependencies.extra\n    * Core bumped from ==1.0.0 to ==1.1.0');
  });

  it("appends the section where release-please's appendDependenciesSectionToChangelog does", () => {
    const notes = '* The following workspace dependencies were updated\n  * dependencies\n    * core bumped to 1.1.0';
    expect(appendDependenciesSection('## [0.3.1](https://x/compare/a...b) (2026-02-03)', notes)).toBe(`## [0.3.1](https://x/compare/a...b) (2026-02-03)\n\n\n### Dependencies\n\n${notes}`);
    expect(appendDependenciesSection('', notes)).toBe(`### Dependencies\n\n${notes}`);
    expect(appendDependenciesSection('## 1.0.0\n\n### Dependencies\n\n* old', notes)).toBe(`## 1.0.0\n\n### Dependencies\n\n* old\n${notes}`);
  });
});
