// `uv run [OPTIONS] [--] COMMAND…` (https://docs.astral.sh/uv/concepts/projects/run/): find or
// create the project environment (under the project lock), lock and sync it (under the
// environment lock), release both, then run the command in it. `--isolated` uses a fresh
// temporary environment for this run only (the project environment is not touched) and does not
// write uv.lock; `--no-sync` skips locking and syncing; outside a project the command runs with
// the discovered interpreter's directory first on PATH.
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SELECTION, parse } from '../cli.mjs';
import { withLock } from '../filelock.mjs';
import { findOrDownload } from '../interpreters.mjs';
import { lockAndSync, withEnvDefaults } from '../lock-sync.mjs';
import { discoverProject, projectPythonRequest, workingDir } from '../project.mjs';
import { environmentLockPath, isolatedInterpreter, projectEnvironment } from '../project-env.mjs';
import { fail } from '../report.mjs';
import { runCommand } from '../spawn.mjs';
import { createEnvironment } from '../venv.mjs';

// uv tells its children where it is (https://docs.astral.sh/uv/reference/environment/#uv).
const UV_ENV = { UV: process.argv[1] ?? 'uv' };

const RUN = {
  ...SELECTION,
  '--module': { key: 'module' },
  '-m': { key: 'module' },
  '--no-project': { key: 'noProject' },
  '--with': { key: 'with', value: true, multi: true },
  '--with-requirements': { key: 'withRequirements', value: true, multi: true },
  '--env-file': { key: 'envFile', value: true, multi: true },
  '--script': { key: 'script' },
};

function argvFor(rest, opts, python) {
  if (opts.module) return [python, '-m', ...rest];
  const first = rest[0];
  if (first.endsWith('.py')) {
    try {
      if (statSync(first).isFile()) return [python, ...rest];
    } catch {
      // not a file: run it as a command (uv would too)
    }
  }
  return rest;
}

export async function run(args, ctx) {
  const { opts: raw, rest } = parse(args, RUN, { usage: 'uv run [OPTIONS] [COMMAND]', stopAtPositional: true, globals: ctx.globals });
  const opts = withEnvDefaults(raw);
  if (opts.with || opts.withRequirements || opts.envFile || opts.script) fail('uv stand-in: `uv run --with`, `--with-requirements`, `--env-file` and `--script` are not implemented (test/harness/uv/lib/main.mjs)', 2);
  if (rest.length === 0) fail('Provide a command or script to invoke with `uv run <command>` or `uv run <script>.py`', 2);
  const cwd = workingDir(ctx.globals);
  const project = opts.noProject ? undefined : discoverProject(ctx.globals);

  if (!project) {
    const { req } = projectPythonRequest(undefined, opts.python, ctx.globals);
    const info = findOrDownload(req, { cache: ctx.cache, globals: ctx.globals, sources: 'virtual environments, managed installations, or search path' });
    return runCommand(argvFor(rest, opts, info.executable), { bin: dirname(info.executable), cwd, extraEnv: UV_ENV });
  }

  if (opts.isolated) {
    const info = isolatedInterpreter(project, opts, ctx);
    mkdirSync(join(ctx.cache, 'builds-v0'), { recursive: true });
    const dir = mkdtempSync(join(ctx.cache, 'builds-v0', '.tmp'));
    rmSync(dir, { recursive: true });
    try {
      const env = createEnvironment(dir, info, {});
      lockAndSync(project, env, opts, ctx, { command: 'run' });
      return await runCommand(argvFor(rest, opts, env.python), { bin: join(env.dir, 'bin'), venv: env.dir, cwd, extraEnv: UV_ENV });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const env = projectEnvironment(project, opts, ctx);
  if (!opts.noSync) withLock(environmentLockPath(env), () => lockAndSync(project, env, opts, ctx, { command: 'run', exact: Boolean(opts.exact) }));
  return runCommand(argvFor(rest, opts, env.python), { bin: join(env.dir, 'bin'), venv: env.dir, cwd, extraEnv: UV_ENV });
}
