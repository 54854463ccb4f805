/**
 * Everything the planner reads from git for several packages: each package's previous release
 * (found as for one package, by its own component in the tags) and the one walk release-please
 * makes for all of them. A shallow clone is unshallowed at once (the walk may need the oldest
 * package's release), a clone without the tags the manifest names fetches them.
 */
import type { RawCommit } from '../../core/commits/raw-commit.js';
import { manifestWalk } from '../../core/manifest-walk.js';
import { findPreviousRelease, type PreviousRelease } from '../../core/previous-release.js';
import type { TagStyle } from '../../core/version/tag-name.js';
import type { GitRepository, TagInfo } from './repository.js';

export interface ManifestHistoryRequest {
  head: string;
  packages: ReadonlyArray<{ path: string; manifestVersion: string | undefined; tagStyle: TagStyle }>;
  bootstrapSha?: string;
  lastReleaseSha?: string;
  commitSearchDepth: number;
  releaseSearchDepth: number;
}

export interface ManifestHistory {
  previous: Record<string, PreviousRelease | null>;
  /** The whole walk, newest first (split by package in core). */
  commits: RawCommit[];
  notices: string[];
}

export async function readManifestHistory(git: GitRepository, req: ManifestHistoryRequest, known: { tags: TagInfo[]; shallow: boolean }): Promise<ManifestHistory> {
  const notices: string[] = [];
  const find = (tags: readonly TagInfo[]) => Object.fromEntries(req.packages.map((p) => [p.path, findPreviousRelease(p.manifestVersion, p.tagStyle, tags, req.releaseSearchDepth)]));
  let previous = find(known.tags);
  const missing = () => Object.values(previous).some((p) => p !== null && !p.sha);
  if (known.shallow) {
    await git.unshallow();
    previous = find(await git.tagsReachableFrom(req.head));
    notices.push('the clone was shallow: fetched the whole history, as several packages may each stop at their own release (set fetch-depth: 0 on actions/checkout to skip this)');
  } else if (missing()) {
    await git.fetchTags();
    previous = find(await git.tagsReachableFrom(req.head));
  }
  const walk = manifestWalk(Object.values(previous).map((p) => p?.sha ?? null), req);
  const commits = walk.cut(await git.log(req.head, walk.stops, req.commitSearchDepth));
  return { previous, commits, notices };
}
