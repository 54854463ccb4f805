/**
 * Responsible for installing a release the way a user would: a brand-new virtual environment
 * (uv venv when the project uses uv, else python -m venv), the package from the index with no
 * cache, then a fixed check program and an optional smoke command inside it.
 */
import { join } from 'node:path';
import { processEnv, runProcess, type ProcessResult } from '../process/run-process.js';

export interface FreshEnvironment {
  dir: string;
  python: string;
  bin: string;
}

const WINDOWS = process.platform === 'win32';

export function environmentAt(dir: string): FreshEnvironment {
  const bin = join(dir, WINDOWS ? 'Scripts' : 'bin');
  return { dir, bin, python: join(bin, WINDOWS ? 'python.exe' : 'python') };
}

const quiet = { PIP_DISABLE_PIP_VERSION_CHECK: '1', PYTHONDONTWRITEBYTECODE: '1', PIP_NO_INPUT: '1' };
// A fresh environment is what a user gets from pip install: a workflow's PYTHONPATH=src (or a
// user site) would let the import check pass on the checkout instead of the installed release.
const unset = ['PYTHONPATH', 'PYTHONHOME', 'PYTHONSTARTUP', 'PYTHONUSERBASE', 'PIP_TARGET', 'PIP_PREFIX', 'PIP_USER'];

export async function createEnvironment(dir: string, uv: boolean, cwd: string, timeoutMs: number): Promise<ProcessResult> {
  return uv ? runProcess('uv', ['venv', '--quiet', dir], { cwd, timeoutMs, env: quiet, unset }) : runProcess('python3', ['-m', 'venv', dir], { cwd, timeoutMs, env: quiet, unset });
}

/** Several requirements (a monorepo release) are installed by one resolver run, so they must install together. */
export async function installFromIndex(env: FreshEnvironment, requirement: string | readonly string[], simpleUrl: string, uv: boolean, cwd: string, timeoutMs: number): Promise<ProcessResult> {
  const requirements = typeof requirement === 'string' ? [requirement] : requirement;
  return uv
    ? runProcess('uv', ['pip', 'install', '--python', env.python, '--no-cache', '--index-url', simpleUrl, ...requirements], { cwd, timeoutMs, env: quiet, unset })
    : runProcess(env.python, ['-m', 'pip', 'install', '--no-cache-dir', '--index-url', simpleUrl, ...requirements], { cwd, timeoutMs, env: quiet, unset });
}

/** Runs a program with the environment's bin first on PATH (its python, its console scripts). */
export function runInEnvironment(env: FreshEnvironment, program: string, args: string[], cwd: string, timeoutMs: number): Promise<ProcessResult> {
  const path = `${env.bin}${WINDOWS ? ';' : ':'}${processEnv().PATH ?? ''}`;
  return runProcess(program, args, { cwd, timeoutMs, env: { ...quiet, PATH: path, VIRTUAL_ENV: env.dir }, unset });
}

/**
 * Installs `requirement` from the distributions in `dir` alone (the installer picks the wheel
 * that fits this runner), then — when it declares dependencies — lets the installer fetch those
 * from its usual index: the release itself never comes from anywhere but `dir`.
 */
export async function installFromFiles(env: FreshEnvironment, dir: string, requirement: string, o: { uv: boolean; cwd: string; timeoutMs: number; withDependencies: boolean }): Promise<ProcessResult> {
  const pip = (extra: string[]) =>
    o.uv
      ? runProcess('uv', ['pip', 'install', '--python', env.python, '--no-cache', '--find-links', dir, ...extra, requirement], { cwd: o.cwd, timeoutMs: o.timeoutMs, env: quiet, unset })
      : runProcess(env.python, ['-m', 'pip', 'install', '--no-cache-dir', '--find-links', dir, ...extra, requirement], { cwd: o.cwd, timeoutMs: o.timeoutMs, env: quiet, unset });
  const own = await pip(['--no-index', '--no-deps', '--only-binary', ':all:']);
  if (own.exitCode !== 0 || !o.withDependencies) return own;
  return pip([]);
}
