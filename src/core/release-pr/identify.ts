/**
 * Recognises pyrelease's (and release-please's) release PR by its head branch and labels —
 * never by its title: a changed title pattern must not strand a PR (docs/adr/0001).
 */
export interface PullRequestFacts {
  headRef: string;
  baseRef: string;
  labels: readonly string[];
}

export function isReleasePullRequest(pr: PullRequestFacts, headBranch: string, targetBranch: string, labels: readonly string[]): boolean {
  const have = new Set(pr.labels.map((l) => l.toLowerCase()));
  return pr.headRef === headBranch && pr.baseRef === targetBranch && labels.every((l) => have.has(l.toLowerCase()));
}
