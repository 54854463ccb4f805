// The environment variables the stand-in honours, as uv documents them
// (https://docs.astral.sh/uv/reference/environment/), plus its own UVSTANDIN_* inputs.
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const env = process.env;

/** uv's boolean variables accept 1/0, true/false, yes/no, on/off. */
export function envFlag(name) {
  const v = env[name];
  if (v === undefined || v === '') return false;
  return ['1', 'true', 'yes', 'on', 'y', 't'].includes(v.toLowerCase());
}

export function envValue(name) {
  const v = env[name];
  return v === undefined || v === '' ? undefined : v;
}

/** UV_CACHE_DIR, else $XDG_CACHE_HOME/uv, else ~/.cache/uv (https://docs.astral.sh/uv/concepts/cache/#cache-directory). */
export function cacheDir(flag) {
  if (flag) return resolve(flag);
  const fromEnv = envValue('UV_CACHE_DIR');
  if (fromEnv) return resolve(fromEnv);
  const xdg = envValue('XDG_CACHE_HOME');
  return join(xdg ?? join(homedir(), '.cache'), 'uv');
}

/** UV_PYTHON_INSTALL_DIR, else $XDG_DATA_HOME/uv/python, else ~/.local/share/uv/python. */
export function pythonInstallDir() {
  const fromEnv = envValue('UV_PYTHON_INSTALL_DIR');
  if (fromEnv) return resolve(fromEnv);
  const xdg = envValue('XDG_DATA_HOME');
  return join(xdg ?? join(homedir(), '.local', 'share'), 'uv', 'python');
}

/** `automatic` (default), `manual` (only `uv python install`) or `never` (UV_PYTHON_DOWNLOADS, --no-python-downloads). */
export function pythonDownloads(globals) {
  if (globals.noPythonDownloads) return 'never';
  const v = envValue('UV_PYTHON_DOWNLOADS');
  if (v === undefined) return 'automatic';
  if (['never', 'manual', 'automatic'].includes(v)) return v;
  if (['0', 'false', 'no', 'off'].includes(v.toLowerCase())) return 'never';
  return 'automatic';
}

/** `managed` (default: managed installs first, then the search path), `only-system`, `system`, `only-managed`. */
export function pythonPreference(globals) {
  if (globals.managedPython) return 'only-managed';
  if (globals.noManagedPython) return 'only-system';
  return globals.pythonPreference ?? envValue('UV_PYTHON_PREFERENCE') ?? 'managed';
}

export function offline(globals) {
  return globals.offline || envFlag('UV_OFFLINE');
}

/** The stand-in's own inputs: where "PyPI" and the Python downloads are (built by test/harness/python-runner.ts). */
export const standin = {
  registry: () => envValue('UVSTANDIN_REGISTRY'),
  pythonMirror: () => envValue('UVSTANDIN_PYTHON_MIRROR'),
  /** The Python that runs lib/../python/uvcore.py: it needs `packaging` and `tomllib` (Debian's python3). */
  helperPython: () => envValue('UVSTANDIN_HELPER_PYTHON') ?? '/usr/bin/python3',
  /** The Python whose Debian tools (bandit, mypy, twine, build + hatchling) `uvx` and `uv build` use. */
  toolPython: () => envValue('UVSTANDIN_TOOL_PYTHON') ?? '/usr/bin/python3',
};

/** Where uv keeps its process locks: the system temporary directory (std::env::temp_dir honours TMPDIR). */
export function lockDir() {
  return tmpdir();
}
