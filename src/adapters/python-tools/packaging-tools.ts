/**
 * Responsible for building distributions and checking them with twine: `uv build` when the
 * project uses uv, else `python -m build`; `twine check --strict` through uvx or the interpreter.
 * Builds are made reproducible with SOURCE_DATE_EPOCH, so a re-run rebuilds the same bytes and
 * converges with what an interrupted run already uploaded.
 */
import { lockedVersion, pinTool } from '../../core/gates/tool-pins.js';
import { runProcess, type ProcessResult } from '../process/run-process.js';
import type { Resolution, Toolchain } from './toolchain.js';

/** twine as a uv tool when the project locks none: uvx alone would run whatever release is newest. */
export const TWINE_PIN = '7.0.0';

export interface BuildOptions {
  outDir: string;
  /** Build in an isolated environment (fetches the build backend from the index). */
  isolation: boolean;
  /** Seconds since the epoch: the release commit's time, for reproducible archives. */
  sourceDateEpoch: number | undefined;
  timeoutMs: number;
}

export async function buildCommand(tc: Toolchain, o: BuildOptions): Promise<Resolution> {
  if (tc.uv) return { ok: true, command: { program: 'uv', args: ['build', '--out-dir', o.outDir, ...(o.isolation ? [] : ['--no-build-isolation'])] } };
  // Without isolation the backend comes from the runner's environment; its own dependency check is the user's choice then.
  // No `import build` probe first: a Python start-up saved; a missing module is recognised from the run itself.
  return { ok: true, command: { program: 'python3', args: ['-m', 'build', '--outdir', o.outDir, ...(o.isolation ? [] : ['--no-isolation', '--skip-dependency-check'])] } };
}

export async function twineCheckCommand(tc: Toolchain, files: string[]): Promise<Resolution> {
  if (tc.uv) {
    const pin = pinTool({ tool: 'twine', locked: lockedVersion(tc.project.uvLock?.doc, 'twine'), input: tc.twineVersion, fallback: TWINE_PIN });
    return { ok: true, command: { program: 'uvx', args: [pin.spec, 'check', '--strict', ...files] }, note: pin.why };
  }
  return { ok: true, command: { program: 'python3', args: ['-m', 'twine', 'check', '--strict', ...files] } };
}

export function runPackagingTool(r: Extract<Resolution, { ok: true }>, cwd: string, timeoutMs: number, sourceDateEpoch?: number): Promise<ProcessResult> {
  const env: Record<string, string> = { PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1' };
  if (sourceDateEpoch !== undefined) env.SOURCE_DATE_EPOCH = String(sourceDateEpoch);
  return runProcess(r.command.program, r.command.args, { cwd, timeoutMs, env, installHint: 'pip install build twine (or use uv)' });
}
