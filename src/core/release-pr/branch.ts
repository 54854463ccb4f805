/** The release PR's head branch: how pyrelease (and release-please) recognise their PR. */
export function releaseBranchName(targetBranch: string, component: string): string {
  return component ? `release-please--branches--${targetBranch}--components--${component}` : `release-please--branches--${targetBranch}`;
}

/** linked-versions' group PR (release-please's BranchName.ofGroupTargetBranch, the group name made branch-safe). */
export function linkedBranchName(targetBranch: string, groupName: string): string {
  return `release-please--branches--${targetBranch}--groups--${groupName.replace(/[^\w\d]/g, '-').replace(/-+/g, '-')}`;
}
