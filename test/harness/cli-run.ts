/** Runs `node dist/cli.js` as a user would from a terminal: no GITHUB_* variables, git config isolated. */
import { resolve } from 'node:path';
import { repoRoot, runNode, type ProcessResult } from './node-run.js';

export type CliRun = ProcessResult;

export interface CliRunOptions {
  /** Working directory of the CLI process (default: the project root). */
  cwd?: string;
  /** Added to the clean environment (PATH, HOME and git isolation), overriding it. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

// Older tests pass the environment itself as the second argument; an options object is told apart
// by its keys, since no test sets variables named cwd, env or timeoutMs.
function isOptions(value: CliRunOptions | Record<string, string>): value is CliRunOptions {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k === 'cwd' || k === 'env' || k === 'timeoutMs') && typeof (value as CliRunOptions).env !== 'string';
}

export function runCli(args: string[], options: CliRunOptions | Record<string, string> = {}): Promise<CliRun> {
  const opts: CliRunOptions = isOptions(options) ? options : { env: options };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    // The user's HOME, as a terminal has it (tool caches live there); git's user config is still ignored.
    HOME: process.env.HOME ?? '/tmp',
    LANG: 'C.UTF-8',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    ...opts.env,
  };
  return runNode([resolve(repoRoot, 'dist', 'cli.js'), ...args], { cwd: opts.cwd ?? repoRoot, env, timeoutMs: opts.timeoutMs });
}
