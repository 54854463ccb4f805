/** The release PR's head branch: how pyrelease (and release-please) recognise their PR. */
export function releaseBranchName(targetBranch: string, component: string): string {
  return component ? `release-please--branches--${targetBranch}--components--${component}` : `release-please--branches--${targetBranch}`;
}
