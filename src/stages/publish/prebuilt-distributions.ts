/**
 * The files of a `packages-dir` (a build job's artifact): listed, judged as a whole against the
 * release (core/publish/prebuilt-set.ts), and refused with the first problem — naming the file and
 * the fix — before anything is checked, signed or sent.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { judgePrebuiltSet } from '../../core/publish/prebuilt-set.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { versionFromBuild } from './build-distributions.js';
import type { DistributionSource } from './check-distributions.js';

/** `label` is packages-dir as the user gave it; `version` undefined = forced with a dynamic version (the wheels say). */
export function prebuiltDistributions(dir: string, label: string, project: string, version: string | undefined): DistributionSource {
  const entries = readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
  const wanted = version ?? versionFromBuild(entries.map((e) => e.name), project);
  const judged = judgePrebuiltSet(entries, label, project, wanted);
  if (!judged.ok) {
    const [first, ...rest] = judged.problems as [(typeof judged.problems)[number], ...typeof judged.problems];
    throw new PyreleaseError(first.code, `${first.message}${rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : ''}`, {
      key: 'packages-dir',
      ...(first.filename ? { file: join(label, first.filename) } : {}),
      fix: `${first.fix}; nothing was uploaded`,
      more: judged.problems.map((p) => `${p.filename || label}: ${p.message}`),
    });
  }
  return { origin: 'packages-dir', dir, paths: judged.upload.map((n) => join(dir, n.filename)), version: wanted, leftOut: judged.ignored.map((filename) => ({ filename, reason: 'a dot file, never a distribution' })) };
}
