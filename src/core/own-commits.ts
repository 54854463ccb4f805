/**
 * Responsible for the commits a plan is made from, taken one at a time as git writes them
 * (issue #21): each is seen through the working directory, kept when it belongs to the package
 * (release-please's CommitSplit and CommitExclude, package-path.ts) and parsed at once, so the
 * parse runs while git is still walking and no raw message outlives its commit.
 */
import type { ConventionalCommit } from './commits/conventional-commit.js';
import { parseCommitInto, type ParsedHistory } from './commits/parse.js';
import type { RawCommit } from './commits/raw-commit.js';
import type { PackageConfig } from './config/types.js';
import { packageFilter, type DirectoryView } from './package-path.js';

/** The package's commits since the previous release: how many, and what the parser made of them. */
export interface OwnCommits {
  count: number;
  parsed: ParsedHistory;
}

export interface OwnCommitsCollector {
  add(commit: RawCommit): void;
  /** Forget what was added: the walk is read again (adapters/git/release-history.ts). */
  reset(): void;
  done(): OwnCommits;
}

export function collectOwnCommits(pkg: Pick<PackageConfig, 'path' | 'excludePaths'>, view?: DirectoryView): OwnCommitsCollector {
  const belongs = packageFilter(pkg.path, pkg.excludePaths);
  const commits: ConventionalCommit[] = [];
  const warnings = new Set<string>();
  let count = 0;
  return {
    add(raw) {
      const seen = view ? view.commit(raw) : raw;
      if (!seen || !belongs(seen)) return;
      count++;
      parseCommitInto(seen, commits, warnings);
    },
    reset() {
      commits.length = 0;
      warnings.clear();
      count = 0;
    },
    done: () => ({ count, parsed: { commits, warnings: [...warnings] } }),
  };
}

/** The same for commits already read (tests, the preview's rewritten commits). */
export function ownCommitsOf(commits: readonly RawCommit[], pkg: Pick<PackageConfig, 'path' | 'excludePaths'>): OwnCommits {
  const collector = collectOwnCommits(pkg);
  for (const c of commits) collector.add(c);
  return collector.done();
}
