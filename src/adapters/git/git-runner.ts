/** Runs git in one repository: prompt-free, unquoted paths, failures as PyreleaseErrors. */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { runProcess, streamProcess, type ProcessResult } from '../process/run-process.js';

const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', LC_ALL: 'C' };
// Variables that would point git at another repository than this.cwd (set inside git hooks).
const GIT_UNSET = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_NAMESPACE', 'GIT_PREFIX'];
const BASE_ARGS = ['-c', 'core.quotePath=false', '-c', 'log.showSignature=false'];
export const GIT_TIMEOUT_MS = 120_000;

export interface GitRunnerOptions {
  /**
   * Set on every git process of this runner: a blob-less clone fetches missing blobs lazily from
   * any command that reads them, so its credentials (http.<url>.extraheader through
   * GIT_CONFIG_COUNT) must reach each one, and only through the environment (adapters/git/blobless-clone.ts).
   */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export class GitRunner {
  readonly #env: Record<string, string>;
  readonly #timeoutMs: number;
  constructor(readonly cwd: string, options: GitRunnerOptions = {}) {
    this.#env = { ...GIT_ENV, ...options.env };
    this.#timeoutMs = options.timeoutMs ?? GIT_TIMEOUT_MS;
  }

  async run(args: readonly string[], allowFailure = false, input?: string, env: Record<string, string> = {}): Promise<ProcessResult> {
    const opts = { cwd: this.cwd, env: { ...this.#env, ...env }, unset: GIT_UNSET, timeoutMs: this.#timeoutMs, installHint: 'install git (apt-get install git)' };
    const r = await runProcess('git', [...BASE_ARGS, ...args], input === undefined ? opts : { ...opts, input });
    if (r.exitCode !== 0 && !allowFailure) throw gitFailed(args, r.stderr);
    return r;
  }

  async stream(args: readonly string[], onChunk: (chunk: string) => boolean | void): Promise<void> {
    // Into a pipe git log flushes after every commit: 10,000 commits came as ~5,800 reads of ~340
    // bytes, each a wake-up of the event loop. GIT_FLUSH=0 (git(1), ENVIRONMENT) makes its
    // output fully buffered, ~450 reads of 4 KiB for the same walk, still handed over as written.
    const env = { ...this.#env, GIT_FLUSH: '0' };
    const r = await streamProcess('git', [...BASE_ARGS, ...args], { cwd: this.cwd, env, unset: GIT_UNSET, timeoutMs: this.#timeoutMs * 5 }, onChunk);
    if (r.exitCode !== 0) throw gitFailed(args, r.stderr);
  }
}

function gitFailed(args: readonly string[], stderr: string): PyreleaseError {
  const firstLine = stderr.trim().split('\n').find((l) => l.startsWith('fatal:') || l.startsWith('error:')) ?? stderr.trim().split('\n')[0] ?? '';
  return new PyreleaseError('GIT_FAILED', `git ${args.filter((a) => !a.startsWith('--format')).slice(0, 3).join(' ')} failed: ${firstLine}`, { fix: 'check the repository state (git status) and that the checkout is complete' });
}
