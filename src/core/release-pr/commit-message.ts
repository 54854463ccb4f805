/**
 * The message of the release PR's one commit: the PR title, and with `signoff` the trailer
 * release-please's signoffCommitMessage appends (`\n\nSigned-off-by: Name <email>`).
 */
export function releaseCommitMessage(title: string, signoff: string | undefined): string {
  return signoff ? `${title}\n\nSigned-off-by: ${signoff}` : title;
}
