/**
 * Which release the next one follows, found as release-please 17.11.2 finds it in manifest
 * mode (release-please-behaviour.md §2.1): the manifest's version decides, not the newest tag.
 */
import { formatTag, parseTag, type TagStyle } from './version/tag-name.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { formatVersion, tryParseVersion } from './version/version.js';

export interface TagRef {
  name: string;
  sha: string;
}

export interface PreviousRelease {
  version: string;
  /** The tag as it is spelled (compare links use it verbatim). */
  tag: string;
  /** null when only the manifest knows the version (no tag found): the walk then bootstraps. */
  sha: string | null;
  /** How it was found, for the preview's "why". */
  source: 'tag-with-manifest-version' | 'expected-tag-name' | 'manifest-only';
}

export function findPreviousRelease(manifestVersion: string | undefined, style: TagStyle, tagsNewestFirst: readonly TagRef[], releaseSearchDepth = 400): PreviousRelease | null {
  if (manifestVersion === undefined) return null;
  const wanted = tryParseVersion(manifestVersion, style.notation);
  if (!wanted) {
    // Only PEP 440 is stricter than the manifest's own check: say so rather than start from scratch.
    throw new PyreleaseError('MANIFEST_BAD_VERSION', `the manifest's version ${JSON.stringify(manifestVersion)} is not a PEP 440 version pyrelease can continue from (versioning: pep440)`, {
      fix: 'write the version last released as X.Y.Z, X.Y.ZaN, X.Y.ZbN, X.Y.ZrcN or X.Y.Z.devN',
    });
  }
  const wantedText = formatVersion(wanted);
  for (const tag of tagsNewestFirst.slice(0, releaseSearchDepth)) {
    const parsed = parseTag(tag.name, style.notation);
    // A tag of another component belongs to another package (release-please skips it).
    if (!parsed || parsed.component !== style.component) continue;
    if (formatVersion(parsed.version) === wantedText) return { version: wantedText, tag: tag.name, sha: tag.sha, source: 'tag-with-manifest-version' };
  }
  const expected = formatTag(wanted, style);
  const exact = tagsNewestFirst.find((t) => t.name === expected);
  if (exact) return { version: wantedText, tag: expected, sha: exact.sha, source: 'expected-tag-name' };
  if (wantedText === '0.0.0') return null;
  return { version: wantedText, tag: expected, sha: null, source: 'manifest-only' };
}

/**
 * Where release-please's walk ends (newest first, first one met): the previous release's
 * commit, `last-release-sha`, and `bootstrap-sha` when no release commit is known; always
 * within commit-search-depth commits.
 */
export function walkStops(previous: PreviousRelease | null, opts: { bootstrapSha?: string; lastReleaseSha?: string }): Set<string> {
  const stops = new Set<string>();
  if (opts.lastReleaseSha) stops.add(opts.lastReleaseSha);
  if (previous?.sha) stops.add(previous.sha);
  else if (opts.bootstrapSha) stops.add(opts.bootstrapSha);
  return stops;
}
