/** Runs `node dist/cli.js` as a user would, with a clean environment. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './action-run.js';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((done) => {
    execFile(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env }, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error && typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : error ? 1 : 0;
      done({ exitCode: code, stdout, stderr });
    });
  });
}
