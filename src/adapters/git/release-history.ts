/**
 * Everything the planner reads from git for one plan: config and manifest at the ref, the
 * previous release, the commits since it, and the files updaters may edit. Deepens a shallow
 * clone (actions/checkout's fetch-depth: 1) until the previous release is reachable.
 */
import type { RawCommit } from '../../core/commits/raw-commit.js';
import { findPreviousRelease, walkStops, type PreviousRelease } from '../../core/previous-release.js';
import type { TagStyle } from '../../core/version/tag-name.js';
import type { GitRepository, TagInfo } from './repository.js';

export interface HistoryRequest {
  head: string;
  manifestVersion: string | undefined;
  tagStyle: TagStyle;
  bootstrapSha?: string;
  lastReleaseSha?: string;
  commitSearchDepth: number;
  releaseSearchDepth: number;
}

export interface ReleaseHistory {
  previous: PreviousRelease | null;
  /** The commits since the previous release, newest first; empty when they went to `onCommit`. */
  commits: RawCommit[];
  notices: string[];
}

/**
 * `known` carries what the caller already fetched in parallel (tags, shallowness), to save
 * round trips. With `onCommit`, each commit goes there as git writes it, and none is kept.
 */
export async function readReleaseHistory(git: GitRepository, req: HistoryRequest, known?: { tags: TagInfo[]; shallow: boolean }, onCommit?: (commit: RawCommit) => void): Promise<ReleaseHistory> {
  const notices: string[] = [];
  const [tags, shallow] = known ? [known.tags, known.shallow] : await Promise.all([git.tagsReachableFrom(req.head), git.isShallow()]);
  let previous = findPreviousRelease(req.manifestVersion, req.tagStyle, tags, req.releaseSearchDepth);
  if (shallow) {
    let depth = 50;
    for (let attempt = 0; !previous?.sha && attempt < 4; attempt++, depth *= 4) {
      await git.deepen(depth);
      previous = await lookup(git, req);
    }
    if (!previous?.sha && (await git.isShallow())) {
      await git.unshallow();
      previous = await lookup(git, req);
    }
    notices.push(`the clone was shallow: fetched more history${previous?.sha ? ` until ${previous.tag}` : ''} (set fetch-depth: 0 on actions/checkout to skip this)`);
  } else if (!previous?.sha && (previous !== null || !(await git.hasTags()))) {
    // The manifest names a release whose tag this clone lacks (made after the checkout, e.g. by the
    // run a re-run resumes): fetch tags rather than plan from the beginning of history.
    await git.fetchTags();
    previous = await lookup(git, req);
  }
  const stops = walkStops(previous, req);
  if (onCommit) {
    await git.eachCommit(req.head, stops, req.commitSearchDepth, onCommit);
    return { previous, commits: [], notices };
  }
  const commits = await git.log(req.head, stops, req.commitSearchDepth);
  return { previous, commits, notices };
}

async function lookup(git: GitRepository, req: HistoryRequest): Promise<PreviousRelease | null> {
  const tags = await git.tagsReachableFrom(req.head);
  return findPreviousRelease(req.manifestVersion, req.tagStyle, tags, req.releaseSearchDepth);
}
