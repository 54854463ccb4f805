/** Spawns node for the action and CLI harnesses: an argument array, a given environment, a timeout. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Never rejects: a failing run is a result for the test to judge. */
/** `signal` kills the child with SIGKILL (kill-and-resume tests: nothing gets to clean up). */
export function runNode(args: string[], opts: { cwd: string; env: Record<string, string>; timeoutMs?: number; signal?: AbortSignal }): Promise<ProcessResult> {
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: opts.cwd, env: opts.env, timeout: opts.timeoutMs ?? 300_000, maxBuffer: 64 << 20, signal: opts.signal, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      // Killed by the timeout: report it as timeout(1) does rather than as an ordinary failure.
      const exitCode = !error ? 0 : typeof error.code === 'number' ? error.code : opts.signal?.aborted ? 137 : error.killed ? 124 : 1;
      done({ exitCode, stdout, stderr });
    });
  });
}
