/** Tag names as release-please builds and parses them: [component separator][v]version. */
import { formatVersion, tryParseVersion, type Version, type VersionNotation } from './version.js';

export interface TagStyle {
  /** Empty when the component is not part of the tag. */
  component: string;
  separator: string;
  includeV: boolean;
  /** How the versions in these tags are spelled (default: release-please's SemVer). */
  notation?: VersionNotation;
}

export function formatTag(version: Version | string, style: TagStyle): string {
  const v = typeof version === 'string' ? version : formatVersion(version);
  return style.component ? `${style.component}${style.separator}${style.includeV ? 'v' : ''}${v}` : `${style.includeV ? 'v' : ''}${v}`;
}

const TAG = /^((?<component>.*)(?<separator>[^a-zA-Z0-9]))?(?<v>v)?(?<version>\d+\.\d+\.\d+.*)$/;

export interface ParsedTag {
  component: string;
  separator: string | undefined;
  includeV: boolean;
  version: Version;
  /** The version text as the tag spells it. */
  versionText: string;
}

export function parseTag(name: string, notation: VersionNotation = 'semver'): ParsedTag | undefined {
  const g = TAG.exec(name)?.groups;
  if (!g) return undefined;
  const version = tryParseVersion(g.version!, notation);
  if (!version) return undefined;
  return { component: g.component ?? '', separator: g.separator, includeV: g.v !== undefined, version, versionText: g.version! };
}

/**
 * The version a tag names in exactly this style, or undefined: only a tag that formatTag() would
 * write for its version matches (parse(format(v)) == v), so `v1.2.3` is not a release of a
 * project whose tags are `1.2.3`, nor `pkg-v1.2.3` of the component `other`.
 */
export function versionOfTagInStyle(name: string, style: TagStyle): string | undefined {
  const prefix = formatTag('', style);
  if (!name.startsWith(prefix)) return undefined;
  const version = tryParseVersion(name.slice(prefix.length), style.notation);
  return version && formatTag(version, style) === name ? formatVersion(version) : undefined;
}
