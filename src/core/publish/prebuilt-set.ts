/**
 * A `packages-dir` handed over by another job (cibuildwheel, a build matrix) → exactly the files
 * to upload, or the first thing wrong with it. Stricter than a build pyrelease ran itself: every
 * file in the directory must be a distribution of this release, since nothing else may ride along
 * (pypa/gh-action-pypi-publish#357: a `.sigstore.json` in `dist/` broke the upload).
 */
import { matchesRelease, normalizeProjectName, parseDistributionName, type DistributionName } from './distribution-name.js';
import { platformTagFix, refusedPlatformTags } from './wheel-platform.js';

export interface DirEntry {
  name: string;
  isDirectory: boolean;
}

export type PrebuiltProblemCode = 'PUBLISH_PACKAGES_EMPTY' | 'PUBLISH_PACKAGES_NOT_DISTRIBUTION' | 'PUBLISH_PACKAGES_FOREIGN' | 'PUBLISH_PACKAGES_TWO_SDISTS' | 'PUBLISH_WHEEL_PLATFORM_REFUSED';

export interface PrebuiltProblem {
  code: PrebuiltProblemCode;
  /** The file the problem is about ('' for the directory itself). */
  filename: string;
  message: string;
  fix: string;
}

/** `others`: distributions of other projects, kept apart (upload-all-projects) instead of refused. */
export type PrebuiltSet = { ok: true; upload: DistributionName[]; ignored: string[]; others: DistributionName[] } | { ok: false; problems: PrebuiltProblem[] };

const SIGNATURE = /\.(sigstore(\.json)?|sig|pem|crt|asc|bundle|intoto\.jsonl|(publish\.)?attestation)$/;

/** `dir` names the directory in messages, as the user wrote it. */
export function judgePrebuiltSet(entries: readonly DirEntry[], dir: string, project: string, version: string, o: { otherProjects?: boolean } = {}): PrebuiltSet {
  const others: DistributionName[] = [];
  const problems: PrebuiltProblem[] = [];
  const upload: DistributionName[] = [];
  // Dot files are git placeholders (.gitkeep) or tool state, never distributions.
  const ignored = entries.filter((e) => e.name.startsWith('.')).map((e) => e.name);
  const problem = (code: PrebuiltProblemCode, filename: string, message: string, fix: string) => problems.push({ code, filename, message, fix });
  const notDistribution = (filename: string, why: string, fix: string) => problem('PUBLISH_PACKAGES_NOT_DISTRIBUTION', filename, `packages-dir ${dir} holds ${filename}, ${why}`, fix);
  for (const entry of [...entries].filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const filename = entry.name;
    if (entry.isDirectory) {
      notDistribution(filename, 'a directory', 'put the distributions themselves in packages-dir: with actions/download-artifact use merge-multiple: true (or pattern + path: dist)');
      continue;
    }
    if (SIGNATURE.test(filename)) {
      notDistribution(filename, 'a signature or attestation, not a distribution', 'remove it from packages-dir: pyrelease signs every file itself and keeps the bundles outside the upload set (sign: true)');
      continue;
    }
    if (filename.endsWith('.egg')) {
      notDistribution(filename, 'an egg, which PyPI no longer accepts', 'build a wheel instead (python -m build) and remove the .egg from packages-dir');
      continue;
    }
    const name = parseDistributionName(filename);
    if (!name || filename.endsWith('.zip')) {
      notDistribution(filename, filename.endsWith('.zip') ? 'a .zip sdist, which PyPI refuses (PEP 625 sdists are .tar.gz)' : 'which is not a wheel or a .tar.gz sdist', 'packages-dir must hold only the wheels and the sdist to publish: move anything else out of it');
      continue;
    }
    // upload-all-projects: another project's file is its own set (judged on its own later); this project's other versions are still foreign.
    if (o.otherProjects && normalizeProjectName(name.project) !== normalizeProjectName(project)) {
      others.push(name);
      continue;
    }
    if (!matchesRelease(name, project, version)) {
      problem('PUBLISH_PACKAGES_FOREIGN', filename, `packages-dir ${dir} holds ${filename}, a distribution of ${name.project} ${name.version}, not of ${project} ${version}`, `give the publish job only the files built from the release commit of ${project} ${version} (a fresh artifact of this run)`);
      continue;
    }
    const refused = name.kind === 'wheel' ? refusedPlatformTags(filename) : [];
    if (refused.length > 0) {
      problem('PUBLISH_WHEEL_PLATFORM_REFUSED', filename, `${filename} has the platform tag ${refused[0]}, which PyPI refuses`, platformTagFix(refused[0]!));
      continue;
    }
    upload.push(name);
  }
  const sdists = upload.filter((u) => u.kind === 'sdist');
  if (sdists.length > 1) problem('PUBLISH_PACKAGES_TWO_SDISTS', sdists[1]!.filename, `packages-dir ${dir} holds two sdists (${sdists.map((s) => s.filename).join(', ')}); PyPI takes one per release`, `keep one sdist of ${project} ${version} in packages-dir (build the sdist in one job only)`);
  if (problems.length === 0 && upload.length === 0) problem('PUBLISH_PACKAGES_EMPTY', '', `packages-dir ${dir} holds no distribution${entries.length > 0 ? ` (only ${ignored.join(', ')})` : ''}`, "download the build job's artifact into it first (actions/download-artifact with path: dist), or leave packages-dir empty to let pyrelease build");
  return problems.length > 0 ? { ok: false, problems } : { ok: true, upload, ignored, others };
}
