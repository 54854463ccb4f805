/**
 * Responsible for building distributions and checking them with twine: `uv build` when the
 * project uses uv — a uv workspace member by name from the workspace root (`uv build --package`,
 * #22) — else `python -m build` in the project's directory; `twine check --strict` through uvx or
 * the interpreter.
 * Builds are made reproducible with SOURCE_DATE_EPOCH, so a re-run rebuilds the same bytes and
 * converges with what an interrupted run already uploaded.
 */
import { lockedVersion, pinTool } from '../../core/gates/tool-pins.js';
import { runProcess, type ProcessResult } from '../process/run-process.js';
import type { Command, Resolution, Toolchain } from './toolchain.js';

/** twine as a uv tool when the project locks none: uvx alone would run whatever release is newest. */
export const TWINE_PIN = '7.0.0';

export interface BuildOptions {
  /** The directory built: the project's, or a copy of it (a dev build). */
  dir: string;
  outDir: string;
  /** Build in an isolated environment (fetches the build backend from the index). */
  isolation: boolean;
}

/** The build to run: the command, where it runs, and how the log and the summary name it. */
export interface BuildInvocation {
  command: Command;
  cwd: string;
  /** How a maintainer would type and run it (no temporary out-dir): `uv build --package acme-core`, from the workspace root. */
  shown: { command: string; where: string };
}

export function buildCommand(tc: Toolchain, o: BuildOptions): BuildInvocation {
  if (tc.uv) {
    const noIsolation = o.isolation ? [] : ['--no-build-isolation'];
    // A workspace member by name from the root, as uv documents for workspaces; a copy of the project (a dev build) is built where it is.
    const member = o.dir === tc.project.dir ? tc.project.uvWorkspace : undefined;
    if (member) return { command: { program: 'uv', args: ['build', '--package', member.name, '--out-dir', o.outDir, ...noIsolation] }, cwd: member.root, shown: { command: ['uv build --package', member.name, ...noIsolation].join(' '), where: 'from the workspace root' } };
    return { command: { program: 'uv', args: ['build', '--out-dir', o.outDir, ...noIsolation] }, cwd: o.dir, shown: { command: ['uv build', ...noIsolation].join(' '), where: "in the project's directory" } };
  }
  // Without isolation the backend comes from the runner's environment; its own dependency check is the user's choice then.
  // No `import build` probe first: a Python start-up saved; a missing module is recognised from the run itself.
  const flags = o.isolation ? [] : ['--no-isolation', '--skip-dependency-check'];
  return { command: { program: 'python3', args: ['-m', 'build', '--outdir', o.outDir, ...flags] }, cwd: o.dir, shown: { command: ['python -m build', ...flags].join(' '), where: "in the project's directory" } };
}

export async function twineCheckCommand(tc: Toolchain, files: string[]): Promise<Resolution> {
  if (tc.uv) {
    const pin = pinTool({ tool: 'twine', locked: lockedVersion(tc.project.uvLock?.doc, 'twine'), input: tc.twineVersion, fallback: TWINE_PIN });
    return { ok: true, command: { program: 'uvx', args: [pin.spec, 'check', '--strict', ...files] }, note: pin.why };
  }
  return { ok: true, command: { program: 'python3', args: ['-m', 'twine', 'check', '--strict', ...files] } };
}

export function runPackagingTool(r: { command: Command }, cwd: string, timeoutMs: number, sourceDateEpoch?: number): Promise<ProcessResult> {
  const env: Record<string, string> = { PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1' };
  if (sourceDateEpoch !== undefined) env.SOURCE_DATE_EPOCH = String(sourceDateEpoch);
  return runProcess(r.command.program, r.command.args, { cwd, timeoutMs, env, installHint: 'pip install build twine (or use uv)' });
}
