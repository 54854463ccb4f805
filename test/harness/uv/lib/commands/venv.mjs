// `uv venv [PATH] [--python X] [--seed] [--clear] [--system-site-packages] [--prompt P]`
// (https://docs.astral.sh/uv/pip/environments/): a virtual environment (default `.venv`) with the
// discovered interpreter, without pip unless `--seed`; an existing environment is replaced only
// with `--clear` (or UV_VENV_CLEAR), as uv now requires.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parse } from '../cli.mjs';
import { findOrDownload, usingLine } from '../interpreters.mjs';
import { parseRequest } from '../python-request.mjs';
import { display, fail, say } from '../report.mjs';
import { envFlag, envValue } from '../settings.mjs';
import { createEnvironment, inspectEnvironment, removeEnvironment } from '../venv.mjs';

const VENV = {
  '--python': { key: 'python', value: true },
  '-p': { key: 'python', value: true },
  '--seed': { key: 'seed' },
  '--clear': { key: 'clear' },
  '-c': { key: 'clear' },
  '--allow-existing': { key: 'allowExisting' },
  '--system-site-packages': { key: 'systemSitePackages' },
  '--prompt': { key: 'prompt', value: true },
};

export function venv(args, ctx) {
  const { opts, positionals } = parse(args, VENV, { usage: 'uv venv [OPTIONS] [PATH]', globals: ctx.globals });
  const dir = resolve(positionals[0] ?? envValue('UV_PROJECT_ENVIRONMENT') ?? '.venv');
  const info = findOrDownload(parseRequest(opts.python ?? envValue('UV_PYTHON') ?? ''), { cache: ctx.cache, globals: ctx.globals, sources: 'virtual environments, managed installations, or search path' });
  say(usingLine(info, (p) => display(p)));
  say(`Creating virtual environment${opts.seed ? ' with seed packages' : ''} at: ${display(dir)}`);
  const existing = inspectEnvironment(dir);
  const clear = opts.clear || envFlag('UV_VENV_CLEAR');
  if (existing.kind === 'venv' || existing.kind === 'broken') {
    if (clear) removeEnvironment(dir);
    else if (!opts.allowExisting) fail(`Failed to create virtual environment\n  Caused by: A virtual environment already exists at: ${display(dir)}\n\nhint: Use the \`--clear\` flag or set \`UV_VENV_CLEAR=1\` to replace the existing virtual environment`, 2);
  } else if (existing.kind === 'foreign' || existing.kind === 'system' || existing.kind === 'notdir') {
    if (!clear) fail(`Failed to create virtual environment\n  Caused by: A directory already exists at: ${display(dir)}\n\nhint: Use the \`--clear\` flag or set \`UV_VENV_CLEAR=1\` to replace the existing directory`, 2);
    removeEnvironment(dir);
  }
  const env = inspectEnvironment(dir).kind === 'venv' ? undefined : createEnvironment(dir, info, { prompt: opts.prompt, systemSitePackages: Boolean(opts.systemSitePackages) });
  if (opts.seed && env) {
    const r = spawnSync(env.python, ['-m', 'ensurepip', '--default-pip'], { encoding: 'utf8' });
    if (r.status !== 0) fail(`Failed to seed the virtual environment with pip\n  Caused by: ${r.stderr.trim()}`, 2);
  }
  say(`Activate with: source ${display(join(dir, 'bin', 'activate'))}`);
  return 0;
}
