// uv's workspace discovery as `uv build` uses it (crates/uv-workspace/src/workspace.rs,
// `Workspace::discover` and `find_workspace`; https://docs.astral.sh/uv/concepts/projects/workspaces/):
// from a directory, the nearest pyproject.toml upward is the project, or the workspace root itself
// when it has `[tool.uv.workspace]` (a virtual root has no `[project]`). Above a project, the nearest
// ancestor pyproject.toml decides: a workspace whose `members` globs include the project and whose
// `exclude` globs do not is its workspace; any other (another project, a workspace that excludes or
// does not list it) leaves the project a workspace of its own. Members are the root (with a
// `[project]` table) and every directory the globs match, each needing a pyproject.toml.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { parse as parseToml } from 'smol-toml';
import { display, fail } from './report.mjs';

/** PEP 503, as uv compares package names. */
export const normalizeName = (name) => String(name).toLowerCase().replace(/[-_.]+/g, '-');

function readToml(file) {
  try {
    return parseToml(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`Failed to parse: \`${display(file)}\`\n  Caused by: TOML parse error: ${String(e.message ?? e).split('\n')[0]}`, 2);
  }
}

const workspaceTable = (doc) => doc.tool?.uv?.workspace;
const rel = (root, dir) => relative(root, dir).split(sep).join('/');
const matchesAny = (globs, path) => (globs ?? []).some((g) => minimatch(path, String(g).replace(/^\.\/+/, '').replace(/\/+$/, '')));

/**
 * The workspace around `start`: `{ root, virtual, members }` with members keyed by normalised name
 * (`{ name, root, pyproject }`), or `{ error }` with uv's text when there is none to discover.
 */
export function discoverWorkspace(start) {
  let dir = start;
  while (!existsSync(join(dir, 'pyproject.toml'))) {
    const parent = dirname(dir);
    if (parent === dir) return { error: 'No `pyproject.toml` found in current directory or any parent directory' };
    dir = parent;
  }
  const doc = readToml(join(dir, 'pyproject.toml'));
  if (workspaceTable(doc)) return workspaceAt(dir, doc);
  if (!doc.project) return { error: `No \`project\` table found in: \`${display(join(dir, 'pyproject.toml'))}\`` };
  for (let up = dirname(dir); up !== dirname(up); up = dirname(up)) {
    if (!existsSync(join(up, 'pyproject.toml'))) continue;
    const above = readToml(join(up, 'pyproject.toml'));
    const table = workspaceTable(above);
    // The nearest pyproject.toml above decides, whatever it holds (uv returns on the first one found).
    if (table && matchesAny(table.members, rel(up, dir)) && !matchesAny(table.exclude, rel(up, dir))) return workspaceAt(up, above);
    break;
  }
  return { root: dir, virtual: false, members: new Map([[normalizeName(doc.project.name), { name: doc.project.name, root: dir, pyproject: doc }]]) };
}

function workspaceAt(root, doc) {
  const table = workspaceTable(doc);
  const members = new Map();
  if (doc.project) members.set(normalizeName(doc.project.name), { name: doc.project.name, root, pyproject: doc });
  for (const dir of directoriesMatching(root, table.members ?? [])) {
    const path = rel(root, dir);
    if (matchesAny(table.exclude, path)) continue;
    const file = join(dir, 'pyproject.toml');
    if (!existsSync(file)) fail(`Workspace member \`${display(dir)}\` is missing a \`pyproject.toml\` (matches: \`${table.members.find((g) => minimatch(path, g))}\`)`, 2);
    const member = readToml(file);
    if (!member.project?.name) fail(`No \`project\` table found in: \`${display(file)}\``, 2);
    members.set(normalizeName(member.project.name), { name: member.project.name, root: dir, pyproject: member });
  }
  return { root, virtual: !doc.project, members };
}

/** Directories below `root` that a glob names, walking only as deep as the globs reach. */
function directoriesMatching(root, globs) {
  const depth = Math.max(0, ...globs.map((g) => (g.includes('**') ? 8 : String(g).split('/').length)));
  const out = [];
  const walk = (dir, level) => {
    if (level > depth) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name === '.git' || e.name === '.venv' || e.name === 'node_modules') continue;
      const path = join(dir, e.name);
      if (matchesAny(globs, rel(root, path))) out.push(path);
      walk(path, level + 1);
    }
  };
  if (statSync(root).isDirectory()) walk(root, 1);
  return out.sort();
}
