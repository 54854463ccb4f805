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

export const GITHUB_SERVER = 'https://github.com';

export interface ExpectedIdentity {
  /** owner/name */
  repository: string;
  /** The workflow file PyPI's publisher names (from the minting token's job_workflow_ref). */
  workflowFile: string;
  /** GITHUB_SERVER_URL: https://github.com, or a GitHub Enterprise Server. Default github.com. */
  serverUrl?: string;
  /** The OIDC issuer the token named (`iss`); default the one that belongs to serverUrl. */
  issuer?: string;
}

/** The Actions OIDC issuer of a GitHub server: github.com's own host, `<server>/_services/token` on GHES. */
export function actionsIssuerFor(serverUrl: string): string {
  const server = serverUrl.replace(/\/$/, '');
  return server === GITHUB_SERVER ? GITHUB_ISSUER : `${server}/_services/token`;
}

/** Whether the public-good Sigstore trusts this server's Actions tokens (only github.com's). */
export function isPublicGoodTrusted(serverUrl: string): boolean {
  return serverUrl.replace(/\/$/, '') === GITHUB_SERVER;
}

export function identityProblem(id: CertificateIdentity, expected: ExpectedIdentity): string | undefined {
  const server = (expected.serverUrl ?? GITHUB_SERVER).replace(/\/$/, '');
  const issuer = expected.issuer ?? actionsIssuerFor(server);
  if (id.issuer !== issuer) return `the certificate's issuer is ${id.issuer ?? '(none)'}, not GitHub Actions (${issuer})`;
  const repoUri = `${server}/${expected.repository}`;
  if (id.sourceRepositoryUri?.toLowerCase() !== repoUri.toLowerCase()) return `the certificate names repository ${id.sourceRepositoryUri ?? '(none)'}, not ${repoUri}`;
  const prefix = `${repoUri}/.github/workflows/${expected.workflowFile}@`.toLowerCase();
  if (!id.buildConfigUri?.toLowerCase().startsWith(prefix)) {
    return `the certificate's Build Config URI (${id.buildConfigUri ?? 'none'}) does not name ${expected.workflowFile} in ${expected.repository}, the trusted publisher PyPI will check it against`;
  }
  return undefined;
}
