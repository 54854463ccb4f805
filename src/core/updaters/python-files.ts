/**
 * setup.py, setup.cfg and `__version__` files, with release-please's regexes — first match
 * only, `(-\w+)?` suffix (so dotted pre-releases are left stale), and setup.cfg's first
 * `version =` anywhere (even `python_version`): matched on purpose, see the README.
 * With versioning: pep440 the old version is matched in any PEP 440 spelling instead.
 */
import { PEP440_IN_TEXT } from '../version/pep440-version.js';
import type { VersionNotation } from '../version/version.js';

const SEMVER_SUFFIXED = /[0-9]+\.[0-9]+\.[0-9]+(?:-\w+)?/.source;

function oldVersion(notation: VersionNotation): string {
  return notation === 'pep440' ? PEP440_IN_TEXT.source : SEMVER_SUFFIXED;
}

export function updateSetupPy(content: string, version: string, notation: VersionNotation = 'semver'): string {
  return content.replace(new RegExp(`(version ?= ?["'])${oldVersion(notation)}(["'])`, notation === 'pep440' ? 'i' : ''), `$1${version}$2`);
}

export function updateSetupCfg(content: string, version: string, notation: VersionNotation = 'semver'): string {
  return content.replace(new RegExp(`(version ?= ?)${oldVersion(notation)}`, notation === 'pep440' ? 'i' : ''), `$1${version}`);
}

export function updateVersionVariable(content: string, version: string, notation: VersionNotation = 'semver'): string {
  return content.replace(new RegExp(`(__version__ ?= ?["'])${oldVersion(notation)}(["'])`, notation === 'pep440' ? 'i' : ''), `$1${version}$2`);
}
