/** A commit as the git adapter (or a synthetic test case) hands it to the planner. */
export interface RawCommit {
  /** Full 40-hex sha. Several conventional commits split from one message share it. */
  sha: string;
  /** The whole message: subject, blank line, body, footers. */
  message: string;
  /** Paths the commit touched (repository-relative), when known: for exclude-paths. */
  files?: string[];
  /**
   * Who wrote it, when known: git gives name and email; GitHub's GraphQL history adds the login
   * (release-please's include-commit-authors shows `@login`, else the name).
   */
  author?: { name: string; email?: string; username?: string };
  /** The pull request GitHub associates with the commit, when known (BEGIN_COMMIT_OVERRIDE lives in its body). */
  pullRequest?: { number: number; title?: string; body?: string | null; labels?: string[] };
}
