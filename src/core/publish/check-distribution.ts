/**
 * A built file against its own metadata and the release: the checks PyPI would make on upload
 * (name, version, metadata present), made before anything is sent, so a tampered or stale file
 * stops the publish with nothing uploaded.
 */
import { first, parseCoreMetadata, type CoreMetadata } from './core-metadata.js';
import { normalizeProjectName, type DistributionName } from './distribution-name.js';
import { normalizePep440 } from './pep440.js';

export type DistributionCheck = { ok: true; metadata: CoreMetadata } | { ok: false; problem: string };

export function checkDistribution(name: DistributionName, metadataText: string | undefined, project: string, version: string): DistributionCheck {
  if (metadataText === undefined) return { ok: false, problem: `${name.filename} holds no ${name.kind === 'wheel' ? '*.dist-info/METADATA' : 'PKG-INFO'}: it is not a valid distribution` };
  const metadata = parseCoreMetadata(metadataText);
  const metaName = first(metadata, 'Name');
  const metaVersion = first(metadata, 'Version');
  if (!first(metadata, 'Metadata-Version') || !metaName || !metaVersion) return { ok: false, problem: `${name.filename}: its metadata lacks Metadata-Version, Name or Version` };
  if (normalizeProjectName(metaName) !== normalizeProjectName(project)) return { ok: false, problem: `${name.filename}: its metadata names project ${metaName}, not ${project}` };
  if (normalizePep440(metaVersion) === undefined || normalizePep440(metaVersion) !== normalizePep440(version)) return { ok: false, problem: `${name.filename}: its metadata has version ${metaVersion}, not ${version}` };
  if (normalizePep440(name.version) !== normalizePep440(metaVersion)) return { ok: false, problem: `${name.filename}: the file name says ${name.version}, its metadata ${metaVersion}` };
  return { ok: true, metadata };
}
