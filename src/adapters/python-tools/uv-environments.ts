/**
 * Responsible for one uv environment per Python version. uv keeps a single project environment
 * (`.venv`, or UV_PROJECT_ENVIRONMENT) and re-creates it whenever another interpreter is asked
 * for (https://docs.astral.sh/uv/concepts/projects/config/#project-environment-path), so
 * `uv run --python X` for several versions at once delete each other's environment. Each
 * version gets its own directory under RUNNER_TEMP, synced once with `uv sync --locked` (a stale
 * uv.lock is the project's error, never rewritten: https://docs.astral.sh/uv/concepts/projects/sync/);
 * the gates then run that environment's interpreter directly, so no two uv calls ever race for it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../process/run-process.js';
import { virtualEnvironment, type EnvironmentResult } from './python-environment.js';

const SYNC_TIMEOUT_MS = 30 * 60_000;

export class UvEnvironments {
  private readonly synced = new Map<string, Promise<EnvironmentResult>>();

  constructor(
    private readonly projectDir: string,
    private readonly tempDir: string,
  ) {}

  /** The environment for `version` (X.Y; undefined: uv's own choice from requires-python and .python-version). */
  environment(version: string | undefined): Promise<EnvironmentResult> {
    const key = version ?? 'default';
    let p = this.synced.get(key);
    if (!p) {
      p = this.sync(version, key);
      this.synced.set(key, p);
    }
    return p;
  }

  private async sync(version: string | undefined, key: string): Promise<EnvironmentResult> {
    const project = createHash('sha256').update(this.projectDir).digest('hex').slice(0, 12);
    const dir = join(this.tempDir, 'pyrelease-uv', project, `py${key}`);
    const args = ['sync', '--locked', ...(version ? ['--python', version] : [])];
    const r = await runProcess('uv', args, { cwd: this.projectDir, timeoutMs: SYNC_TIMEOUT_MS, env: { UV_PROJECT_ENVIRONMENT: dir, NO_COLOR: '1' }, installHint: 'add astral-sh/setup-uv before this step' });
    if (r.exitCode !== 0) return syncFailure(r.stderr, version);
    const actual = environmentVersion(dir);
    if (!actual) return { ok: false, missingPython: false, reason: `uv sync made no environment at ${dir}`, fix: 'run uv sync --locked locally to see why' };
    return { ok: true, environment: virtualEnvironment(dir, actual, `uv environment ${dir}`) };
  }
}

/** uv writes `version_info = 3.12.7`, Python's venv `version = 3.12.7`. */
function environmentVersion(dir: string): string | undefined {
  const cfg = join(dir, 'pyvenv.cfg');
  if (!existsSync(cfg)) return undefined;
  return /^(?:version_info|version)\s*=\s*(\d+\.\d+\.\d+)/m.exec(readFileSync(cfg, 'utf8'))?.[1];
}

function syncFailure(stderr: string, version: string | undefined): EnvironmentResult {
  const last = stderr.trim().split(/\r?\n/).filter((l) => l.trim() !== '');
  const error = last.find((l) => /^error:/.test(l)) ?? last[last.length - 1] ?? '';
  if (/needs to be updated, but `--locked` was provided/.test(stderr)) {
    return { ok: false, missingPython: false, reason: 'uv.lock is out of date with pyproject.toml (uv sync --locked refused it)', fix: 'run uv lock and commit uv.lock; pyrelease never rewrites it', code: 'GATE_UV_LOCK_STALE' };
  }
  if (/Unable to find lockfile/.test(stderr)) {
    return { ok: false, missingPython: false, reason: 'the project has no uv.lock for uv sync --locked', fix: 'run uv lock and commit uv.lock', code: 'GATE_UV_LOCK_STALE' };
  }
  if (/No interpreter found|No download found|not found in managed installations|Failed to download/i.test(stderr)) {
    return { ok: false, missingPython: true, reason: `uv found no Python ${version ?? ''} and could not fetch it: ${error}`.replace('  ', ' '), fix: 'allow uv to download interpreters (UV_PYTHON_DOWNLOADS must not be never), or install it with actions/setup-python' };
  }
  return { ok: false, missingPython: false, reason: `uv sync failed: ${error}`, fix: 'run uv sync --locked locally to see the whole error' };
}
