/**
 * The version of a dev build: `X.Y.Z.devN` of the release the planner would cut next (PEP 440
 * developmental release, ordered before X.Y.Z itself, so installers never prefer it to the
 * release). With nothing releasable yet (only chores since the last release) the next patch is
 * used, as a `fix:` would make it.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export function devVersion(planned: string | null, current: string | undefined, n: number): { version: string; base: string; from: 'plan' | 'next patch' } {
  if (planned !== null) return { version: `${planned}.dev${n}`, base: planned, from: 'plan' };
  const m = current === undefined ? null : /^(\d+)\.(\d+)\.(\d+)$/.exec(current);
  if (!m) {
    throw new PyreleaseError('PYPROJECT_VERSION_SHAPE', `dev-build: nothing is releasable since the last release, and the current version ${JSON.stringify(current ?? '')} is not X.Y.Z to take the next patch of`, {
      file: 'pyproject.toml',
      key: 'project.version',
      fix: 'write [project] version = "X.Y.Z" (release-please keeps it so), or push a feat: or fix: commit',
    });
  }
  const base = `${m[1]}.${m[2]}.${Number(m[3]) + 1}`;
  return { version: `${base}.dev${n}`, base, from: 'next patch' };
}
