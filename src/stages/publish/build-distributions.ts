/**
 * Build, then prove what was built: `uv build` / `python -m build` into a fresh directory, the
 * upload set picked by name (nothing else can slip in), each file's metadata checked against
 * the release, and `twine check --strict` on exactly those files.
 */
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDistribution, type DistributionFile } from '../../adapters/distribution/read-distribution.js';
import { buildCommand, runPackagingTool, twineCheckCommand } from '../../adapters/python-tools/packaging-tools.js';
import { missingModule, type Toolchain } from '../../adapters/python-tools/toolchain.js';
import type { Runtime } from '../../adapters/runtime/runtime.js';
import { checkDistribution } from '../../core/publish/check-distribution.js';
import type { CoreMetadata } from '../../core/publish/core-metadata.js';
import type { DistributionName } from '../../core/publish/distribution-name.js';
import { parseDistributionName } from '../../core/publish/distribution-name.js';
import { selectUploadSet } from '../../core/publish/upload-set.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export interface BuiltFile {
  file: DistributionFile;
  name: DistributionName;
  metadata: CoreMetadata;
}

export interface BuildResult {
  dir: string;
  files: BuiltFile[];
  /** The version the files carry (the release's, or the build's own when it was dynamic). */
  version: string;
  leftOut: { filename: string; reason: string }[];
  twine: string;
}

const BUILD_TIMEOUT = 15 * 60_000;

export async function buildDistributions(tc: Toolchain, o: { dir: string; tempDir: string; project: string; version: string | undefined; isolation: boolean; sourceDateEpoch: number | undefined; runtime: Runtime }): Promise<BuildResult> {
  mkdirSync(o.tempDir, { recursive: true });
  const outDir = mkdtempSync(join(o.tempDir, 'pyrelease-dist-'));
  const build = await buildCommand(tc, { outDir, isolation: o.isolation, sourceDateEpoch: o.sourceDateEpoch, timeoutMs: BUILD_TIMEOUT });
  if (!build.ok) throw new PyreleaseError('PUBLISH_TOOL_MISSING', `cannot build: ${build.reason}`, { fix: build.fix });
  const built = await runPackagingTool(build, o.dir, BUILD_TIMEOUT, o.sourceDateEpoch);
  o.runtime.toolOutput(`build: exit ${built.exitCode}`, `${built.stdout}${built.stderr}`);
  if (missingModule(built, 'build')) throw new PyreleaseError('PUBLISH_TOOL_MISSING', 'cannot build: the build module is not installed for python3', { fix: 'pip install build on the runner (or add it to your dev dependencies), or use uv' });
  if (built.exitCode !== 0) {
    const offline = /No matching distribution|Could not find a version|Failed to establish a new connection|network/i.test(built.stderr + built.stdout);
    throw new PyreleaseError('PUBLISH_BUILD_FAILED', `building the distributions failed (${build.command.program} exited ${built.exitCode})`, {
      fix: offline && o.isolation ? 'the isolated build could not fetch the build backend: give the runner access to the index, or set build-isolation: false with the backend installed' : 'run the same build locally (python -m build) and fix the error shown in the build log group',
      more: tail(`${built.stdout}${built.stderr}`),
    });
  }
  const names = readdirSync(outDir);
  const version = o.version ?? versionFromBuild(names, o.project);
  const set = selectUploadSet(names, o.project, version);
  if (set.problems.length > 0) {
    throw new PyreleaseError('PUBLISH_BAD_DISTRIBUTION', `the build did not produce a publishable set: ${set.problems.join('; ')}`, { fix: 'check [project] name and version and the build backend configuration', more: set.leftOut.map((l) => `${l.filename}: ${l.reason}`) });
  }
  const files: BuiltFile[] = [];
  const problems: string[] = [];
  for (const name of set.upload) {
    const file = readDistributionSafely(join(outDir, name.filename));
    const check = checkDistribution(name, file.metadataText, o.project, version);
    if (check.ok) files.push({ file, name, metadata: check.metadata });
    else problems.push(check.problem);
  }
  if (problems.length > 0) throw new PyreleaseError('PUBLISH_BAD_DISTRIBUTION', `refusing to upload: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, { fix: 'rebuild from the release commit; nothing was uploaded', more: problems });
  const twine = await twineCheck(tc, files, o.dir, o.runtime);
  return { dir: outDir, files, version, leftOut: set.leftOut, twine };
}

function readDistributionSafely(path: string): DistributionFile {
  try {
    return readDistribution(path);
  } catch (error) {
    throw new PyreleaseError('PUBLISH_BAD_DISTRIBUTION', `refusing to upload ${path}: the archive cannot be read (${(error as Error).message})`, { fix: 'rebuild from the release commit; nothing was uploaded' });
  }
}

async function twineCheck(tc: Toolchain, files: BuiltFile[], cwd: string, runtime: Runtime): Promise<string> {
  const command = await twineCheckCommand(tc, files.map((f) => f.file.path));
  if (!command.ok) throw new PyreleaseError('PUBLISH_TOOL_MISSING', `cannot run twine check: ${command.reason}`, { fix: command.fix });
  if (command.note) runtime.info(`  twine: ${command.note}`);
  const r = await runPackagingTool(command, cwd, 5 * 60_000);
  const output = `${r.stdout}${r.stderr}`;
  runtime.toolOutput(`twine check --strict: exit ${r.exitCode}`, output);
  if (missingModule(r, 'twine')) throw new PyreleaseError('PUBLISH_TOOL_MISSING', 'cannot run twine check: twine is not installed for python3', { fix: 'pip install twine on the runner, or use uv (uvx runs it without installing)' });
  if (r.exitCode === 0) return output;
  const tooOld = /supported Metadata-Version|Metadata is missing required fields/i.test(output);
  throw new PyreleaseError('PUBLISH_TWINE_CHECK_FAILED', tooOld ? 'twine check could not read the metadata: this twine is older than the Metadata-Version the build wrote' : `twine check --strict failed: ${firstFailure(output)}`, {
    fix: tooOld ? 'upgrade twine on the runner (pip install -U twine), or use uv (uvx runs a current twine)' : 'fix the long description (README) or metadata it names; with Markdown, set readme = "README.md" so the content type is declared',
    more: tail(output),
  });
}

function versionFromBuild(names: string[], project: string): string {
  const wheel = names.map(parseDistributionName).find((n) => n?.kind === 'wheel');
  if (!wheel) throw new PyreleaseError('PUBLISH_BAD_DISTRIBUTION', `the build produced no wheel of ${project}`, { fix: 'check the build backend configuration' });
  return wheel.version;
}

function firstFailure(output: string): string {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  const failed = lines.findIndex((l) => /FAILED|ERROR/i.test(l));
  return (failed >= 0 ? lines.slice(failed, failed + 2).join(' ') : lines[lines.length - 1] ?? 'no output').slice(0, 300);
}

function tail(text: string): string[] {
  return ['```', ...text.trim().split('\n').slice(-20), '```'];
}
