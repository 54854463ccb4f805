/**
 * Whom the Fulcio certificate names, against whom PyPI will expect: the GitHub issuer, this
 * repository, and a Build Config URI for the publisher's workflow file. PyPI refuses a mismatch
 * only after the upload started; pyrelease refuses it before.
 */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

export interface CertificateIdentity {
  issuer?: string;
  sourceRepositoryUri?: string;
  sourceRepositoryRef?: string;
  buildConfigUri?: string;
  subjectAlternativeName?: string;
}

export interface ExpectedIdentity {
  /** owner/name */
  repository: string;
  /** The workflow file PyPI's publisher names (from the minting token's job_workflow_ref). */
  workflowFile: string;
}

export function identityProblem(id: CertificateIdentity, expected: ExpectedIdentity): string | undefined {
  if (id.issuer !== GITHUB_ISSUER) return `the certificate's issuer is ${id.issuer ?? '(none)'}, not GitHub Actions (${GITHUB_ISSUER})`;
  const repoUri = `https://github.com/${expected.repository}`;
  if (id.sourceRepositoryUri?.toLowerCase() !== repoUri.toLowerCase()) return `the certificate names repository ${id.sourceRepositoryUri ?? '(none)'}, not ${repoUri}`;
  const prefix = `${repoUri}/.github/workflows/${expected.workflowFile}@`.toLowerCase();
  if (!id.buildConfigUri?.toLowerCase().startsWith(prefix)) {
    return `the certificate's Build Config URI (${id.buildConfigUri ?? 'none'}) does not name ${expected.workflowFile} in ${expected.repository}, the trusted publisher PyPI will check it against`;
  }
  return undefined;
}
