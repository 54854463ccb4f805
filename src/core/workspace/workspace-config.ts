/**
 * The release-please config of a uv workspace: its packages are written out in "packages", or
 * derived from the workspace when "packages" is `{}` (each member a python package, its component
 * the project name); either way every member must be a package of the config, so no member is
 * silently never released while its dependents require its new versions. Pure: the caller reads.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { parseJsonText } from '../config/json-text.js';
import { parseReleaseConfig, type DerivedPackages } from '../config/parse.js';
import { isRecord } from '../records.js';
import type { ReleaseConfig } from '../config/types.js';
import { packagePath } from '../updaters/extra-files.js';
import { dependencyGraph } from './dependency-graph.js';
import { readWorkspaceMember, type WorkspaceMember } from './members.js';
import { findUvWorkspace, type UvWorkspaceTable } from './uv-workspace.js';
import type { WorkspacePlanInput } from './workspace-release.js';

export const WORKSPACE_LOCK = 'uv.lock';

/** The member directories' pyproject.toml paths, or undefined without [tool.uv.workspace] (the root's text, or its table already read). */
export function workspaceMemberFiles(root: string | UvWorkspaceTable | undefined, treePaths: readonly string[]): string[] | undefined {
  return findUvWorkspace(root, treePaths)?.members.map((m) => packagePath(m, 'pyproject.toml'));
}

export function readWorkspaceMembers(files: readonly string[], readFile: (p: string) => string | undefined): WorkspaceMember[] {
  return files.map((f) => readWorkspaceMember(f === 'pyproject.toml' ? '.' : f.slice(0, -'/pyproject.toml'.length), readFile(f) ?? ''));
}

/** "packages": {} spelled out: each member a python package named by its project. */
export function derivedPackages(members: readonly WorkspaceMember[]): DerivedPackages {
  return Object.fromEntries(members.map((m) => [m.path, { 'release-type': 'python', 'package-name': m.displayName }]));
}

/** Every member in the config (a path input plans one, but the others still take part). */
export function assertMembersConfigured(config: ReleaseConfig, members: readonly WorkspaceMember[], configFile: string): void {
  const paths = new Set(config.packages.map((p) => p.path));
  const missing = members.filter((m) => !paths.has(m.path));
  if (missing.length === 0) return;
  const list = missing.map((m) => `${m.displayName} (${m.path})`).join(', ');
  throw new PyreleaseError('WORKSPACE_MEMBER_NOT_CONFIGURED', `${configFile}: uv workspace member${missing.length > 1 ? 's' : ''} ${list} ${missing.length > 1 ? 'are' : 'is'} not in "packages"`, { file: configFile, key: 'packages', fix: `add ${missing.map((m) => `"${m.path}": {"release-type": "python"}`).join(', ')} to "packages", or write "packages": {} to release every member of [tool.uv.workspace]` });
}

export function workspacePlanInput(members: readonly WorkspaceMember[]): WorkspacePlanInput {
  return { graph: dependencyGraph(members), nameByPath: new Map(members.map((m) => [m.path, m.name])), lockPath: WORKSPACE_LOCK };
}

/** What the plan says of where its packages came from. */
export function workspaceNotice(members: readonly WorkspaceMember[], derived: boolean, configFile: string): string {
  const list = members.map((m) => `${m.displayName} (${m.path})`).join(', ');
  return derived ? `packages derived from [tool.uv.workspace] in pyproject.toml ("packages": {} in ${configFile}): ${list}` : `packages listed in ${configFile}; uv workspace members: ${list}`;
}

/**
 * The config of a workspace: packages as written, or derived when "packages" is {}; a path
 * input is checked against them, but the whole workspace is planned (its dependents take part).
 */
export function parseWorkspaceReleaseConfig(configText: string, configFile: string, onlyPath: string | undefined, members: readonly WorkspaceMember[]): { config: ReleaseConfig; warnings: string[]; notice: string } {
  // Through the config's own JSON reader: a broken or non-object config gets its catalogue line, not an internal error.
  const raw = parseJsonText(configText, configFile, 'CONFIG_INVALID_JSON').value;
  const derived = isRecord(raw) && isEmptyObject(raw.packages);
  const packages = derived ? derivedPackages(members) : undefined;
  if (onlyPath !== undefined) parseReleaseConfig(configText, configFile, onlyPath, packages);
  const { config, warnings } = parseReleaseConfig(configText, configFile, undefined, packages);
  assertMembersConfigured(config, members, configFile);
  return { config, warnings, notice: workspaceNotice(members, derived, configFile) };
}

function isEmptyObject(v: unknown): boolean {
  return isRecord(v) && Object.keys(v).length === 0;
}

/** Members whose requirements the graph cannot see: said once per plan, never guessed. */
export function workspaceWarnings(members: readonly WorkspaceMember[]): string[] {
  return members.filter((m) => m.dynamicDependencies).map((m) => `${m.pyprojectPath}: [project] dynamic names its dependencies, so pyrelease cannot tell whether ${m.displayName} requires another member; it is released with them only by its own commits (list the dependencies in [project] to have it bumped)`);
}
