/**
 * Every file edit of a release PR for release-type python (or simple), in release-please's
 * order, updaters for the same path applied one after another (its mergeUpdates).
 */
import { parsePyprojectToml } from '../pyproject-toml.js';
import type { ChangelogSection, PackageConfig } from '../config/types.js';
import type { ConventionalCommit } from '../commits/conventional-commit.js';
import { CHANGELOG_JSON, updateChangelogJson } from '../changelog/changelog-json.js';
import { insertChangelogEntry } from '../changelog/insert.js';
import { versionNotation } from '../version/notation.js';
import { parseVersion } from '../version/version.js';
import { extraFileReadPaths, extraFileUpdates, packagePath, type StructuredFileUpdaters } from './extra-files.js';
import { stringifyLike } from './json-stringify.js';
import { updatePyproject } from './pyproject.js';
import { updateSetupCfg, updateSetupPy, updateVersionVariable } from './python-files.js';
import { rewriteRequirements } from './pyproject-requirements.js';
import { updateUvLock } from './uv-lock.js';

export interface FileUpdateInput {
  pkg: PackageConfig;
  version: string;
  date: string;
  changelogEntry: string;
  /** The commits of the release (after plugins), newest first: changelog.json lists them. */
  commits: readonly ConventionalCommit[];
  /** The CHANGELOG sections in force (the release type's defaults when not configured). */
  sections: readonly ChangelogSection[];
  /** host/owner/repo, for the links changelog.json shares with the CHANGELOG. */
  repositoryUrl: string;
  manifest?: { path: string; content: string | undefined };
  readFile: (path: string) => string | undefined;
  treePaths: readonly string[];
  /** A uv workspace member: the workspace's one uv.lock, and the requirements its release rewrites. */
  workspace?: WorkspaceEdits;
  /** Required when the package's extra-files need them (needsStructuredUpdaters). */
  fileFormats?: StructuredFileUpdaters;
}

export interface WorkspaceEdits {
  /** uv.lock of the workspace root, by repository path. */
  lockPath: string;
  /** The member's directory relative to the workspace root, as uv.lock's `source` names it. */
  memberPath: string;
  rewrites: ReadonlyArray<{ from: string; to: string }>;
  lockSpecifiers: ReadonlyArray<{ name: string; specifier: string }>;
}

export interface FileUpdateResult {
  files: Record<string, string>;
  warnings: string[];
}

type Updater = (content: string | undefined) => string | undefined;

export function planFileUpdates(input: FileUpdateInput): FileUpdateResult {
  const { pkg } = input;
  const version = parseVersion(input.version, 'version', versionNotation(pkg));
  const warnings: string[] = [];
  const updates = new Map<string, Updater[]>();
  // release-please's mergeUpdates: updaters of one path run one after another, in order.
  const addAt = (key: string, updater: Updater) => updates.set(key, [...(updates.get(key) ?? []), updater]);
  const add = (path: string, updater: Updater) => addAt(packagePath(pkg.path, path), updater);
  const existing = (u: (c: string) => string): Updater => (c) => (c === undefined ? undefined : u(c));

  if (!pkg.skipChangelog) add(pkg.changelogPath, (c) => insertChangelogEntry(c, input.changelogEntry));
  if (pkg.releaseType === 'python') addPythonUpdates(input, add, addAt, existing, warnings);
  else add('version.txt', existing(() => `${input.version}\n`));
  for (const extra of extraFileUpdates(pkg, version, input.date, input.treePaths, warnings, input.fileFormats)) addAt(extra.path, existing(extra.update));

  const files: Record<string, string> = {};
  for (const [path, chain] of updates) {
    const original = input.readFile(path);
    let content: string | undefined = original;
    for (const u of chain) content = u(content);
    if (content !== undefined && content !== original) files[path] = content;
  }
  if (input.manifest) {
    const manifest = updateManifest(input.manifest.content, pkg.path, input.version);
    if (manifest !== input.manifest.content) files[input.manifest.path] = manifest;
  }
  return { files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), warnings };
}

/**
 * The files the updaters may read beyond the fixed version files (pyproject.toml, setup.py, …):
 * extra files (globs expanded, package-relative) and changelog.json. A caller that loads files
 * before planning must load these too, or they are taken as missing and left unchanged.
 */
export function updaterReadPaths(pkg: PackageConfig, treePaths: readonly string[]): string[] {
  const paths = new Set(extraFileReadPaths(pkg, treePaths));
  if (treePaths.includes(CHANGELOG_JSON)) paths.add(CHANGELOG_JSON);
  return [...paths];
}

function addPythonUpdates(input: FileUpdateInput, add: (p: string, u: Updater) => void, addAt: (p: string, u: Updater) => void, existing: (u: (c: string) => string) => Updater, warnings: string[]): void {
  const v = input.version;
  const notation = versionNotation(input.pkg);
  add('setup.cfg', existing((c) => updateSetupCfg(c, v, notation)));
  add('setup.py', existing((c) => updateSetupPy(c, v, notation)));
  const pyprojectPath = packagePath(input.pkg.path, 'pyproject.toml');
  const pyproject = input.readFile(pyprojectPath);
  const project = pyproject === undefined ? undefined : projectTable(pyproject, pyprojectPath);
  // release-please's strategy component (component, else package-name, else ""), replaced by the
  // project's name when pyproject.toml has a project table — even by no name at all.
  const projectName = project ? (typeof project.name === 'string' ? project.name : undefined) : input.pkg.component || input.pkg.packageName || '';
  if (project) {
    add('pyproject.toml', (c) => {
      if (c === undefined) return c;
      const r = updatePyproject(c, v, pyprojectPath);
      if (r.warning) warnings.push(r.warning);
      return r.content;
    });
  }
  const ws = input.workspace;
  if (ws && ws.rewrites.length > 0) add('pyproject.toml', existing((c) => rewriteRequirements(c, pyprojectPath, ws.rewrites)));
  if (projectName && typeof project?.name === 'string') {
    const name = project.name;
    // In a workspace, uv keeps one uv.lock at the root, naming each member by its directory.
    const edit = ws ? { memberPath: ws.memberPath, specifiers: ws.lockSpecifiers } : {};
    const lock = existing((c) => {
      const r = updateUvLock(c, name, v, edit);
      if (r.warning) warnings.push(r.warning);
      return r.content;
    });
    if (ws) addAt(ws.lockPath, lock);
    else add('uv.lock', lock);
  }
  if (projectName) {
    for (const name of [projectName, projectName.replace(/-/g, '_')]) {
      for (const p of [`${name}/__init__.py`, `src/${name}/__init__.py`]) add(p, existing((c) => updateVersionVariable(c, v, notation)));
    }
  }
  const prefix = input.pkg.path === '.' ? '' : `${input.pkg.path}/`;
  for (const path of input.treePaths) {
    if (path.startsWith(prefix) && (path === `${prefix}version.py` || path.endsWith('/version.py'))) add(path.slice(prefix.length), existing((c) => updateVersionVariable(c, v, notation)));
  }
  // release-please's python strategy: the project (else setup.py's) name; "" counts as a name
  // given, and then there is none. The path is the repository root's, whatever the package path.
  const artifactName = projectName ?? nameFromSetupPy(input);
  if (artifactName && !input.pkg.skipChangelog && input.commits.length > 0) {
    addAt(CHANGELOG_JSON, existing((c) => updateChangelogJson(c, { commits: input.commits, sections: input.sections, version: v, artifactName, date: input.date, repositoryUrl: input.repositoryUrl })));
  }
}

/** release-please's getNameFromSetupPy: the first `name = '…'` in setup.py. */
function nameFromSetupPy(input: FileUpdateInput): string | undefined {
  const text = input.readFile(packagePath(input.pkg.path, 'setup.py'));
  return text ? /name *= *['"](?<name>.*)['"](\r|\n|$)/.exec(text)?.groups?.name || undefined : undefined;
}

/** release-please stops on a pyproject.toml it cannot parse; so does pyrelease, naming the line, rather than leave it stale. */
function projectTable(text: string, file: string): Record<string, unknown> | undefined {
  const parsed = parsePyprojectToml(text, file, 'fix the syntax; the release PR would otherwise leave its version stale');
  return (parsed.project ?? (parsed.tool as Record<string, unknown> | undefined)?.poetry) as Record<string, unknown> | undefined;
}

function updateManifest(content: string | undefined, pkgPath: string, version: string): string {
  const parsed = content ? (JSON.parse(content) as Record<string, unknown>) : {};
  parsed[pkgPath] = version;
  return content ? stringifyLike(parsed, content) : JSON.stringify(parsed, null, 2);
}
