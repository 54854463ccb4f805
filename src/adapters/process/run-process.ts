/**
 * The one child-process wrapper: a program and an argument array (never a shell string), a
 * timeout that kills the child, an environment built from an allow-list, and a clear error
 * when the program is missing. Everything that spawns goes through here.
 */
import { spawn } from 'node:child_process';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export interface ProcessOptions {
  cwd: string;
  timeoutMs: number;
  /** Extra variables on top of the allow-listed ones (tokens only when a call needs them). */
  env?: Record<string, string>;
  input?: string;
  /** How to install the program, for the not-found message. */
  installHint?: string;
}

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

const INHERITED = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'PATHEXT', 'COMSPEC', 'VIRTUAL_ENV', 'PYENV_ROOT', 'PYENV_VERSION', 'UV_CACHE_DIR', 'PIP_CACHE_DIR', 'RUNNER_TEMP', 'GIT_CONFIG_NOSYSTEM', 'GIT_CONFIG_GLOBAL',
  // Where the runner's Python tools fetch packages from (private indexes, proxies, CA bundles).
  'PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL', 'PIP_NO_INDEX', 'PIP_FIND_LINKS', 'UV_INDEX_URL', 'UV_DEFAULT_INDEX', 'UV_EXTRA_INDEX_URL', 'UV_PYTHON', 'SSL_CERT_FILE', 'REQUESTS_CA_BUNDLE', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];

export function processEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of INHERITED) {
    const v = process.env[name];
    if (v !== undefined) env[name] = v;
  }
  return { ...env, ...extra };
}

/**
 * Spawns and streams stdout to `onStdout` as it arrives; resolves when the child exits.
 * `onStdout` returning false stops the child early (a consumer that has read enough).
 */
export function streamProcess(program: string, args: readonly string[], opts: ProcessOptions, onStdout: (chunk: string) => boolean | void): Promise<ProcessResult & { stoppedEarly: boolean }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { cwd: opts.cwd, env: processEnv(opts.env), stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], windowsHide: true });
    let stderr = '';
    let timedOut = false;
    let stoppedEarly = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      if (stoppedEarly) return;
      if (onStdout(chunk) === false) {
        stoppedEarly = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => {
      if (stderr.length < 1 << 20) stderr += d;
    });
    if (opts.input !== undefined) child.stdin!.end(opts.input);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (error.code === 'ENOENT') {
        reject(new PyreleaseError('PROCESS_NOT_FOUND', `${program} is not installed or not on PATH`, { fix: opts.installHint ?? `install ${program} on the runner` }));
      } else reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) {
        reject(new PyreleaseError('PROCESS_TIMEOUT', `${program} ${args[0] ?? ''} did not finish within ${Math.round(opts.timeoutMs / 1000)} s and was stopped`, { fix: 'check what it is waiting for (network, a prompt); re-run' }));
      } else resolve({ exitCode: stoppedEarly ? 0 : (code ?? 1), stdout: '', stderr, durationMs: Date.now() - started, stoppedEarly });
    });
  });
}

export async function runProcess(program: string, args: readonly string[], opts: ProcessOptions): Promise<ProcessResult> {
  const chunks: string[] = [];
  const result = await streamProcess(program, args, opts, (c) => void chunks.push(c));
  return { ...result, stdout: chunks.join('') };
}
