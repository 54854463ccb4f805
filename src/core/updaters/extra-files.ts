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
import { updateJsonFile } from './json-file.js';
import { updateTomlFile } from './toml-file.js';
import { updateXmlFile, updatePomFile } from './xml-file.js';
import { updateYamlFile } from './yaml-file.js';

export type TextUpdate = (content: string) => string;

export interface ExtraFileUpdate {
  /** Repository-relative path (release-please's addPath). */
  path: string;
  update: TextUpdate;
}

export function extraFileUpdates(pkg: PackageConfig, version: Version, date: string, treePaths: readonly string[], warnings: string[]): ExtraFileUpdate[] {
  const text = formatVersion(version);
  const markers: TextUpdate = (c) => updateGenericMarkers(c, version, date, pkg.dateFormat);
  const updates: ExtraFileUpdate[] = [];
  for (const extra of pkg.extraFiles) {
    for (const entryPath of entryPaths(extra, pkg.path, treePaths)) {
      const path = packagePath(pkg.path, entryPath);
      const edit: ExtraFileEdit = { path, strict: typeof extra !== 'string', warnings };
      updates.push({ path, update: updaterFor(extra, text, version, markers, edit) });
    }
  }
  return updates;
}

function updaterFor(extra: ExtraFile, text: string, version: Version, markers: TextUpdate, edit: ExtraFileEdit): TextUpdate {
  if (typeof extra === 'string') {
    if (extra.endsWith('.json')) return (c) => markers(updateJsonFile(c, '$.version', version, edit));
    if (extra.endsWith('.yaml') || extra.endsWith('.yml')) return (c) => markers(updateYamlFile(c, '$.version', text, edit));
    if (extra.endsWith('.toml')) return (c) => markers(updateTomlFile(c, '$.version', text, edit));
    // The version element that is a child of the root element.
    if (extra.endsWith('.xml')) return (c) => markers(updateXmlFile(c, '/*/version', text, edit));
    return markers;
  }
  switch (extra.type) {
    case 'generic':
      return markers;
    case 'json':
      return (c) => updateJsonFile(c, extra.jsonpath!, version, edit);
    case 'yaml':
      return (c) => updateYamlFile(c, extra.jsonpath!, text, edit);
    case 'toml':
      return (c) => updateTomlFile(c, extra.jsonpath!, text, edit);
    case 'xml':
      return (c) => updateXmlFile(c, extra.xpath!, text, edit);
    case 'pom':
      return (c) => updatePomFile(c, text, edit);
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
