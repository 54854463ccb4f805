/**
 * Every file edit of a release PR for release-type python (or simple), in release-please's
 * order, updaters for the same path applied one after another (its mergeUpdates).
 */
import { parsePyprojectToml } from '../pyproject-toml.js';
import type { ExtraFile, PackageConfig } from '../config/types.js';
import { insertChangelogEntry } from '../changelog/insert.js';
import { versionNotation } from '../version/notation.js';
import { parseVersion, type Version } from '../version/version.js';
import { updateGenericMarkers } from './generic-markers.js';
import { updateJsonFile, stringifyLike } from './json-file.js';
import { updatePyproject } from './pyproject.js';
import { updateSetupCfg, updateSetupPy, updateVersionVariable } from './python-files.js';
import { updateTomlFile } from './toml-file.js';
import { updateUvLock } from './uv-lock.js';

export interface FileUpdateInput {
  pkg: PackageConfig;
  version: string;
  date: string;
  changelogEntry: string;
  manifest: { path: string; content: string | undefined };
  readFile: (path: string) => string | undefined;
  treePaths: readonly string[];
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
  const add = (path: string, updater: Updater) => {
    const key = resolvePath(pkg.path, path);
    updates.set(key, [...(updates.get(key) ?? []), updater]);
  };
  const existing = (u: (c: string) => string): Updater => (c) => (c === undefined ? undefined : u(c));

  if (!pkg.skipChangelog) add(pkg.changelogPath, (c) => insertChangelogEntry(c, input.changelogEntry));
  if (pkg.releaseType === 'python') addPythonUpdates(input, add, existing, warnings);
  else add('version.txt', existing(() => `${input.version}\n`));
  for (const extra of pkg.extraFiles) addExtraFile(extra, version, input, add, existing, warnings);
  if (input.treePaths.includes('changelog.json')) warnings.push('changelog.json: release-please would add this release to it; pyrelease does not update it yet');

  const files: Record<string, string> = {};
  for (const [path, chain] of updates) {
    const original = input.readFile(path);
    let content: string | undefined = original;
    for (const u of chain) content = u(content);
    if (content !== undefined && content !== original) files[path] = content;
  }
  const manifest = updateManifest(input.manifest.content, pkg.path, input.version);
  if (manifest !== input.manifest.content) files[input.manifest.path] = manifest;
  return { files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), warnings };
}

function addPythonUpdates(input: FileUpdateInput, add: (p: string, u: Updater) => void, existing: (u: (c: string) => string) => Updater, warnings: string[]): void {
  const v = input.version;
  const notation = versionNotation(input.pkg);
  add('setup.cfg', existing((c) => updateSetupCfg(c, v, notation)));
  add('setup.py', existing((c) => updateSetupPy(c, v, notation)));
  const pyprojectPath = resolvePath(input.pkg.path, 'pyproject.toml');
  const pyproject = input.readFile(pyprojectPath);
  let projectName = input.pkg.component;
  const project = pyproject === undefined ? undefined : projectTable(pyproject, pyprojectPath);
  if (project) {
    add('pyproject.toml', (c) => {
      if (c === undefined) return c;
      const r = updatePyproject(c, v, pyprojectPath);
      if (r.warning) warnings.push(r.warning);
      return r.content;
    });
    if (typeof project.name === 'string') projectName = project.name;
  }
  if (projectName && typeof project?.name === 'string') {
    const name = project.name;
    add('uv.lock', existing((c) => {
      const r = updateUvLock(c, name, v);
      if (r.warning) warnings.push(r.warning);
      return r.content;
    }));
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
}

/** release-please stops on a pyproject.toml it cannot parse; so does pyrelease, naming the line, rather than leave it stale. */
function projectTable(text: string, file: string): Record<string, unknown> | undefined {
  const parsed = parsePyprojectToml(text, file, 'fix the syntax; the release PR would otherwise leave its version stale');
  return (parsed.project ?? (parsed.tool as Record<string, unknown> | undefined)?.poetry) as Record<string, unknown> | undefined;
}

function addExtraFile(extra: ExtraFile, version: Version, input: FileUpdateInput, add: (p: string, u: Updater) => void, existing: (u: (c: string) => string) => Updater, warnings: string[]): void {
  const markers = (c: string) => updateGenericMarkers(c, version, input.date, input.pkg.dateFormat);
  if (typeof extra === 'string') {
    if (extra.endsWith('.json')) add(extra, existing((c) => markers(updateJsonFile(c, '$.version', version, warnings, extra))));
    else if (extra.endsWith('.toml')) add(extra, existing((c) => markers(updateTomlFile(c, '$.version', input.version, warnings, extra))));
    else if (/\.(ya?ml|xml)$/.test(extra)) {
      warnings.push(`${extra}: YAML and XML version keys are not updated by pyrelease yet; only x-release-please markers are`);
      add(extra, existing(markers));
    } else add(extra, existing(markers));
    return;
  }
  switch (extra.type) {
    case 'generic':
      add(extra.path, existing(markers));
      break;
    case 'json':
      add(extra.path, existing((c) => updateJsonFile(c, extra.jsonpath ?? '$.version', version, warnings, extra.path)));
      break;
    case 'toml':
      add(extra.path, existing((c) => updateTomlFile(c, extra.jsonpath ?? '$.version', input.version, warnings, extra.path)));
      break;
    default:
      warnings.push(`${extra.path}: extra-files type ${extra.type} is not supported by pyrelease yet; the file is left as it is`);
  }
}

/** release-please's addPath: relative to the package, or to the repository root with a leading "/". */
export function resolvePath(pkgPath: string, path: string): string {
  if (path.startsWith('/')) return path.slice(1);
  return pkgPath === '.' || pkgPath === '' ? path : `${pkgPath}/${path}`;
}

function updateManifest(content: string | undefined, pkgPath: string, version: string): string {
  const parsed = content ? (JSON.parse(content) as Record<string, unknown>) : {};
  parsed[pkgPath] = version;
  return content ? stringifyLike(parsed, content) : JSON.stringify(parsed, null, 2);
}
