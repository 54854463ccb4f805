/**
 * Responsible for reading, once per run, what the gates need to know of the Python project on
 * disk: its configuration files (each parsed by the one parser for its format), its lock files,
 * its layout and the virtual environments it holds. Every decision about them is made in core.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parse } from 'smol-toml';
import { parseSetupCfg, type SetupCfg } from '../../core/gates/setup-cfg.js';
import type { LayoutEntry, LayoutFacts } from '../../core/gates/source-roots.js';
import { parsePyprojectToml } from '../../core/pyproject-toml.js';
import { asRecord } from '../../core/records.js';
import { isWorkspaceMember, readUvWorkspaceTable } from '../../core/workspace/uv-workspace.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export interface PythonProject {
  dir: string;
  pyproject?: Record<string, unknown>;
  setupCfg?: SetupCfg;
  mypyIni?: SetupCfg;
  dotMypyIni?: SetupCfg;
  /** uv.lock of the project, or of the uv workspace it is a member of. */
  uvLock?: { path: string; doc: Record<string, unknown> };
  /** The uv workspace the project is a member of ([tool.uv.workspace] at `root`), and its [project] name there. */
  uvWorkspace?: UvWorkspaceMembership;
  locks: Set<'uv.lock' | 'poetry.lock' | 'pdm.lock'>;
  layout: LayoutFacts;
  /** Virtual environments in the project directory (any directory holding a pyvenv.cfg). */
  environments: string[];
}

export interface UvWorkspaceMembership {
  root: string;
  name: string;
}

export function readPythonProject(dir: string): PythonProject {
  const text = (name: string) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : undefined);
  const pyprojectText = text('pyproject.toml');
  const pyproject = pyprojectText === undefined ? undefined : parsePyprojectToml(pyprojectText, 'pyproject.toml', 'fix the TOML syntax at that line; every tool of the project reads this file');
  const cfg = (name: string) => {
    const t = text(name);
    return t === undefined ? undefined : parseSetupCfg(t);
  };
  const locks = new Set((['uv.lock', 'poetry.lock', 'pdm.lock'] as const).filter((l) => existsSync(join(dir, l))));
  const uvWorkspace = memberOfUvWorkspace(dir, pyproject);
  const uvLockPath = locks.has('uv.lock') ? join(dir, 'uv.lock') : uvWorkspace && existsSync(join(uvWorkspace.root, 'uv.lock')) ? join(uvWorkspace.root, 'uv.lock') : undefined;
  if (uvLockPath) locks.add('uv.lock');
  const entries = listEntries(dir);
  const project: PythonProject = {
    dir,
    locks,
    layout: { root: entries.map((e) => e.entry).filter((e): e is LayoutEntry => e !== undefined), ...(existsSync(join(dir, 'src')) ? { src: listEntries(join(dir, 'src')).map((e) => e.entry).filter((e): e is LayoutEntry => e !== undefined) } : {}) },
    environments: entries.filter((e) => e.isEnvironment).map((e) => join(dir, e.name)),
  };
  if (pyproject) project.pyproject = pyproject;
  if (uvWorkspace) project.uvWorkspace = uvWorkspace;
  for (const [key, name] of [['setupCfg', 'setup.cfg'], ['mypyIni', 'mypy.ini'], ['dotMypyIni', '.mypy.ini']] as const) {
    const parsed = cfg(name);
    if (parsed) project[key] = parsed;
  }
  if (uvLockPath) project.uvLock = { path: uvLockPath, doc: readUvLock(uvLockPath) };
  return project;
}

/**
 * The uv workspace the project is a member of, found as uv finds it (uv-workspace's
 * find_workspace): its own [tool.uv.workspace], else the nearest pyproject.toml above decides —
 * a workspace whose globs include the project, or nothing (another project above, a workspace
 * that excludes it). Not above the repository root. uv locks a workspace once, at its root.
 */
function memberOfUvWorkspace(dir: string, pyproject: Record<string, unknown> | undefined): UvWorkspaceMembership | undefined {
  const name = asRecord(pyproject?.project)?.name;
  if (typeof name !== 'string') return undefined;
  if (asRecord(asRecord(asRecord(pyproject?.tool)?.uv)?.workspace)) return { root: dir, name };
  // A project at the repository's top has nothing above it to be a member of.
  if (existsSync(join(dir, '.git'))) return undefined;
  for (let at = dirname(dir); at !== dirname(at); at = dirname(at)) {
    const file = join(at, 'pyproject.toml');
    if (existsSync(file)) {
      const table = readUvWorkspaceTable(readFileSync(file, 'utf8'));
      return table && isWorkspaceMember(table, relative(at, dir).split(sep).join('/')) ? { root: at, name } : undefined;
    }
    if (existsSync(join(at, '.git'))) return undefined;
  }
  return undefined;
}

function readUvLock(path: string): Record<string, unknown> {
  try {
    return parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new PyreleaseError('UV_LOCK_INVALID', `uv.lock is not valid TOML: ${(error as Error).message.split('\n')[0]}`, { file: 'uv.lock', fix: 'regenerate it with uv lock and commit it (never edit it by hand)' });
  }
}

function listEntries(dir: string): Array<{ name: string; entry?: LayoutEntry; isEnvironment: boolean }> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().map((name) => {
    const path = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      return { name, isEnvironment: false };
    }
    if (!isDir) return { name, isEnvironment: false, ...(/\.pyi?$/.test(name) ? { entry: { name, kind: 'module' as const } } : {}) };
    const isEnvironment = existsSync(join(path, 'pyvenv.cfg'));
    const kind = existsSync(join(path, '__init__.py')) ? 'package' : 'directory';
    return { name, isEnvironment, entry: { name, kind } };
  });
}
