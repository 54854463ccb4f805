/**
 * GitHub's refusals as messages a maintainer can act on: the missing permission (from
 * x-accepted-github-permissions), the Actions "create pull requests" setting, bad credentials,
 * a rate limit (only when GitHub says it is one), any other 403 in GitHub's own words (SAML SSO, a
 * protected tag, a workflow file without the `workflows` permission), and a host that never
 * answered — unreachable, or refused by the proxy in between — named as such.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { describeNetworkError, proxyRefusal, proxyRefused } from '../http/fetch-with-retry.js';
import { proxyFor } from '../http/transport.js';
import type { HttpErrorLike } from './http-error.js';
import { rateLimitWaitS } from './request-policy.js';

const PERMISSION_NAMES: Record<string, string> = { contents: 'contents: write', pull_requests: 'pull-requests: write', issues: 'issues: write', checks: 'checks: write', workflows: 'workflows: write' };

/** The permissions x-accepted-github-permissions names (its first alternative), as job YAML. */
function acceptedPermissions(e: HttpErrorLike): string[] {
  const accepted = e.response?.headers?.['x-accepted-github-permissions'] ?? '';
  const perms = accepted.split(';')[0]?.split(',').map((p) => p.trim().split('=')[0] ?? '').filter(Boolean) ?? [];
  return perms.map((p) => PERMISSION_NAMES[p] ?? `${p}: write`);
}

export function explainGitHubError(error: unknown, doing: string): PyreleaseError {
  const e = error as HttpErrorLike;
  const status = e.status;
  const data = (e.response?.data ?? {}) as { message?: string };
  const message = data.message ?? e.message ?? String(error);
  if (status === 401) {
    return new PyreleaseError('GITHUB_BAD_CREDENTIALS', `GitHub refused the token while ${doing}: Bad credentials`, { key: 'token', fix: 'pass a valid token (the default token: ${{ github.token }}), and check it has not expired' });
  }
  if (status === 403 && /not permitted to create or approve pull requests/i.test(message)) {
    return new PyreleaseError('GITHUB_ACTIONS_CANNOT_CREATE_PR', `GitHub Actions is not permitted to create pull requests in this repository (${doing})`, {
      fix: 'enable Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests" (or the organisation setting), or use a GitHub App token',
    });
  }
  if (e.response === undefined && e.request !== undefined) {
    // No answer at all (Octokit reports it as a 500): the host is unreachable, or the proxy said no.
    const url = e.request.url ?? 'https://api.github.com';
    const refused = proxyRefusal(e.cause ?? error);
    if (refused !== undefined) return proxyRefused(url, refused, doing);
    const via = proxyFor(url);
    return new PyreleaseError('NETWORK_FAILED', `${doing}: GitHub (${new URL(url).host}) is unreachable${via ? ` through the proxy ${via}` : ''} (${describeNetworkError(e.cause ?? error, 0)})`, {
      fix: via ? `check that the proxy ${via} (HTTPS_PROXY) reaches ${new URL(url).host}, or add the host to NO_PROXY; then re-run` : 're-run the job: every step is safe to repeat; if it persists, check the runner\'s network and GITHUB_API_URL',
    });
  }
  if (status === 403 && /Resource not accessible by integration/i.test(message)) {
    const yaml = acceptedPermissions(e);
    return new PyreleaseError('GITHUB_MISSING_PERMISSION', `the token lacks a permission for ${doing}${yaml.length ? ` (${yaml.join(', ')})` : ''}`, {
      key: 'permissions',
      fix: `add to the job:  permissions: { ${(yaml.length ? yaml : ['contents: write', 'pull-requests: write', 'issues: write']).join(', ')} }`,
    });
  }
  if (status === 429 || (status === 403 && (rateLimitWaitS(error, Date.now()) !== undefined || /rate limit/i.test(message)))) {
    return new PyreleaseError('GITHUB_RATE_LIMITED', `GitHub's rate limit stopped pyrelease while ${doing}`, { fix: 're-run the job later; nothing was left half-written (a re-run picks up where this one stopped)' });
  }
  if (status === 403) {
    // Not a rate limit: GitHub's own message says what (SAML SSO, a protected tag, a workflow file…).
    const yaml = acceptedPermissions(e);
    const sso = e.response?.headers?.['x-github-sso'];
    const ssoUrl = sso ? /url=(\S+)/.exec(sso)?.[1] : undefined;
    return new PyreleaseError('GITHUB_FORBIDDEN', `GitHub refused ${doing} (403): ${message.split('\n')[0]}`, {
      ...(yaml.length > 0 ? { key: 'permissions' } : {}),
      fix: ssoUrl
        ? `authorise the token for the organisation's SAML single sign-on (${ssoUrl}), then re-run`
        : yaml.length > 0
          ? `add to the job:  permissions: { ${yaml.join(', ')} }${yaml.some((y) => y.startsWith('workflows')) ? ' — GITHUB_TOKEN can never change workflow files: use a GitHub App or a fine-grained token with workflows access' : ''}`
          : 'do what GitHub\'s message says (a tag or branch protection rule, an organisation policy, SAML SSO), then re-run',
    });
  }
  return new PyreleaseError('GITHUB_REQUEST_FAILED', `GitHub answered ${status ?? 'no response'} while ${doing}: ${message.split('\n')[0]}`, {
    fix: 're-run the job: every step pyrelease takes is safe to repeat',
  });
}

export function statusOf(error: unknown): number | undefined {
  return (error as HttpErrorLike).status;
}
