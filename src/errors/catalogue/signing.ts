/** Failures of Sigstore signing and of the checks made on its bundles before upload. */
export const signingErrors = {
  SIGNING_GHES_PUBLIC_GOOD: { title: 'The public-good Sigstore does not trust GitHub Enterprise Server tokens', fix: 'Set sign: false, or give fulcio-url, rekor-url and trusted-root of a private Sigstore that trusts your server.' },
  SIGNING_NEEDS_OIDC: { title: 'Signing needs an OIDC token the job cannot get', fix: 'Add permissions: id-token: write to the publish job, or set sign: false.' },
  SIGNING_TOKEN_EXPIRED: { title: 'The OIDC token for Sigstore was expired', fix: "Check the runner's clock, then re-run." },
  SIGNING_IDENTITY_REFUSED: { title: 'Fulcio refused the identity', fix: 'Check fulcio-url and that it trusts GitHub Actions tokens.' },
  SIGNING_UNAVAILABLE: { title: 'Fulcio or Rekor did not answer after retries', fix: 'Re-run later (nothing was uploaded), or set sign: false.' },
  SIGNING_FAILED: { title: 'Signing failed', fix: 'Re-run; if it persists, set sign: false to publish unsigned.' },
  SIGNATURE_INVALID: { title: 'A Sigstore bundle did not verify', fix: 'Nothing was uploaded; check that fulcio-url, rekor-url and trusted-root belong to one Sigstore instance.' },
  SIGNATURE_IDENTITY_MISMATCH: { title: 'The signing identity is not the one the index will expect', fix: 'Publish from the top-level workflow (not a reusable one), or set sign: false.' },
  SIGSTORE_TRUST_ROOT_INVALID: { title: 'The trusted-root file cannot be read', fix: 'Give the trusted_root.json of your Sigstore instance, or leave trusted-root empty.' },
  SIGSTORE_TRUST_ROOT_UNAVAILABLE: { title: 'The Sigstore trust root could not be fetched', fix: 'Re-run; the runner needs access to tuf-repo-cdn.sigstore.dev, or pass trusted-root.' },
} as const;
