/**
 * The one child-process wrapper: a program and an argument array (never a shell string), a
 * timeout that kills the child, the user's environment minus this action's own secrets, and a
 * clear error when the program is missing. Everything that spawns goes through here.
 */
import { spawn } from 'node:child_process';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export interface ProcessOptions {
  cwd: string;
  timeoutMs: number;
  /** Variables set on top of the inherited environment (tokens only when a call needs them). */
  env?: Record<string, string>;
  /** Inherited variables this program must not see (git's GIT_DIR from a hook that runs pyrelease). */
  unset?: readonly string[];
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

/**
 * What a child never inherits: the credentials the runner hands this action. The OIDC request
 * pair mints identity tokens (trusted publishing, Sigstore), the runtime token reaches the
 * Actions services, and every INPUT_* is this step's input (token, password, notify-webhook).
 * Everything else is the user's: `env:` of the step and job (database URLs, settings modules),
 * LD_LIBRARY_PATH that actions/setup-python exports on Linux, PYTHONPATH, CI, GITHUB_ACTIONS,
 * UV_* and PIP_* settings, proxies and CA bundles.
 */
const WITHHELD = new Set(['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RUNTIME_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'GITHUB_TOKEN']);
const withheldValues = new Set<string>();

/** A secret this run holds (token, password, webhook, minted tokens): no variable carrying it reaches a child, whatever its name. */
export function withholdFromChildren(secret: string): void {
  if (secret.length >= 4) withheldValues.add(secret);
}

export function processEnv(extra: Record<string, string> = {}, unset: readonly string[] = []): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || WITHHELD.has(name) || name.startsWith('INPUT_') || withheldValues.has(value) || unset.includes(name)) continue;
    env[name] = value;
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
    const child = spawn(program, args, { cwd: opts.cwd, env: processEnv(opts.env, opts.unset), stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], windowsHide: true });
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
