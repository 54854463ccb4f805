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
  /** Read each commit's files (default); false when they decide nothing (core/package-path.ts commitFilesMatter). */
  files?: boolean;
}

export interface ReleaseHistory {
  previous: PreviousRelease | null;
  /** The commits since the previous release, newest first; empty when they went to `onCommit`. */
  commits: RawCommit[];
  notices: string[];
}

/** Where commits go as git writes them, and how to start again when the walk must be redone. */
export interface CommitSink {
  add(commit: RawCommit): void;
  reset(): void;
}

/**
 * What the caller already fetched in parallel, to save round trips. `tags` may be every tag
 * (`reachable: false`, GitRepository.allTags): release-please only meets releases on the walk
 * from head, which `for-each-ref --merged` reproduces at the cost of a history walk in front of
 * ours. Picking from every tag gives the same release whenever the one picked is on the branch
 * (one newer in the list and reachable would have been picked instead), and the walk proves
 * that when it stops there; otherwise git is asked, and only when the tag is not an ancestor is
 * the history read again from the reachable tags (`reachableTags`).
 */
export interface KnownRefs {
  tags: TagInfo[];
  shallow: boolean;
  reachable?: boolean;
  reachableTags?: () => Promise<TagInfo[]>;
}

/** With `sink`, each commit goes there as git writes it, and none is kept. */
export async function readReleaseHistory(git: GitRepository, req: HistoryRequest, known?: KnownRefs, sink?: CommitSink): Promise<ReleaseHistory> {
  const [listed, shallow] = known ? [known.tags, known.shallow] : await Promise.all([git.tagsReachableFrom(req.head), git.isShallow()]);
  const reachableTags = known?.reachableTags ?? (() => git.tagsReachableFrom(req.head));
  const proven = !known || known.reachable !== false;
  // A shallow clone deepens by what reachability finds, and past release-search-depth tags the
  // first ones listed may differ: both ask git which tags are on the branch first.
  if (proven || shallow || listed.length > req.releaseSearchDepth) return readFrom(git, req, proven ? listed : await reachableTags(), shallow, sink);
  const first = await readFrom(git, req, listed, shallow, sink);
  const picked = first.previous?.sha;
  if (!picked || first.stoppedAt === picked || (await git.isAncestor(picked, req.head))) return first;
  sink?.reset();
  return readFrom(git, req, await reachableTags(), shallow, sink);
}

async function readFrom(git: GitRepository, req: HistoryRequest, tags: TagInfo[], shallow: boolean, sink: CommitSink | undefined): Promise<ReleaseHistory & { stoppedAt?: string }> {
  const notices: string[] = [];
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
  const commits: RawCommit[] = [];
  const end = await git.eachCommit(req.head, stops, req.commitSearchDepth, sink ? (c) => sink.add(c) : (c) => void commits.push(c), { files: req.files ?? true });
  return { previous, commits, notices, ...(end.stoppedAt && { stoppedAt: end.stoppedAt }) };
}

async function lookup(git: GitRepository, req: HistoryRequest): Promise<PreviousRelease | null> {
  const tags = await git.tagsReachableFrom(req.head);
  return findPreviousRelease(req.manifestVersion, req.tagStyle, tags, req.releaseSearchDepth);
}
