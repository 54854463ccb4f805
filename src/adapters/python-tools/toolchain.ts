/**
 * Responsible for turning "run pytest on Python 3.12" into a command for this project on this
 * runner. A project with a uv.lock runs through uv: one synced environment per Python version
 * (uv-environments.ts), standalone tools through `uvx` at the project's pinned version.
 * Otherwise the runner's interpreters (interpreters.ts) and the tools installed for them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lockedVersion, pinTool } from '../../core/gates/tool-pins.js';
import { installLine, toolManager, type GateTool, type ToolManager } from '../../core/gates/tool-manager.js';
import type { PythonProject } from '../workspace/python-project.js';
import { runProcess, type ProcessResult } from '../process/run-process.js';
import { Interpreters } from './interpreters.js';
import type { EnvironmentResult } from './python-environment.js';
import { UvEnvironments } from './uv-environments.js';

export interface Command {
  program: string;
  args: string[];
  /** Variables the command needs on top of the inherited environment (an environment's PATH and VIRTUAL_ENV). */
  env?: Record<string, string>;
}

export type Resolution = { ok: true; command: Command; note?: string } | { ok: false; reason: string; fix: string };

/** bandit as a uv tool when the project pins none: the release pyrelease is tested with. */
export const BANDIT_PIN = '1.9.4';

export interface ToolchainOptions {
  tempDir: string;
  /** `ruff-version` / `bandit-version` / `twine-version` inputs, "" when unset. */
  ruffVersion: string;
  banditVersion: string;
  twineVersion: string;
}

const PROBE = { timeoutMs: 20_000 };
const WINDOWS = process.platform === 'win32';

export class Toolchain {
  readonly manager: ToolManager;
  private readonly uvEnvironments: UvEnvironments | undefined;
  private readonly interpreters: Interpreters;

  private constructor(
    readonly project: PythonProject,
    /** The project is a uv project and uv is on PATH: everything runs through uv. */
    readonly uv: boolean,
    /** A uv project on a runner without uv: why nothing can run, and the fix. */
    readonly problem: { reason: string; fix: string } | undefined,
    private readonly options: ToolchainOptions,
  ) {
    this.manager = toolManager({ locks: project.locks, ...(project.pyproject ? { pyproject: project.pyproject } : {}) });
    this.uvEnvironments = uv ? new UvEnvironments(project.dir, options.tempDir) : undefined;
    this.interpreters = new Interpreters(project.dir, project.environments);
  }

  static async detect(project: PythonProject, options: ToolchainOptions): Promise<Toolchain> {
    if (!project.uvLock) return new Toolchain(project, false, undefined, options);
    const uv = await runProcess('uv', ['--version'], { cwd: project.dir, ...PROBE }).then((r) => r.exitCode === 0, () => false);
    // A uv project's dependencies live in uv.lock: the runner's interpreter would test something else.
    const problem = uv ? undefined : { reason: 'the project uses uv (uv.lock) but uv is not on PATH', fix: 'add - uses: astral-sh/setup-uv@v6 before this step' };
    return new Toolchain(project, uv, problem, options);
  }

  /** How tools run, for the summary. */
  get note(): string {
    if (this.uv) return `the project uses uv (${this.project.uvLock!.path.endsWith(join(this.project.dir, 'uv.lock')) ? 'uv.lock' : `the workspace's ${this.project.uvLock!.path}`}): one environment per Python version, synced with uv sync --locked`;
    return "tools run with the runner's interpreters";
  }

  /** The environment a gate runs in on `version` (undefined: the runner's default, or uv's choice). */
  environment(version: string | undefined): Promise<EnvironmentResult> {
    if (this.problem) return Promise.resolve({ ok: false, missingPython: false, ...this.problem });
    if (this.uvEnvironments) return this.uvEnvironments.environment(version);
    return this.interpreters.resolve(version).then((i): EnvironmentResult => {
      if (i) return { ok: true, environment: { python: i.executable, version: i.version, label: `${i.executable} (${i.via})`, env: {} } };
      const where = WINDOWS ? 'py launcher, tool cache' : `python${version ?? '3'} on PATH, tool cache`;
      return {
        ok: false,
        missingPython: true,
        reason: version ? `Python ${version} is not on this runner (looked in: the project's environments, ${where})` : 'no Python interpreter on this runner',
        fix: version ? `add ${version} to actions/setup-python's python-version list (several lines install several versions), or use uv, which fetches interpreters` : 'add actions/setup-python before this step',
      };
    });
  }

  /** `python -m <module> args` in an environment. */
  module(environment: EnvironmentResult & { ok: true }, module: string, args: readonly string[]): Command {
    const env = environment.environment;
    return { program: env.python, args: ['-m', module, ...args], env: env.env };
  }

  /** The line that adds a missing tool in this project's tool manager. */
  installLine(tool: GateTool): string {
    return installLine(this.manager, tool);
  }

  /** ruff: the project's pinned release through uvx under uv; else the project's environment's, PATH's, or the interpreter's module. */
  async ruff(): Promise<Resolution & { why?: string }> {
    if (this.problem) return { ok: false, ...this.problem };
    if (this.uv) {
      const pin = pinTool({ tool: 'ruff', locked: lockedVersion(this.project.uvLock?.doc, 'ruff'), input: this.options.ruffVersion, fallback: undefined });
      return { ok: true, command: { program: 'uvx', args: [pin.spec] }, why: pin.why };
    }
    const candidates: Command[] = [
      ...this.project.environments.map((dir) => ({ program: join(dir, WINDOWS ? 'Scripts' : 'bin', WINDOWS ? 'ruff.exe' : 'ruff'), args: [] })).filter((c) => existsSync(c.program)),
      { program: 'ruff', args: [] },
    ];
    for (const c of candidates) {
      const v = await this.version(c);
      if (v === undefined) continue;
      if (this.options.ruffVersion && v !== this.options.ruffVersion) {
        return { ok: false, reason: `ruff ${v} is on the runner (${c.program}) but ruff-version asks for ${this.options.ruffVersion}`, fix: `install that release (pip install ruff==${this.options.ruffVersion}), or use uv, which runs it with uvx` };
      }
      return { ok: true, command: c, why: `ruff ${v} (${c.program === 'ruff' ? 'on PATH' : c.program})` };
    }
    return { ok: false, reason: 'ruff is not installed', fix: this.installLine('ruff') };
  }

  /** The `twine-version` input ("" when unset), for twine check under uv (packaging-tools.ts). */
  get twineVersion(): string {
    return this.options.twineVersion;
  }

  /** bandit under uv: a uv tool at the project's pin (never a project dependency, never the project's environment). */
  bandit(): Resolution & { why?: string } {
    if (this.problem) return { ok: false, ...this.problem };
    const pin = pinTool({ tool: 'bandit', locked: lockedVersion(this.project.uvLock?.doc, 'bandit'), input: this.options.banditVersion, fallback: BANDIT_PIN });
    return { ok: true, command: { program: 'uvx', args: [pin.spec] }, why: pin.why };
  }

  private async version(c: Command): Promise<string | undefined> {
    const r = await runProcess(c.program, [...c.args, '--version'], { cwd: this.project.dir, ...PROBE }).catch(() => undefined);
    return r?.exitCode === 0 ? /(\d+\.\d+\.\d+)/.exec(r.stdout)?.[1] : undefined;
  }
}

export async function runTool(command: Command, cwd: string, timeoutMs: number): Promise<ProcessResult> {
  return runProcess(command.program, command.args, { cwd, timeoutMs, env: { PYTHONDONTWRITEBYTECODE: '1', NO_COLOR: '1', ...command.env } });
}

/** `python -m X` failed because X is not installed for that interpreter. */
export function missingModule(r: ProcessResult, module: string): boolean {
  return r.exitCode !== 0 && new RegExp(`No module named ${module}\\b`).test(r.stderr);
}
