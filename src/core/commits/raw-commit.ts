/** A commit as the git adapter (or a synthetic test case) hands it to the planner. */
export interface RawCommit {
  /** Full 40-hex sha. Several conventional commits split from one message share it. */
  sha: string;
  /** The whole message: subject, blank line, body, footers. */
  message: string;
  /** Paths the commit touched (repository-relative), when known: for exclude-paths. */
  files?: string[];
  /** The pull request GitHub associates with the commit, when known. */
  pullRequest?: { number: number; body?: string | null };
}
