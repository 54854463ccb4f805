// Running the requested command the way `uv run` does (https://docs.astral.sh/uv/concepts/projects/run/):
// the environment's `bin/` first on PATH and VIRTUAL_ENV set (so `python` is the environment's
// interpreter), PYTHONHOME removed, signals forwarded, uv's exit code = the command's. A command
// that cannot be started: `error: Failed to spawn: \`X\`` with the OS error, exit 2.
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const OS_ERRORS = { ENOENT: 'No such file or directory (os error 2)', EACCES: 'Permission denied (os error 13)', ENOEXEC: 'Exec format error (os error 8)' };

function findOnPath(name, path) {
  if (name.includes('/')) return name;
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // keep looking
    }
  }
  return undefined;
}

/** Runs `argv` with `bin` first on PATH (and VIRTUAL_ENV = `venv` when given); resolves with uv's exit code. */
export function runCommand(argv, { bin, venv, cwd, extraEnv = {} }) {
  const env = { ...process.env, ...extraEnv };
  env.PATH = bin ? `${bin}${delimiter}${env.PATH ?? ''}` : (env.PATH ?? '');
  if (venv) env.VIRTUAL_ENV = venv;
  delete env.PYTHONHOME;
  const program = findOnPath(argv[0], env.PATH);
  return new Promise((resolvePromise) => {
    const failSpawn = (code) => {
      process.stderr.write(`error: Failed to spawn: \`${argv[0]}\`\n  Caused by: ${OS_ERRORS[code] ?? code}\n`);
      resolvePromise(2);
    };
    if (program === undefined) return failSpawn('ENOENT');
    const child = spawn(program, argv.slice(1), { stdio: 'inherit', env, cwd, argv0: argv[0] });
    const forward = (signal) => () => child.kill(signal);
    const handlers = ['SIGTERM', 'SIGINT', 'SIGHUP'].map((s) => [s, forward(s)]);
    for (const [s, h] of handlers) process.on(s, h);
    child.on('error', (e) => failSpawn(e.code));
    child.on('exit', (code, signal) => {
      for (const [s, h] of handlers) process.off(s, h);
      resolvePromise(code ?? 128 + (signal === 'SIGKILL' ? 9 : signal === 'SIGINT' ? 2 : 15));
    });
  });
}
