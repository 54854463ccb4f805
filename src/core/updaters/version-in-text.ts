/**
 * The version already written in a line or a JSON string, as the updaters find it before
 * replacing it: release-please's SemVer pattern, or any PEP 440 spelling under versioning: pep440
 * (where "1.2.0rc1" is more than SemVer's "1.2.0").
 */
import { PEP440_IN_TEXT } from '../version/pep440-version.js';
import type { Version } from '../version/version.js';

const SEMVER_IN_TEXT = /(\d+)\.(\d+)\.(\d+)(-([\w.]+))?(\+([-\w.]+))?/;

export function versionInText(v: Version): RegExp {
  return v.notation === 'pep440' ? PEP440_IN_TEXT : SEMVER_IN_TEXT;
}
