/** Failures of the release stage: GitHub refusals, tags, release PRs. */
export const releaseErrors = {
  GITHUB_NO_TOKEN: { title: 'No GitHub token was given', fix: 'Leave the token input at its default (${{ github.token }}) or pass a GitHub App token.' },
  GITHUB_BAD_CREDENTIALS: { title: 'GitHub refused the token', fix: 'Pass a valid, unexpired token.' },
  GITHUB_ACTIONS_CANNOT_CREATE_PR: { title: 'GitHub Actions may not create pull requests in this repository', fix: 'Enable Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests", or use a GitHub App token.' },
  GITHUB_MISSING_PERMISSION: { title: 'The token lacks a permission', fix: 'Add the permission the message names to the job (contents, pull-requests or issues: write).' },
  GITHUB_RATE_LIMITED: { title: "GitHub's rate limit stopped the run", fix: 'Re-run later; nothing was left half-written.' },
  GITHUB_FORBIDDEN: { title: 'GitHub refused a request (403) for a reason other than a rate limit', fix: 'Do what GitHub\'s message says: authorise the token for SAML SSO, add the permission named, or lift the protection rule.' },
  GITHUB_REQUEST_FAILED: { title: 'A GitHub request failed', fix: 'Re-run the job: every step is safe to repeat.' },
  TARGET_BRANCH_MISSING: { title: 'The target branch does not exist', fix: 'Name an existing branch with target-branch, or leave it empty.' },
  TAG_CONFLICT: { title: 'The release tag already exists at another commit', fix: 'Delete the wrong tag and re-run, or bump the version in the release PR.' },
  RELEASE_PR_UNREADABLE: { title: 'A merged release PR has no version in its body or title', fix: 'Restore the "## [x.y.z]" heading in its body, or remove its autorelease: pending label.' },
} as const;
