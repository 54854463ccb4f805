/**
 * `build-command` (poetry build, hatch build, make dist, uv build --all-packages): the project's own
 * build, run with no shell in the project directory, in place of pyrelease's. Its output directory
 * must start empty — a stale file there would be published as this release's — and what it writes
 * is judged exactly as a handed-over packages-dir is (core/publish/prebuilt-set.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runProcess } from '../../adapters/process/run-process.js';
import type { Runtime } from '../../adapters/runtime/runtime.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { outputTail } from '../../errors/output-tail.js';
import type { DistributionSource } from './check-distributions.js';
import { prebuiltDistributions } from './prebuilt-distributions.js';

const BUILD_TIMEOUT = 15 * 60_000;

export interface BuildCommandRun {
  argv: string[];
  /** Where the command writes; undefined = the project's dist/. */
  outDir: { path: string; label: string } | undefined;
}

export async function runBuildCommand(b: BuildCommandRun, o: { projectDir: string; project: string; version: string | undefined; sourceDateEpoch: number | undefined; runtime: Runtime; allProjects?: boolean }): Promise<DistributionSource> {
  const out = b.outDir ?? { path: join(o.projectDir, 'dist'), label: relative(o.projectDir, join(o.projectDir, 'dist')) };
  const shown = b.argv.join(' ');
  const before = existsSync(out.path) ? readdirSync(out.path).filter((n) => !n.startsWith('.')) : [];
  if (before.length > 0) {
    throw new PyreleaseError('INPUT_CONFLICT', `build-command writes into ${out.label}, which already holds ${before.slice(0, 3).join(', ')}${before.length > 3 ? ' …' : ''} before it runs`, {
      key: 'packages-dir',
      fix: `start from a clean checkout (nothing built in ${out.label}), or give the command an empty output directory with packages-dir:; nothing was uploaded`,
    });
  }
  const [program, ...args] = b.argv as [string, ...string[]];
  const env: Record<string, string> = { PYTHONDONTWRITEBYTECODE: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1' };
  if (o.sourceDateEpoch !== undefined) env.SOURCE_DATE_EPOCH = String(o.sourceDateEpoch);
  const r = await runProcess(program, args, { cwd: o.projectDir, timeoutMs: BUILD_TIMEOUT, env, installHint: `install ${program} on the runner before this step` });
  o.runtime.toolOutput(`build-command (${shown}): exit ${r.exitCode}`, `${r.stdout}${r.stderr}`);
  if (r.exitCode !== 0) {
    throw new PyreleaseError('PUBLISH_BUILD_COMMAND_FAILED', `build-command \`${shown}\` exited ${r.exitCode}`, { key: 'build-command', fix: 'run the same command locally and fix the error its log group shows; nothing was uploaded', more: outputTail(`${r.stdout}${r.stderr}`) });
  }
  const after = existsSync(out.path) ? readdirSync(out.path).filter((n) => !n.startsWith('.')) : [];
  if (after.length === 0) {
    throw new PyreleaseError('PUBLISH_BUILD_COMMAND_EMPTY', `build-command \`${shown}\` succeeded but wrote nothing into ${out.label}`, {
      key: 'build-command',
      fix: `make it write the wheel and sdist into ${out.label} (e.g. uv build --out-dir ${out.label}, or set packages-dir: to where it writes: poetry and hatch write dist/, cibuildwheel wheelhouse/); nothing was uploaded`,
    });
  }
  o.runtime.info(`  build-command \`${shown}\` wrote ${after.length} file(s) into ${out.label}`);
  return prebuiltDistributions(out.path, out.label, o.project, o.version, o.allProjects);
}
