/**
 * The manifest (.release-please-manifest.json): package path → version last released, kept as
 * written. release-please reads each version with its unanchored pattern and throws on one it
 * cannot read; a package with no entry is a first release, which is not an error there either.
 */
import { versionNotation } from '../version/notation.js';
import { formatVersion, tryParseVersion } from '../version/version.js';
import { ConfigFindings, describeValue } from './findings.js';
import { parseJsonText } from './json-text.js';
import { asRecord } from '../records.js';
import type { Manifest, ReleaseConfig } from './types.js';

export function parseManifest(text: string, file: string): Manifest {
  const doc = parseJsonText(text, file, 'MANIFEST_INVALID_JSON');
  const f = new ConfigFindings(file);
  const root = asRecord(doc.value);
  if (!root) {
    const v = Array.isArray(doc.value) && doc.value.length === 1 ? doc.value[0] : doc.value;
    const only = typeof v === 'string' && tryParseVersion(v) ? v : '1.2.3';
    f.fileProblem('MANIFEST_NOT_OBJECT', `must be a JSON object of package path → version, got ${describeValue(doc.value)}`, `write {".": ${JSON.stringify(only)}}`);
    f.throwIfAny(doc.locate);
    return {};
  }
  const manifest: Manifest = {};
  for (const [path, v] of Object.entries(root)) {
    if (typeof v === 'string' && tryParseVersion(v)) {
      manifest[path] = v;
      continue;
    }
    const key = JSON.stringify(path);
    const fix =
      typeof v === 'number'
        ? `write ${key}: "${String(v).split('.').concat('0', '0').slice(0, 3).join('.')}" — a version is a string in quotes`
        : `write ${key}: "0.0.0" before a first release, or the version last released`;
    f.problem('MANIFEST_BAD_VERSION', [path], `must be a version like "1.2.3", got ${describeValue(v)}`, fix);
  }
  f.throwIfAny(doc.locate);
  return manifest;
}

/**
 * What the config and manifest mean together, as warnings: a package without a version is
 * released for the first time (0.1.0, every commit back to bootstrap-sha), which is right for
 * a new project and a surprise for one released before; entries no package uses are ignored.
 */
export function crossCheckManifest(config: ReleaseConfig, manifest: Manifest, files: { config: string; manifest: string }): string[] {
  const warnings: string[] = [];
  const paths = new Set(config.packages.map((p) => p.path));
  for (const pkg of config.packages) {
    const path = pkg.path;
    const text = manifest[path];
    const key = JSON.stringify(path);
    if (text === undefined) {
      const since = config.bootstrapSha ? ' since bootstrap-sha' : '';
      warnings.push(
        `${files.manifest}: no version for ${key}, so release-please treats the package as never released: the next release is a first release (0.1.0) of every commit${since} — if it was released before, write {${key}: "<last released version>"}`,
      );
      continue;
    }
    // Under versioning: pep440 the manifest is read in PEP 440, so "1.2.0rc1" keeps its rc1.
    const read = versionNotation(pkg) === 'semver' ? tryParseVersion(text) : undefined;
    const as = read && formatVersion(read);
    if (as && as !== text) {
      warnings.push(
        `${files.manifest}: ${key} is ${JSON.stringify(text)}, which release-please reads as ${as}; the next version is computed from ${as} — write it in that form (PEP 440 suffixes such as rc1 are understood only with "versioning": "pep440")`,
      );
    }
  }
  const stray = Object.keys(manifest).filter((p) => !paths.has(p));
  if (stray.length > 0) {
    const names = stray.map((p) => JSON.stringify(p)).join(', ');
    warnings.push(`${files.manifest}: ${names} ${stray.length === 1 ? 'is not a package' : 'are not packages'} in ${files.config}; ignored`);
  }
  return warnings;
}
