/**
 * GitHub's refusals as messages a maintainer can act on: the missing permission (from
 * x-accepted-github-permissions), the Actions "create pull requests" setting, bad credentials.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';

interface HttpErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}

const PERMISSION_NAMES: Record<string, string> = { contents: 'contents: write', pull_requests: 'pull-requests: write', issues: 'issues: write', checks: 'checks: write' };

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
  if (status === 403 && /Resource not accessible by integration/i.test(message)) {
    const accepted = e.response?.headers?.['x-accepted-github-permissions'] ?? '';
    const perms = accepted.split(';')[0]?.split(',').map((p) => p.trim().split('=')[0] ?? '').filter(Boolean) ?? [];
    const yaml = perms.map((p) => PERMISSION_NAMES[p] ?? `${p}: write`);
    return new PyreleaseError('GITHUB_MISSING_PERMISSION', `the token lacks a permission for ${doing}${yaml.length ? ` (${yaml.join(', ')})` : ''}`, {
      key: 'permissions',
      fix: `add to the job:  permissions: { ${(yaml.length ? yaml : ['contents: write', 'pull-requests: write', 'issues: write']).join(', ')} }`,
    });
  }
  if (status === 403 || status === 429) {
    return new PyreleaseError('GITHUB_RATE_LIMITED', `GitHub's rate limit stopped pyrelease while ${doing}`, { fix: 're-run the job later; nothing was left half-written (a re-run picks up where this one stopped)' });
  }
  return new PyreleaseError('GITHUB_REQUEST_FAILED', `GitHub answered ${status ?? 'no response'} while ${doing}: ${message.split('\n')[0]}`, {
    fix: 're-run the job: every step pyrelease takes is safe to repeat',
  });
}

export function statusOf(error: unknown): number | undefined {
  return (error as HttpErrorLike).status;
}

export function validationCodes(error: unknown): string[] {
  const data = ((error as HttpErrorLike).response?.data ?? {}) as { errors?: Array<{ code?: string; message?: string }>; message?: string };
  return [...(data.errors ?? []).map((x) => `${x.code ?? ''} ${x.message ?? ''}`), data.message ?? ''];
}
