/**
 * The version a release tag stands for, read with the project's own tag format (the one the
 * release stage writes tags with), and the GitHub release's pre-release flag held against it.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { formatTag, versionOfTagInStyle, type TagStyle } from '../version/tag-name.js';
import { normalizePep440 } from './pep440.js';

export function versionOfReleaseTag(tagName: string, style: TagStyle, where: { input: string; configFile: string }): string {
  // Tags written by hand for a PEP 440 pre-release (v1.2.0rc1) are read too when the config writes SemVer (v1.2.0-rc.1), and the other way round.
  const other: TagStyle = { ...style, notation: style.notation === 'pep440' ? 'semver' : 'pep440' };
  const version = versionOfTagInStyle(tagName, style) ?? versionOfTagInStyle(tagName, other);
  if (version !== undefined) return version;
  const example = formatTag(style.notation === 'pep440' ? '1.2.3rc1' : '1.2.3', style);
  throw new PyreleaseError('PUBLISH_TAG_NOT_A_RELEASE', `${where.input} ${JSON.stringify(tagName)} is not a release tag of this project: ${where.configFile} makes tags like ${example}`, {
    key: where.input,
    fix: `publish a tag written as ${example} (component, tag-separator, include-v-in-tag and include-component-in-tag of ${where.configFile} decide the form), or pass version: with the version it stands for`,
  });
}

/** PEP 440 pre-releases: a, b, rc and dev releases (what pip skips without --pre). */
export function isPep440PreRelease(version: string): boolean {
  const normal = normalizePep440(version);
  return normal !== undefined && /(a|b|rc)\d+|\.dev\d+/.test(normal.split('+')[0]!);
}

export function assertPreReleaseMatches(tagName: string, version: string): void {
  if (isPep440PreRelease(version)) return;
  throw new PyreleaseError('PUBLISH_PRERELEASE_MISMATCH', `the GitHub release ${tagName} is marked pre-release, but ${version} is a final release in PEP 440 (pip would install it as the latest)`, {
    key: 'release.prerelease',
    fix: 'untick "Set as a pre-release" on the GitHub release, or release a pre-release version such as 1.2.3rc1 (versioning: pep440 writes those)',
  });
}
