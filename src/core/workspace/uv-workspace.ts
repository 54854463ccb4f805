/**
 * [tool.uv.workspace] in the root pyproject.toml → the workspace's member directories, as uv
 * finds them (docs.astral.sh/uv/concepts/projects/workspaces): `members` globs relative to the
 * workspace root, less the `exclude` globs; every matched directory must hold a pyproject.toml;
 * the root itself is a member when it has a [project] table. Pure: the caller lists the tree.
 */
import { minimatch } from 'minimatch';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { ROOT_PATH } from '../package-path.js';
import { parsePyprojectToml } from '../pyproject-toml.js';
import { asRecord, isRecord } from '../records.js';

export interface UvWorkspace {
  /** Member directories relative to the workspace root ("." for the root), byte-order. */
  members: string[];
}

const ROOT_FILE = 'pyproject.toml';
const FIX = 'fix the syntax; the workspace members cannot be found without it';

export interface UvWorkspaceTable {
  members: string[];
  exclude: string[];
  /** The root has a [project] table: it is a member too. */
  rootIsMember: boolean;
}

/** [tool.uv.workspace] of the root pyproject.toml, or undefined without one. */
export function readUvWorkspaceTable(rootPyproject: string | undefined): UvWorkspaceTable | undefined {
  if (rootPyproject === undefined) return undefined;
  const doc = parsePyprojectToml(rootPyproject, ROOT_FILE, FIX);
  const table = asRecord(asRecord(doc.tool)?.uv)?.workspace;
  if (table === undefined) return undefined;
  // `workspace = "…"` is no workspace table: uv refuses it, and reading it as one with no members would plan a wrong release.
  if (!isRecord(table)) throw new PyreleaseError('WORKSPACE_INVALID', `${ROOT_FILE}: [tool.uv] workspace must be a table`, { file: ROOT_FILE, key: 'tool.uv.workspace', fix: 'write it as a table: [tool.uv.workspace] with members = ["packages/*"]' });
  return { members: globList(table.members, 'members').map(trimSlashes), exclude: globList(table.exclude, 'exclude').map(trimSlashes), rootIsMember: doc.project !== undefined };
}

/** Could a member lie in or below `dir`? (A walker of the tree descends only where one could.) */
export function mayHoldMember(table: UvWorkspaceTable, dir: string): boolean {
  return table.members.some((glob) => minimatch(dir, glob, { partial: true }));
}

/**
 * Is the project at `dir` (relative to the workspace root, "/"-separated) a member, as uv decides
 * when it discovers the workspace from the project (uv-workspace's find_workspace): named by a
 * `members` glob and by no `exclude` glob. The root is a member when it has a [project] table.
 */
export function isWorkspaceMember(table: UvWorkspaceTable, dir: string): boolean {
  if (dir === ROOT_PATH || dir === '') return table.rootIsMember;
  return table.members.some((glob) => minimatch(dir, glob)) && !table.exclude.some((glob) => minimatch(dir, glob));
}

/** undefined when the root pyproject.toml has no [tool.uv.workspace] (or there is none); `root` is its text, or its table already read. */
export function findUvWorkspace(root: string | UvWorkspaceTable | undefined, treePaths: readonly string[]): UvWorkspace | undefined {
  const table = typeof root === 'object' ? root : readUvWorkspaceTable(root);
  if (table === undefined) return undefined;
  const { members, exclude } = table;
  const directories = directoriesOf(treePaths);
  const found = new Set<string>(table.rootIsMember ? [ROOT_PATH] : []);
  for (const glob of members) {
    const matched = [...directories].filter((d) => minimatch(d, glob, { dot: false }));
    // A plain path (no glob) that names nothing is a typo or a member not committed; uv stops on it too.
    if (matched.length === 0 && !/[*?[\]{}]/.test(glob)) {
      throw new PyreleaseError('WORKSPACE_MEMBER_PATH_MISSING', `${ROOT_FILE}: [tool.uv.workspace] members names ${JSON.stringify(glob)}, a directory that does not exist`, { file: ROOT_FILE, key: 'tool.uv.workspace.members', fix: `commit the member directory ${glob}/ with its pyproject.toml, or remove ${JSON.stringify(glob)} from members` });
    }
    for (const dir of matched) if (!exclude.some((e) => minimatch(dir, e))) found.add(dir);
  }
  const tree = new Set(treePaths);
  for (const dir of found) {
    if (dir === ROOT_PATH || tree.has(`${dir}/${ROOT_FILE}`)) continue;
    throw new PyreleaseError('WORKSPACE_MEMBER_NO_PYPROJECT', `${ROOT_FILE}: [tool.uv.workspace] members matches ${dir}, which has no pyproject.toml`, { file: ROOT_FILE, key: 'tool.uv.workspace.members', fix: `add ${dir}/pyproject.toml, or add ${JSON.stringify(dir)} to [tool.uv.workspace] exclude (uv requires a pyproject.toml in every member)` });
  }
  return { members: [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
}

function globList(value: unknown, key: string): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  throw new PyreleaseError('WORKSPACE_INVALID', `${ROOT_FILE}: [tool.uv.workspace] ${key} must be a list of globs`, { file: ROOT_FILE, key: `tool.uv.workspace.${key}`, fix: `write ${key} = ["packages/*"]` });
}

function trimSlashes(p: string): string {
  return p.replace(/^\.\/+/, '').replace(/\/+$/, '');
}

/** Every directory that holds a committed file (git lists files only). */
function directoriesOf(treePaths: readonly string[]): Set<string> {
  const dirs = new Set<string>();
  for (const p of treePaths) {
    const parts = p.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return dirs;
}
