/**
 * Proves a set of distributions before anything is signed or sent, wherever it came from (a build
 * of this run, a packages-dir, the first attempt's files kept on the GitHub release): each file
 * read once, its own metadata against the release, its wheel tags against what PyPI takes, and
 * `twine check --strict` on exactly those files.
 */
import { readDistribution, type DistributionFile } from '../../adapters/distribution/read-distribution.js';
import { runPackagingTool, twineCheckCommand } from '../../adapters/python-tools/packaging-tools.js';
import { missingModule } from '../../adapters/python-tools/toolchain.js';
import type { Toolchain } from '../../adapters/python-tools/toolchain.js';
import type { Runtime } from '../../adapters/runtime/runtime.js';
import { checkDistribution } from '../../core/publish/check-distribution.js';
import type { CoreMetadata } from '../../core/publish/core-metadata.js';
import { parseDistributionName, type DistributionName } from '../../core/publish/distribution-name.js';
import { platformTagFix, refusedPlatformTags } from '../../core/publish/wheel-platform.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { outputTail } from '../../errors/output-tail.js';

export interface BuiltFile {
  file: DistributionFile;
  name: DistributionName;
  metadata: CoreMetadata;
}

/** Where the files to publish come from, before they are checked. */
export interface DistributionSource {
  origin: 'built' | 'packages-dir' | 'first attempt';
  /** The directory holding them (never inside the repository's own dist/ for a build). */
  dir: string;
  paths: string[];
  /** The version the files carry (the release's, or the build's own when it was dynamic). */
  version: string;
  leftOut: { filename: string; reason: string }[];
  /** How pyrelease built them (`uv build --package acme-core`, from the workspace root), for the summary. */
  builtWith?: { command: string; where: string };
  /** upload-all-projects: the other projects' sets found beside this one (packages-dir, build-command). */
  companions?: { project: string; source: DistributionSource }[];
}

export interface CheckedSet {
  source: DistributionSource;
  files: BuiltFile[];
  twine: string;
}

export async function checkDistributions(tc: Toolchain, source: DistributionSource, o: { project: string; cwd: string; runtime: Runtime }): Promise<CheckedSet> {
  const files: BuiltFile[] = [];
  const problems: string[] = [];
  for (const path of source.paths) {
    const file = await readDistributionSafely(path);
    const name = parseDistributionName(file.filename);
    if (!name) throw new PyreleaseError('PUBLISH_BAD_DISTRIBUTION', `refusing to upload ${file.filename}: it is not named as a wheel or an sdist`, { fix: 'nothing was uploaded; publish only .whl and .tar.gz files' });
    const refused = name.kind === 'wheel' ? refusedPlatformTags(file.filename) : [];
    if (refused.length > 0) throw new PyreleaseError('PUBLISH_WHEEL_PLATFORM_REFUSED', `${file.filename} has the platform tag ${refused[0]}, which PyPI refuses`, { file: file.filename, fix: `${platformTagFix(refused[0]!)}; nothing was uploaded` });
    const check = checkDistribution(name, file.metadataText, o.project, source.version);
    if (check.ok) files.push({ file, name, metadata: check.metadata });
    else problems.push(check.problem);
  }
  if (problems.length > 0) throw new PyreleaseError('PUBLISH_BAD_DISTRIBUTION', `refusing to upload: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, { fix: source.origin === 'packages-dir' ? 'publish the files built from the release commit; nothing was uploaded' : 'rebuild from the release commit; nothing was uploaded', more: problems });
  const twine = await twineCheck(tc, files, o.cwd, o.runtime);
  return { source, files, twine };
}

async function readDistributionSafely(path: string): Promise<DistributionFile> {
  try {
    return await readDistribution(path);
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
    more: outputTail(output),
  });
}

function firstFailure(output: string): string {
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  const failed = lines.findIndex((l) => /FAILED|ERROR/i.test(l));
  return (failed >= 0 ? lines.slice(failed, failed + 2).join(' ') : lines[lines.length - 1] ?? 'no output').slice(0, 300);
}
