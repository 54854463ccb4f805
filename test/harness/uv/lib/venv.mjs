// Virtual environments, real ones: created by the interpreter's own `venv` module without pip
// (uv seeds no pip either: https://docs.astral.sh/uv/pip/environments/), with uv's keys added to
// pyvenv.cfg (`uv`, `version_info`, `implementation`), inspected the way uv classifies a project
// environment directory (missing, empty, a virtual environment, a directory that is not one).
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from './report.mjs';

export const UV_VERSION = '0.13.8';

export function readCfg(dir) {
  let text;
  try {
    text = readFileSync(join(dir, 'pyvenv.cfg'), 'utf8');
  } catch {
    return undefined;
  }
  const cfg = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^=#]+?)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) cfg[m[1].toLowerCase()] = m[2];
  }
  return cfg;
}

/**
 * What is at `dir`: `missing`, `empty`, `notdir`, `venv` (with `versionInfo` from pyvenv.cfg and
 * a working `bin/python`), `broken` (a pyvenv.cfg without a usable interpreter), `foreign` (files,
 * no pyvenv.cfg, no interpreter) or `system` (an interpreter prefix that is not a virtualenv).
 */
export function inspectEnvironment(dir) {
  let st;
  try {
    st = statSync(dir);
  } catch {
    return { kind: 'missing' };
  }
  if (!st.isDirectory()) return { kind: 'notdir' };
  if (readdirSync(dir).length === 0) return { kind: 'empty' };
  const cfg = readCfg(dir);
  const python = join(dir, 'bin', 'python');
  const hasPython = existsSync(python); // follows the symlink: a removed base interpreter is "broken"
  if (cfg) {
    const version = cfg.version_info ?? cfg.version;
    if (!hasPython || !version) return { kind: 'broken', cfg };
    return { kind: 'venv', cfg, python, versionInfo: version.split('.').map((x) => Number.parseInt(x, 10)) };
  }
  return hasPython ? { kind: 'system', python } : { kind: 'foreign' };
}

export function sitePackages(dir, versionInfo) {
  return join(dir, 'lib', `python${versionInfo[0]}.${versionInfo[1]}`, 'site-packages');
}

export function removeEnvironment(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/** `python -m venv --without-pip DIR` with the chosen interpreter, then uv's pyvenv.cfg keys. */
export function createEnvironment(dir, info, { prompt, systemSitePackages = false } = {}) {
  const args = ['-m', 'venv', '--without-pip', ...(systemSitePackages ? ['--system-site-packages'] : []), ...(prompt ? ['--prompt', prompt] : []), dir];
  const r = spawnSync(info.path, args, { encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
  if (r.status !== 0) fail(`Failed to create virtual environment\n  Caused by: ${(r.stderr || r.stdout || `exit ${r.status}`).trim()}`, 2);
  appendFileSync(join(dir, 'pyvenv.cfg'), `implementation = CPython\nuv = ${UV_VERSION}\nversion_info = ${info.version}\n`);
  return { dir, python: join(dir, 'bin', 'python'), versionInfo: info.versionInfo, site: sitePackages(dir, info.versionInfo) };
}
