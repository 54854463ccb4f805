/**
 * Responsible for turning "run mypy on Python 3.12" into a command: through uv when the
 * project uses uv (uv.lock or [tool.uv]) and uv is on PATH, else through the interpreters the
 * runner has (pythonX.Y on PATH, the module if installed, else its console script).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../process/run-process.js';

export interface Command {
  program: string;
  args: string[];
}

export type Resolution = { ok: true; command: Command } | { ok: false; reason: string; fix: string };

const PROBE = { timeoutMs: 20_000 };

export class Toolchain {
  private readonly probes = new Map<string, Promise<boolean>>();
  private constructor(readonly dir: string, readonly uv: boolean, readonly note: string | undefined) {}

  static async detect(dir: string): Promise<Toolchain> {
    const pyproject = existsSync(join(dir, 'pyproject.toml')) ? readFileSync(join(dir, 'pyproject.toml'), 'utf8') : '';
    const wantsUv = existsSync(join(dir, 'uv.lock')) || /^\[tool\.uv(\.|\])/m.test(pyproject);
    const probe = new Toolchain(dir, false, undefined);
    const hasUv = await probe.works('uv', ['--version']);
    if (wantsUv && hasUv) return new Toolchain(dir, true, 'the project uses uv (uv.lock or [tool.uv]): tools run through uv');
    return new Toolchain(dir, false, wantsUv ? 'the project uses uv but uv is not on PATH: tools run through the runner\'s interpreter (add astral-sh/setup-uv before this step)' : undefined);
  }

  /** The interpreter's own version, e.g. "3.11". */
  async defaultPythonVersion(): Promise<string | undefined> {
    const r = await runProcess('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { cwd: this.dir, ...PROBE }).catch(() => undefined);
    return r?.exitCode === 0 ? r.stdout.trim() : undefined;
  }

  /** `python -m <module> args` on one Python version (undefined: the default interpreter). */
  async module(module: string, args: string[], version: string | undefined, script = module): Promise<Resolution> {
    if (this.uv) return { ok: true, command: { program: 'uv', args: ['run', ...(version ? ['--python', version] : []), '--', 'python', '-m', module, ...args] } };
    const python = version ? await this.interpreterFor(version) : 'python3';
    if (!python) return { ok: false, reason: `Python ${version} is not on this runner`, fix: `install it (actions/setup-python with python-version: ${version}) or use uv, which fetches interpreters` };
    if (await this.works(python, ['-c', `import ${module}`])) return { ok: true, command: { program: python, args: ['-m', module, ...args] } };
    if (!version && (await this.works(script, ['--version']))) return { ok: true, command: { program: script, args } };
    return { ok: false, reason: `${module} is not installed for ${python}`, fix: `add ${module} to your dev dependencies, or pip install ${module}` };
  }

  /** ruff is a standalone binary: uvx under uv, else `ruff` on PATH. */
  async ruff(args: string[]): Promise<Resolution> {
    if (this.uv) return { ok: true, command: { program: 'uvx', args: ['ruff', ...args] } };
    if (await this.works('ruff', ['--version'])) return { ok: true, command: { program: 'ruff', args } };
    return { ok: false, reason: 'ruff is not installed', fix: 'pip install ruff (or add it to your dev dependencies), or use uv' };
  }

  private async interpreterFor(version: string): Promise<string | undefined> {
    if ((await this.defaultPythonVersion()) === version) return 'python3';
    return (await this.works(`python${version}`, ['--version'])) ? `python${version}` : undefined;
  }

  private works(program: string, args: string[]): Promise<boolean> {
    const key = `${program} ${args.join(' ')}`;
    let p = this.probes.get(key);
    if (!p) {
      p = runProcess(program, args, { cwd: this.dir, ...PROBE }).then((r) => r.exitCode === 0, () => false);
      this.probes.set(key, p);
    }
    return p;
  }
}

export async function runTool(command: Command, cwd: string, timeoutMs: number): Promise<{ exitCode: number; stdout: string; stderr: string; durationMs: number }> {
  return runProcess(command.program, command.args, { cwd, timeoutMs, env: { PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1' } });
}
