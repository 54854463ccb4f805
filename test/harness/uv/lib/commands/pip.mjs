// `uv pip install|uninstall|list|freeze|show` (https://docs.astral.sh/uv/pip/): the same meaning
// through real pip (Debian's, run for the target interpreter with `pip --python`). The target is
// `--python`, else the active VIRTUAL_ENV, else the nearest `.venv`; without one, uv's error.
// Options map to pip's (`--index-url`, `--extra-index-url`, `--find-links`, `--no-cache`,
// `--no-deps`, `--upgrade`, `--reinstall`, `-r`); pip's own output goes to stderr, as uv's does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from '../cli.mjs';
import { fail } from '../report.mjs';
import { envValue, standin } from '../settings.mjs';

const PIP = {
  '--python': { key: 'python', value: true },
  '-p': { key: 'python', value: true },
  '--system': { key: 'system' },
  '--index-url': { key: 'indexUrl', value: true },
  '-i': { key: 'indexUrl', value: true },
  '--default-index': { key: 'indexUrl', value: true },
  '--extra-index-url': { key: 'extraIndexUrl', value: true, multi: true },
  '--find-links': { key: 'findLinks', value: true, multi: true },
  '-f': { key: 'findLinks', value: true, multi: true },
  '--no-index': { key: 'noIndex' },
  '--no-deps': { key: 'noDeps' },
  '--upgrade': { key: 'upgrade' },
  '-U': { key: 'upgrade' },
  '--reinstall': { key: 'reinstall' },
  '--requirements': { key: 'requirements', value: true, multi: true },
  '-r': { key: 'requirements', value: true, multi: true },
  '--format': { key: 'format', value: true },
};

function target(opts) {
  if (opts.python) return resolve(opts.python);
  if (opts.system) return standin.toolPython();
  const active = envValue('VIRTUAL_ENV');
  if (active) return join(active, 'bin', 'python');
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.venv', 'pyvenv.cfg'))) return join(dir, '.venv', 'bin', 'python');
    if (dirname(dir) === dir) break;
  }
  fail('No virtual environment found; run `uv venv` to create an environment, or pass `--system` to install into a non-virtual environment', 2);
}

export function pip(args, ctx) {
  const [sub, ...rest] = args;
  if (!['install', 'uninstall', 'list', 'freeze', 'show'].includes(sub ?? '')) fail(`uv stand-in: \`uv pip ${sub ?? ''}\` is not implemented (install, uninstall, list, freeze, show are)`, 2);
  const { opts, positionals } = parse(rest, PIP, { usage: `uv pip ${sub} [OPTIONS]`, globals: ctx.globals });
  const python = target(opts);
  const pipArgs = ['-m', 'pip', '--python', python, sub, '--disable-pip-version-check'];
  if (sub === 'install') {
    if (ctx.globals.noCache) pipArgs.push('--no-cache-dir');
    if (opts.indexUrl) pipArgs.push('--index-url', opts.indexUrl);
    for (const u of opts.extraIndexUrl ?? []) pipArgs.push('--extra-index-url', u);
    for (const f of opts.findLinks ?? []) pipArgs.push('--find-links', f);
    if (opts.noIndex) pipArgs.push('--no-index');
    if (opts.noDeps) pipArgs.push('--no-deps');
    if (opts.upgrade) pipArgs.push('--upgrade');
    if (opts.reinstall) pipArgs.push('--force-reinstall');
    for (const r of opts.requirements ?? []) pipArgs.push('-r', r);
  }
  if (sub === 'uninstall') pipArgs.push('--yes');
  if (opts.format) pipArgs.push('--format', opts.format);
  if (ctx.globals.quiet) pipArgs.push('--quiet');
  pipArgs.push(...positionals);
  const listing = sub === 'list' || sub === 'freeze' || sub === 'show';
  const r = spawnSync(standin.toolPython(), pipArgs, { encoding: 'utf8', env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1', PIP_NO_INPUT: '1', PIP_BREAK_SYSTEM_PACKAGES: opts.system ? '1' : '' } });
  // Listings are the command's output (stdout); an installer's progress is uv's stderr.
  if (r.stdout) (listing ? process.stdout : process.stderr).write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  return r.status ?? 2;
}
