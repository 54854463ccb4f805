/** Failures of the blob-less clone stage: release makes when the workflow has no actions/checkout step (issue #24). */
export const checkoutErrors = {
  CHECKOUT_CLONE_REFUSED: { title: 'GitHub refused to let the token clone the repository', fix: 'Pass a token that can read the repository (the default ${{ github.token }} with permissions: contents: write), or add an actions/checkout step before pyrelease.' },
  CHECKOUT_CLONE_NETWORK: { title: 'The git server could not be reached to clone the repository', fix: 'Check GITHUB_SERVER_URL and the runner\'s network or proxy, then re-run the job; nothing was written to GitHub.' },
  CHECKOUT_NO_MERGE_COMMIT: { title: 'The pull request has no merge commit to preview', fix: 'Resolve the pull request\'s conflicts with its base branch (GitHub then makes refs/pull/N/merge again) and re-run, or add an actions/checkout step.' },
} as const;
