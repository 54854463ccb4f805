// The project a command acts on (https://docs.astral.sh/uv/concepts/projects/layout/): the nearest
// pyproject.toml with a `[project]` table, searching upward from the working directory
// (or `--directory` / `--project`), and the Python request that applies to it: `--python`, then
// UV_PYTHON, then the nearest `.python-version` between the working directory and the project
// root (https://docs.astral.sh/uv/concepts/python-versions/#python-version-files), else the
// project's `requires-python` (https://docs.astral.sh/uv/concepts/python-versions/#project-python-versions).
// A uv workspace (https://docs.astral.sh/uv/concepts/projects/workspaces/): the nearest
// pyproject.toml above the project is its workspace root when it has `[tool.uv.workspace]` whose
// globs name the project (lib/workspace.mjs, as uv's find_workspace): one uv.lock and one `.venv` there,
// `{ workspace = true }` sources resolved to the members. Re-locking a workspace is not modelled.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parseRequest } from './python-request.mjs';
import { fail } from './report.mjs';
import { envValue } from './settings.mjs';
import { discoverWorkspace } from './workspace.mjs';

/** The working directory of the command (`--directory` changes it, as `cd` would). */
export function workingDir(globals) {
  return globals.directory ? resolve(globals.directory) : process.cwd();
}

function readPyproject(file) {
  try {
    return parseToml(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`Failed to parse: \`${file}\`\n  Caused by: TOML parse error: ${String(e.message ?? e).split('\n')[0]}`, 2);
  }
}

/** `{ root, pyproject, name, requiresPython }`, or undefined outside any project. */
export function discoverProject(globals) {
  let dir = globals.project ? resolve(workingDir(globals), globals.project) : workingDir(globals);
  for (;;) {
    const file = join(dir, 'pyproject.toml');
    if (existsSync(file)) {
      const data = readPyproject(file);
      if (data.project && typeof data.project === 'object') {
        return { root: dir, workspaceRoot: workspaceAbove(dir), pyproject: data, name: String(data.project.name ?? ''), requiresPython: typeof data.project['requires-python'] === 'string' ? data.project['requires-python'] : undefined };
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The root of the uv workspace `dir` is a member of, when it is not its own (lib/workspace.mjs: uv's find_workspace). */
function workspaceAbove(dir) {
  const workspace = discoverWorkspace(dir);
  return workspace.root !== undefined && workspace.root !== dir ? workspace.root : undefined;
}

export function requireProject(globals) {
  const project = discoverProject(globals);
  if (!project) fail('No `pyproject.toml` found in current directory or any parent directory', 2);
  return project;
}

/** The nearest `.python-version` from `start` up to (and including) `stop`: `{ request, file }`. */
function pythonVersionFile(start, stop) {
  let dir = start;
  for (;;) {
    const file = join(dir, '.python-version');
    if (existsSync(file)) {
      const line = readFileSync(file, 'utf8').split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('#'));
      if (line) return { request: line, file };
    }
    if (dir === stop) return undefined;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The interpreter request for a project command: `{ req, source }` where `source` is
 * `explicit` (--python / UV_PYTHON), `.python-version`, `requires-python`, or `default`.
 */
export function projectPythonRequest(project, flag, globals) {
  const explicit = flag ?? envValue('UV_PYTHON');
  if (explicit !== undefined) return { req: parseRequest(explicit), source: 'explicit' };
  if (!globals.noConfig) {
    const file = pythonVersionFile(workingDir(globals), project?.root ?? workingDir(globals));
    if (file) return { req: parseRequest(file.request), source: '.python-version' };
  }
  if (project?.requiresPython) return { req: { kind: 'range', spec: project.requiresPython }, source: 'requires-python' };
  return { req: { kind: 'any' }, source: 'default' };
}

/** UV_PROJECT_ENVIRONMENT (absolute, or relative to the project root), else `<root>/.venv`. */
export function projectEnvironmentPath(project) {
  const configured = envValue('UV_PROJECT_ENVIRONMENT');
  const base = project.workspaceRoot ?? project.root;
  if (configured === undefined) return join(base, '.venv');
  return isAbsolute(configured) ? configured : resolve(base, configured);
}
