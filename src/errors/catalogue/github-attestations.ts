/** Failures of github-attestations: true (SLSA build provenance stored on GitHub, #24 item 7). */
export const githubAttestationErrors = {
  GITHUB_ATTESTATIONS_NO_ID_TOKEN: { title: 'github-attestations: true, but the job cannot get an OIDC token', fix: 'Add to the job: permissions: { id-token: write, attestations: write, contents: write }.' },
  GITHUB_ATTESTATIONS_NO_TOKEN: { title: 'github-attestations: true, but there is no GitHub token or repository to store them in', fix: 'Keep token: ${{ github.token }} (the default) and run in GitHub Actions (GITHUB_REPOSITORY set).' },
  GITHUB_ATTESTATIONS_PRIVATE_REPOSITORY: { title: 'github-attestations: true in a private or internal repository with the public-good Sigstore', fix: 'Use actions/attest-build-provenance with subject-path: ${{ steps.<id>.outputs.distributions }} (it signs with GitHub\'s own Sigstore), or point fulcio-url, rekor-url and trusted-root at a private Sigstore.' },
  GITHUB_ATTESTATION_CLAIMS_MISSING: { title: 'The OIDC token lacks claims the build provenance needs', fix: 'Run in GitHub Actions (the token of a GitHub-hosted or self-hosted runner carries them); report the claims named if it persists.' },
  GITHUB_ATTESTATION_INVALID: { title: 'The attestation bundle made for a file does not verify', fix: 'Nothing was uploaded: re-run; if it persists check fulcio-url, rekor-url and trusted-root (one Sigstore instance).' },
} as const;
