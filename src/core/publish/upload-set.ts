/**
 * Built files + project + version → exactly the wheel(s) and the sdist to upload. Anything
 * else in the build directory (signatures, SBOMs, other versions) is named and left out: a
 * stray `.sigstore.json` in `dist/` is what broke the seed's upload.
 */
import { matchesRelease, parseDistributionName, type DistributionName } from './distribution-name.js';

export interface UploadSet {
  upload: DistributionName[];
  /** Files that are not distributions of this release, with the reason. */
  leftOut: { filename: string; reason: string }[];
  /** Why the set cannot be uploaded; empty when it can. */
  problems: string[];
}

export function selectUploadSet(filenames: readonly string[], project: string, version: string): UploadSet {
  const upload: DistributionName[] = [];
  const leftOut: UploadSet['leftOut'] = [];
  for (const filename of [...filenames].sort()) {
    const name = parseDistributionName(filename);
    if (!name || filename.endsWith('.zip')) leftOut.push({ filename, reason: 'not a wheel or a .tar.gz sdist' });
    else if (!matchesRelease(name, project, version)) leftOut.push({ filename, reason: `a distribution of ${name.project} ${name.version}, not of ${project} ${version}` });
    else upload.push(name);
  }
  const problems: string[] = [];
  const sdists = upload.filter((u) => u.kind === 'sdist');
  if (!upload.some((u) => u.kind === 'wheel')) problems.push(`no wheel of ${project} ${version} was built`);
  if (sdists.length > 1) problems.push(`more than one sdist (${sdists.map((s) => s.filename).join(', ')}): PyPI takes one per release`);
  return { upload, leftOut, problems };
}
