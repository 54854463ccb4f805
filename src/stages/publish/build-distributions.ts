/**
 * Build: `uv build` (a workspace member: `uv build --package NAME` from the workspace root) /
 * `python -m build` into a fresh directory, and the upload set picked by name
 * (nothing else can slip in). What was built is then proved by check-distributions.ts, as a
 * packages-dir or a kept first build is.
 */
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCommand, runPackagingTool } from '../../adapters/python-tools/packaging-tools.js';
import { missingModule, type Toolchain } from '../../adapters/python-tools/toolchain.js';
import type { Runtime } from '../../adapters/runtime/runtime.js';
import { parseDistributionName } from '../../core/publish/distribution-name.js';
import { selectUploadSet } from '../../core/publish/upload-set.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { outputTail } from '../../errors/output-tail.js';
import type { DistributionSource } from './check-distributions.js';

const BUILD_TIMEOUT = 15 * 60_000;

export async function buildDistributions(tc: Toolchain, o: { dir: string; tempDir: string; project: string; version: string | undefined; isolation: boolean; sourceDateEpoch: number | undefined; runtime: Runtime }): Promise<DistributionSource> {
  mkdirSync(o.tempDir, { recursive: true });
  const outDir = mkdtempSync(join(o.tempDir, 'pyrelease-dist-'));
  const build = buildCommand(tc, { dir: o.dir, outDir, isolation: o.isolation });
  o.runtime.info(`  build: ${build.shown.command} (${build.shown.where})`);
  const built = await runPackagingTool(build, build.cwd, BUILD_TIMEOUT, o.sourceDateEpoch);
  o.runtime.toolOutput(`build: exit ${built.exitCode}`, `${built.stdout}${built.stderr}`);
  if (missingModule(built, 'build')) throw new PyreleaseError('PUBLISH_TOOL_MISSING', 'cannot build: the build module is not installed for python3', { fix: 'pip install build on the runner (or add it to your dev dependencies), or use uv' });
  if (built.exitCode !== 0) {
    const offline = /No matching distribution|Could not find a version|Failed to establish a new connection|network/i.test(built.stderr + built.stdout);
    throw new PyreleaseError('PUBLISH_BUILD_FAILED', `building the distributions failed (${build.command.program} exited ${built.exitCode})`, {
      fix: offline && o.isolation ? 'the isolated build could not fetch the build backend: give the runner access to the index, or set build-isolation: false with the backend installed' : `run the same build locally (${build.shown.command}, ${build.shown.where}) and fix the error shown in the build log group`,
      more: outputTail(`${built.stdout}${built.stderr}`),
    });
  }
  const names = readdirSync(outDir);
  const version = o.version ?? versionFromBuild(names, o.project);
  const set = selectUploadSet(names, o.project, version);
  if (set.problems.length > 0) {
    throw new PyreleaseError('PUBLISH_BAD_DISTRIBUTION', `the build did not produce a publishable set: ${set.problems.join('; ')}`, { fix: 'check [project] name and version and the build backend configuration', more: set.leftOut.map((l) => `${l.filename}: ${l.reason}`) });
  }
  return { origin: 'built', dir: outDir, paths: set.upload.map((n) => join(outDir, n.filename)), version, leftOut: set.leftOut, builtWith: build.shown };
}

export function versionFromBuild(names: string[], project: string): string {
  const wheel = names.map(parseDistributionName).find((n) => n?.kind === 'wheel');
  if (!wheel) throw new PyreleaseError('PUBLISH_BAD_DISTRIBUTION', `the build produced no wheel of ${project}`, { fix: 'check the build backend configuration' });
  return wheel.version;
}
