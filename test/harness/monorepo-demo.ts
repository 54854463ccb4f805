/**
 * A monorepo of demo packages: examples/demo-package copied once per member under its path, its
 * project and module renamed (demo-core / demo_core …), one release-please manifest config at
 * the root naming every member with its component, committed on main. Real files for real
 * builds: each member builds, installs and imports on its own. With `uvWorkspace`, the members
 * form a uv workspace (a virtual root with [tool.uv.workspace] and one uv.lock), each later
 * member requiring the first through `{ workspace = true }`, as uv writes it.
 */
import { cpSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRepo, demoPackageDir, type GitRepo } from './git-repo.js';

export interface MonorepoMember {
  /** The config key, e.g. 'packages/core'. */
  path: string;
  /** The PyPI project (and component), e.g. 'demo-core'. */
  name: string;
  version: string;
}

const SKIPPED = new Set(['__pycache__', '.mypy_cache', '.pytest_cache', '.ruff_cache', '.venv', 'dist', 'build', '.release-please-config.json', '.release-please-manifest.json', 'CHANGELOG.md']);

/** The tag release-please gives a member: `<component>-v<version>`. */
export const memberTag = (m: MonorepoMember) => `${m.name}-v${m.version}`;
export const memberModule = (m: MonorepoMember) => m.name.replace(/-/g, '_');

export async function monorepoDemo(members: readonly MonorepoMember[], o: { uvWorkspace?: boolean } = {}): Promise<GitRepo> {
  const repo = await createRepo();
  for (const m of members) {
    const dir = join(repo.dir, m.path);
    cpSync(demoPackageDir, dir, { recursive: true, filter: (src) => !SKIPPED.has(basename(src)) });
    renameSync(join(dir, 'src', 'demo_pkg'), join(dir, 'src', memberModule(m)));
    rewrite(dir, (text) => text.replaceAll('demo_pkg', memberModule(m)).replaceAll('demo-pkg', m.name).replaceAll('"0.1.0"', `"${m.version}"`));
  }
  const packages = Object.fromEntries(members.map((m) => [m.path, { 'package-name': m.name, component: m.name }]));
  writeFileSync(join(repo.dir, '.release-please-config.json'), JSON.stringify({ 'release-type': 'python', packages }, null, 2) + '\n');
  writeFileSync(join(repo.dir, '.release-please-manifest.json'), JSON.stringify(Object.fromEntries(members.map((m) => [m.path, m.version])), null, 2) + '\n');
  if (o.uvWorkspace) writeUvWorkspace(repo.dir, members);
  await repo.git(['add', '--all']);
  await repo.commit('chore: release main');
  return repo;
}

function writeUvWorkspace(dir: string, members: readonly MonorepoMember[]): void {
  const [first, ...rest] = members;
  writeFileSync(join(dir, 'pyproject.toml'), `[tool.uv.workspace]\nmembers = [${members.map((m) => JSON.stringify(m.path)).join(', ')}]\n`);
  for (const m of rest) {
    const file = join(dir, m.path, 'pyproject.toml');
    const text = readFileSync(file, 'utf8').replace('\n[project.urls]', `dependencies = ["${first!.name}"]\n\n[project.urls]`);
    writeFileSync(file, `${text}\n[tool.uv.sources]\n${first!.name} = { workspace = true }\n`);
  }
  writeFileSync(join(dir, 'uv.lock'), uvLockText(members.map((m) => ({ name: m.name, version: m.version, source: `{ editable = "${m.path}" }` }))));
}

/**
 * uv.lock in the shape uv writes (hand-written: uv has no package here), locking twine 4.0.2 —
 * Debian's, the one the uv stand-in's offline index has — so `uvx twine` runs the project's own.
 * `members`: a workspace's (its [manifest] and one editable entry each).
 */
export function uvLockText(members: readonly { name: string; version: string; source: string }[] = []): string {
  const manifest = members.length > 0 ? `\n[manifest]\nmembers = [\n${members.map((m) => `    "${m.name}",\n`).join('')}]\n` : '';
  const entries = [...members, { name: 'twine', version: '4.0.2', source: '{ registry = "https://pypi.org/simple" }' }].sort((a, b) => (a.name < b.name ? -1 : 1));
  return `version = 1\nrevision = 3\nrequires-python = ">=3.9"\n${manifest}${entries.map((e) => `\n[[package]]\nname = "${e.name}"\nversion = "${e.version}"\nsource = ${e.source}\n`).join('')}`;
}

function rewrite(dir: string, edit: (text: string) => string): void {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) rewrite(path, edit);
    else if (/\.(py|toml|md|typed)$/.test(entry)) writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
}
