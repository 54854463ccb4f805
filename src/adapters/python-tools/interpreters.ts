/**
 * Responsible for finding the runner's interpreter for a Python version: tries the candidates
 * core/gates/interpreter-candidates.ts lists for this OS and asks each for its real
 * `sys.version_info` and `sys.executable`, so a shim that is not the version (pyenv's), a
 * `python3.12` that is really 3.11, or a launcher that has no such version is never used.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { interpreterCandidates, versionMatches, type RunnerPlatform } from '../../core/gates/interpreter-candidates.js';
import { runProcess } from '../process/run-process.js';

export interface Interpreter {
  /** sys.executable: what every later command runs. */
  executable: string;
  /** X.Y.Z */
  version: string;
  /** How it was found, for the summary. */
  via: string;
}

const PROBE = 'import sys; print(sys.executable); print("%d.%d.%d" % sys.version_info[:3])';
const PROBE_TIMEOUT_MS = 20_000;

export class Interpreters {
  private readonly found = new Map<string, Promise<Interpreter | undefined>>();

  constructor(
    private readonly cwd: string,
    private readonly projectEnvironments: readonly string[],
    private readonly platform: RunnerPlatform = process.platform === 'win32' ? 'win32' : process.platform === 'darwin' ? 'darwin' : 'linux',
    private readonly toolCache: string | undefined = process.env.RUNNER_TOOL_CACHE,
  ) {}

  /** The interpreter for `version` (X.Y), or the runner's default when undefined; undefined when the runner has none. */
  resolve(version: string | undefined): Promise<Interpreter | undefined> {
    const key = version ?? '';
    let p = this.found.get(key);
    if (!p) {
      p = this.search(version);
      this.found.set(key, p);
    }
    return p;
  }

  private async search(version: string | undefined): Promise<Interpreter | undefined> {
    const pythonDir = this.toolCache === undefined ? undefined : join(this.toolCache, 'Python');
    const toolCacheVersions = pythonDir !== undefined && existsSync(pythonDir) ? readdirSync(pythonDir) : [];
    const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
    const candidates = interpreterCandidates(version, { platform: this.platform, projectEnvironments: [...this.projectEnvironments], toolCacheVersions, toolCacheArch: arch, ...(this.toolCache ? { toolCache: this.toolCache } : {}) });
    for (const c of candidates) {
      const r = await runProcess(c.program, [...c.args, '-c', PROBE], { cwd: this.cwd, timeoutMs: PROBE_TIMEOUT_MS }).catch(() => undefined);
      if (!r || r.exitCode !== 0) continue;
      const [executable, actual] = r.stdout.trim().split(/\r?\n/);
      if (executable && actual && versionMatches(version, actual)) return { executable, version: actual, via: c.via };
    }
    return undefined;
  }
}
