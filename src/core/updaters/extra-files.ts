/**
 * extra-files → file updaters, as release-please's base strategy builds them (extraFileUpdates,
 * extraFilePaths): a string entry is dispatched by extension (its $.version or /*\/version, then
 * the markers), an object entry names its updater; `glob: true` expands the path with minimatch
 * over the tree (a leading "/" from the repository root, else from the package path), and every
 * path is then taken relative to the package unless it starts with "/".
 */
import { Minimatch } from 'minimatch';
import type { ExtraFile, PackageConfig } from '../config/types.js';
import { formatVersion, type Version } from '../version/version.js';
import { updateGenericMarkers } from './generic-markers.js';
import type { ExtraFileEdit } from './extra-file-edit.js';

export type TextUpdate = (content: string) => string;

/** The updaters that parse a format (structured-files.ts), handed in by whoever loaded them. */
export interface StructuredFileUpdaters {
  json(content: string, jsonpath: string, version: Version, edit: ExtraFileEdit): string;
  yaml(content: string, jsonpath: string, version: string, edit: ExtraFileEdit): string;
  toml(content: string, jsonpath: string, version: string, edit: ExtraFileEdit): string;
  xml(content: string, xpath: string, version: string, edit: ExtraFileEdit): string;
  pom(content: string, version: string, edit: ExtraFileEdit): string;
}

const STRUCTURED_EXTENSIONS = ['.json', '.yaml', '.yml', '.toml', '.xml'];

/** Whether any extra file of these packages is edited by a format's parser (else markers only). */
export function needsStructuredUpdaters(packages: readonly Pick<PackageConfig, 'extraFiles'>[]): boolean {
  return packages.some((pkg) => pkg.extraFiles.some((extra) => (typeof extra === 'string' ? STRUCTURED_EXTENSIONS.some((ext) => extra.endsWith(ext)) : extra.type !== 'generic')));
}

export interface ExtraFileUpdate {
  /** Repository-relative path (release-please's addPath). */
  path: string;
  update: TextUpdate;
}

export function extraFileUpdates(pkg: PackageConfig, version: Version, date: string, treePaths: readonly string[], warnings: string[], formats: StructuredFileUpdaters | undefined): ExtraFileUpdate[] {
  const text = formatVersion(version);
  const markers: TextUpdate = (c) => updateGenericMarkers(c, version, date, pkg.dateFormat);
  const updates: ExtraFileUpdate[] = [];
  for (const extra of pkg.extraFiles) {
    for (const entryPath of entryPaths(extra, pkg.path, treePaths)) {
      const path = packagePath(pkg.path, entryPath);
      const edit: ExtraFileEdit = { path, strict: typeof extra !== 'string', warnings };
      updates.push({ path, update: updaterFor(extra, text, version, markers, edit, formats) });
    }
  }
  return updates;
}

function updaterFor(extra: ExtraFile, text: string, version: Version, markers: TextUpdate, edit: ExtraFileEdit, formats: StructuredFileUpdaters | undefined): TextUpdate {
  if (typeof extra === 'string' && !STRUCTURED_EXTENSIONS.some((ext) => extra.endsWith(ext))) return markers;
  if (typeof extra !== 'string' && extra.type === 'generic') return markers;
  // A caller that plans without them has not asked needsStructuredUpdaters: a bug, not bad input.
  if (!formats) throw new Error(`${edit.path}: the structured file updaters were not loaded (needsStructuredUpdaters)`);
  const f = formats;
  if (typeof extra === 'string') {
    if (extra.endsWith('.json')) return (c) => markers(f.json(c, '$.version', version, edit));
    if (extra.endsWith('.toml')) return (c) => markers(f.toml(c, '$.version', text, edit));
    // The version element that is a child of the root element.
    if (extra.endsWith('.xml')) return (c) => markers(f.xml(c, '/*/version', text, edit));
    return (c) => markers(f.yaml(c, '$.version', text, edit));
  }
  switch (extra.type) {
    case 'generic':
      return markers;
    case 'json':
      return (c) => f.json(c, extra.jsonpath!, version, edit);
    case 'yaml':
      return (c) => f.yaml(c, extra.jsonpath!, text, edit);
    case 'toml':
      return (c) => f.toml(c, extra.jsonpath!, text, edit);
    case 'xml':
      return (c) => f.xml(c, extra.xpath!, text, edit);
    case 'pom':
      return (c) => f.pom(c, text, edit);
  }
}

/**
 * release-please's extraFilePaths. The glob is matched on full tree paths (its git-file-utils);
 * for a package below the root only paths under the package are kept, with the prefix removed.
 */
function entryPaths(extra: ExtraFile, pkgPath: string, treePaths: readonly string[]): string[] {
  if (typeof extra === 'string') return [extra];
  if (!extra.glob) return [extra.path];
  if (extra.path.startsWith('/')) return globTree(extra.path.slice(1), treePaths, '').map((p) => `/${p}`);
  return globTree(extra.path, treePaths, pkgPath === '.' ? '' : pkgPath.replace(/^\/|\/$/g, ''));
}

function globTree(glob: string, treePaths: readonly string[], prefix: string): string[] {
  const mm = new Minimatch(glob);
  const inPackage = prefix ? treePaths.filter((p) => p.startsWith(`${prefix}/`)) : treePaths;
  return inPackage.filter((p) => mm.match(p)).map((p) => (prefix ? p.slice(prefix.length + 1) : p));
}

/** release-please's addPath: relative to the package, or to the repository root with a leading "/". */
export function packagePath(pkgPath: string, file: string): string {
  if (!pkgPath || pkgPath === '.' || file.startsWith('/')) return file.replace(/^\/+/, '');
  return `${pkgPath.replace(/\/+$/, '')}/${file}`.replace(/\/+$/, '');
}

/** Every path the extra-files updaters read, for the caller that loads files before planning. */
export function extraFileReadPaths(pkg: PackageConfig, treePaths: readonly string[]): string[] {
  return pkg.extraFiles.flatMap((extra) => entryPaths(extra, pkg.path, treePaths).map((p) => packagePath(pkg.path, p)));
}
