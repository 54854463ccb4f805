/**
 * The files of a `packages-dir` (a build job's artifact): listed, judged as a whole against the
 * release (core/publish/prebuilt-set.ts), and refused with the first problem — naming the file and
 * the fix — before anything is checked, signed or sent.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeProjectName } from '../../core/publish/distribution-name.js';
import { judgePrebuiltSet, type PrebuiltSet } from '../../core/publish/prebuilt-set.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { versionFromBuild } from './build-distributions.js';
import type { DistributionSource } from './check-distributions.js';

/**
 * `label` is packages-dir as the user gave it; `version` undefined = forced with a dynamic version
 * (the wheels say). `allProjects` (upload-all-projects): other projects' files are not refused but
 * returned as companions, each judged as a set of its own (one version, one sdist, its wheels).
 */
export function prebuiltDistributions(dir: string, label: string, project: string, version: string | undefined, allProjects = false): DistributionSource {
  const entries = readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, isDirectory: e.isDirectory() }));
  const wanted = version ?? versionFromBuild(entries.map((e) => e.name), project);
  const judged = accepted(judgePrebuiltSet(entries, label, project, wanted, { otherProjects: allProjects }), label);
  const source: DistributionSource = { origin: 'packages-dir', dir, paths: judged.upload.map((n) => join(dir, n.filename)), version: wanted, leftOut: judged.ignored.map((filename) => ({ filename, reason: 'a dot file, never a distribution' })) };
  const byProject = new Map<string, string[]>();
  for (const n of judged.others) byProject.set(normalizeProjectName(n.project), [...(byProject.get(normalizeProjectName(n.project)) ?? []), n.filename]);
  if (byProject.size > 0) {
    source.companions = [...byProject].map(([other, names]) => {
      const set = accepted(judgePrebuiltSet(names.map((name) => ({ name, isDirectory: false })), label, other, versionFromBuild(names, other)), label);
      return { project: other, source: { origin: 'packages-dir', dir, paths: set.upload.map((n) => join(dir, n.filename)), version: versionFromBuild(names, other), leftOut: [] } };
    });
  }
  return source;
}

/** The judged set, or its first problem as the error (every problem in the details). */
function accepted(judged: PrebuiltSet, label: string): Extract<PrebuiltSet, { ok: true }> {
  if (judged.ok) return judged;
  const [first, ...rest] = judged.problems as [(typeof judged.problems)[number], ...typeof judged.problems];
  throw new PyreleaseError(first.code, `${first.message}${rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : ''}`, {
    key: 'packages-dir',
    ...(first.filename ? { file: join(label, first.filename) } : {}),
    fix: `${first.fix}; nothing was uploaded`,
    more: judged.problems.map((p) => `${p.filename || label}: ${p.message}`),
  });
}
