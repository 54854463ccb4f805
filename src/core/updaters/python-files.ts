/**
 * setup.py, setup.cfg and `__version__` files, with release-please's regexes — first match
 * only, `(-\w+)?` suffix (so dotted pre-releases are left stale), and setup.cfg's first
 * `version =` anywhere (even `python_version`): matched on purpose, see the README.
 */
export function updateSetupPy(content: string, version: string): string {
  return content.replace(/(version ?= ?["'])[0-9]+\.[0-9]+\.[0-9]+(?:-\w+)?(["'])/, `$1${version}$2`);
}

export function updateSetupCfg(content: string, version: string): string {
  return content.replace(/(version ?= ?)[0-9]+\.[0-9]+\.[0-9]+(?:-\w+)?/, `$1${version}`);
}

export function updateVersionVariable(content: string, version: string): string {
  return content.replace(/(__version__ ?= ?["'])[0-9]+\.[0-9]+\.[0-9]+(?:-\w+)?(["'])/, `$1${version}$2`);
}
