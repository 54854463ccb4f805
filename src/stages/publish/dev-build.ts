/**
 * dev-build: X.Y.Z.devN of the next planned release, built from a copy of the project with that
 * version written into its pyproject.toml — the checkout is never edited — and published like
 * any build but with no tag, no GitHub release and no attachment. N is the run number (a re-run
 * of the run keeps it, so it rebuilds the same version from the same commit and converges).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { readProject } from '../../adapters/workspace/project-file.js';
import { devVersion } from '../../core/publish/dev-version.js';
import type { PublishTarget } from '../../core/publish/publish-target.js';
import { updatePyproject } from '../../core/updaters/pyproject.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { planFromRepository } from '../plan-from-repository.js';
import { projectDirectory, type StageContext } from '../stage.js';

export interface DevBuild {
  target: PublishTarget;
  /** The copy of the project the build runs in. */
  dir: string;
  note: string;
}

/** Never copied from the project's top level: the repository, environments and earlier builds (a stale dist/ must not ride along). */
const SKIP_TOP = new Set(['.git', '.venv', 'venv', 'node_modules', 'dist', 'build', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache']);
const skipped = (source: string, src: string) => {
  const rel = relative(source, src);
  return (rel !== '' && !rel.includes(sep) && SKIP_TOP.has(rel)) || basename(src) === '__pycache__' || basename(src) === '.git';
};

export async function prepareDevBuild(ctx: StageContext): Promise<DevBuild> {
  const { settings, services, clock } = ctx;
  const dev = settings.devBuild!;
  const source = projectDirectory(ctx, 'a dev build');
  const project = readProject(source);
  const planned = await planFromRepository(services.git, { ref: 'HEAD', date: clock.today(), configFile: settings.configFile, manifestFile: settings.manifestFile, ...(services.releaseConfig?.manifestLess && { manifestLess: services.releaseConfig.config }), targetBranch: settings.targetBranch, repository: settings.repository });
  const n = dev.number ?? planned.plan.commits;
  const v = devVersion(planned.plan.version, project.version, n);
  const dir = join(mkdtempSync(join(settings.tempDir, 'pyrelease-dev-')), basename(source));
  cpSync(source, dir, { recursive: true, filter: (src) => !skipped(source, src) });
  const pyproject = join(dir, 'pyproject.toml');
  const updated = updatePyproject(readFileSync(pyproject, 'utf8'), v.version);
  if (updated.warning) {
    throw new PyreleaseError('INPUT_UNSUPPORTED', 'dev-build: pyproject.toml declares a dynamic version, which pyrelease cannot set for the build', {
      key: 'dev-build',
      fix: 'write the version in [project] version (release-please keeps it there), or build dev versions with your backend\'s own scheme (setuptools-scm, hatch-vcs) and hand them over with packages-dir',
    });
  }
  writeFileSync(pyproject, updated.content);
  const how = dev.number !== undefined ? `run number ${n}` : `${n} commit(s) since the last release`;
  const note = `dev build ${v.version} (${v.from === 'plan' ? `next planned release ${v.base}` : `no releasable commit: next patch ${v.base}`}, ${how}); nothing is tagged or released, the checkout is untouched`;
  return { target: { project: project.name, version: v.version, tagName: undefined, sha: planned.headSha, mode: 'release' }, dir, note };
}
