/**
 * What a distribution's file name says: project, version, kind. PyPI refuses a file whose
 * name disagrees with its metadata, so pyrelease checks the same rules before uploading.
 */
import { normalizePep440 } from './pep440.js';

export type DistributionKind = 'wheel' | 'sdist';

export interface DistributionName {
  filename: string;
  kind: DistributionKind;
  /** The project as spelt in the file name (wheels and PEP 625 sdists use underscores). */
  project: string;
  version: string;
  /** Wheels: the python tag (`py3`, `cp312`), which the upload sends as `pyversion`. */
  pythonTag?: string;
}

/** PEP 503: lower case, runs of `-_.` become `-`. Two names are one project when these agree. */
export function normalizeProjectName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** The name part wheels and PEP 625 sdists use: normalised, with `_` for `-`. */
export function fileNameStem(name: string): string {
  return normalizeProjectName(name).replace(/-/g, '_');
}

export function parseDistributionName(filename: string): DistributionName | undefined {
  if (filename.endsWith('.whl')) {
    const parts = filename.slice(0, -'.whl'.length).split('-');
    // name-version[-build]-python-abi-platform
    if (parts.length !== 5 && parts.length !== 6) return undefined;
    const [project, version] = parts;
    const pythonTag = parts[parts.length - 3];
    if (!project || !version || !pythonTag) return undefined;
    return { filename, kind: 'wheel', project, version, pythonTag };
  }
  for (const ext of ['.tar.gz', '.zip']) {
    if (!filename.endsWith(ext)) continue;
    const stem = filename.slice(0, -ext.length);
    // Legacy sdists may keep dashes in the name; the version never contains one.
    const dash = stem.lastIndexOf('-');
    if (dash <= 0) return undefined;
    return { filename, kind: 'sdist', project: stem.slice(0, dash), version: stem.slice(dash + 1) };
  }
  return undefined;
}

/** Whether the file belongs to this project and version (PEP 440 spellings compared canonically). */
export function matchesRelease(name: DistributionName, project: string, version: string): boolean {
  const v = normalizePep440(name.version);
  return normalizeProjectName(name.project) === normalizeProjectName(project) && v !== undefined && v === normalizePep440(version);
}
