/**
 * Local files + what the index already holds → what to upload. A file already there with the
 * same sha256 is done (an interrupted run converges); another sha256 under the same name can
 * never be replaced, so it stops the publish before anything is sent.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export interface LocalFile {
  filename: string;
  sha256: string;
}

export interface RemoteFile {
  filename: string;
  sha256: string;
}

export interface UploadPlan {
  toUpload: string[];
  alreadyThere: string[];
}

/**
 * `nameIsEnough` (dev builds): a file of the same name already there counts as done whatever its
 * digest, as pypa's skip-existing has it — a dev build's version is a run's, and a re-run of that
 * run has nothing newer to say.
 */
export function planUploads(local: readonly LocalFile[], remote: readonly RemoteFile[] | null, o: { force: boolean; skipExisting: boolean; version: string; indexLabel: string; nameIsEnough?: boolean }): UploadPlan {
  const byName = new Map((remote ?? []).map((r) => [r.filename, r.sha256]));
  const conflicts = local.filter((l) => byName.has(l.filename) && byName.get(l.filename) !== l.sha256);
  if (conflicts.length > 0 && !o.nameIsEnough) {
    throw new PyreleaseError('PUBLISH_FILE_CONFLICT', `${o.indexLabel} already has ${conflicts.map((c) => c.filename).join(', ')} with a different sha256 than the file built now`, {
      fix: 'a file name can never be reused on the index: if the published files are right, there is nothing to do; otherwise release a new version. Builds are reproducible from the release commit, so a difference means the commit or the build tools changed',
      more: conflicts.map((c) => `${c.filename}: index ${byName.get(c.filename)}, built ${c.sha256}`),
    });
  }
  if (o.force && !o.skipExisting && remote !== null && remote.length > 0) {
    throw new PyreleaseError('PUBLISH_VERSION_EXISTS', `${o.indexLabel} already has version ${o.version} (${remote.length} file${remote.length === 1 ? '' : 's'}); force_publish does not overwrite a release`, {
      key: 'force_publish',
      fix: 'bump the version in pyproject.toml for an emergency release, or set skip-existing: true to upload only the files that are missing',
    });
  }
  return { toUpload: local.filter((l) => !byName.has(l.filename)).map((l) => l.filename), alreadyThere: local.filter((l) => byName.has(l.filename)).map((l) => l.filename) };
}
