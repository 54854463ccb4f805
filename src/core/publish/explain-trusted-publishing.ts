/**
 * Why trusted publishing failed, in the maintainer's terms: the cause PyPI's answer points to,
 * the claims it compared, and the exact fix — one template per cause, as the PyPA action has,
 * plus the publisher-settings link pre-filled from the token.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { claimLines, isReusableWorkflow, workflowFileName, type IdTokenClaims } from './id-token-claims.js';
import type { IndexEndpoints } from './index-endpoints.js';

export interface MintRefusal {
  status: number;
  /** PyPI's `errors[]` (code + description), empty when the answer was not PyPI-shaped. */
  errors: { code: string; description: string }[];
  /** The raw body, shortened, for answers that are not PyPI-shaped. */
  text: string;
}

export function publisherSettingsUrl(e: IndexEndpoints, project: string, claims: IdTokenClaims | undefined): string {
  const [owner, repository] = (claims?.repository ?? '/').split('/');
  const params = new URLSearchParams({ provider: 'github', owner: owner ?? '', repository: repository ?? '', workflow_filename: workflowFileName(claims?.job_workflow_ref) ?? '' });
  if (claims?.environment) params.set('environment', claims.environment);
  return `${e.webBase}manage/project/${project}/settings/publishing/?${params.toString()}`;
}

export function explainMintRefusal(refusal: MintRefusal, claims: IdTokenClaims | undefined, project: string, e: IndexEndpoints): PyreleaseError {
  const first = refusal.errors[0];
  const description = first ? `${first.code}: ${first.description}` : `HTTP ${refusal.status} ${refusal.text}`.trim();
  const settings = publisherSettingsUrl(e, project, claims);
  const file = workflowFileName(claims?.job_workflow_ref) ?? '<workflow file>';
  const cause = causeOf(refusal, claims, file, e);
  const more = [
    `${e.label} answered: ${description}`,
    `Likely cause: ${cause.why}`,
    'The claims of the token pyrelease presented (what the index compares with the publisher):',
    ...claimLines(claims).map((l) => `  ${l}`),
    `Publisher settings: ${settings}`,
    `A project not yet on ${e.label} needs a pending publisher: ${e.webBase}manage/account/publishing/`,
  ];
  return new PyreleaseError('TRUSTED_PUBLISHING_REFUSED', `${e.label} refused to exchange the GitHub OIDC token for an upload token: ${cause.why}`, { key: cause.key, fix: cause.fix, more });
}

interface Cause {
  why: string;
  fix: string;
  key?: string;
}

function causeOf(refusal: MintRefusal, claims: IdTokenClaims | undefined, file: string, e: IndexEndpoints): Cause {
  const code = refusal.errors[0]?.code ?? '';
  const description = refusal.errors[0]?.description ?? '';
  const repo = claims?.repository ?? '<owner>/<repo>';
  if (code === 'invalid-publisher') {
    if (/pull_request_target/.test(description)) return { why: 'the run was started by pull_request_target, which PyPI never trusts', fix: 'publish from push, release or workflow_dispatch events', key: 'event_name' };
    if (/claim 'environment'/.test(description)) {
      return { why: `the publisher requires a GitHub environment and this job ${claims?.environment ? `runs in "${claims.environment}"` : 'declares none'}`, fix: 'add the publisher\'s environment to the publish job (environment: pypi), or remove it from the publisher', key: 'environment' };
    }
    if (claims && isReusableWorkflow(claims)) {
      // PyPI rebuilds job_workflow_ref from the token's repository (protocols.md §3.2), so only a reusable workflow of this same repository can match (pypi/warehouse#11096).
      const elsewhere = !claims.job_workflow_ref?.toLowerCase().startsWith(`${repo.toLowerCase()}/`);
      const supports = elsewhere
        ? `a reusable workflow of another repository can never be a trusted publisher on ${e.label} (it expects ${repo}/.github/workflows/<file>@<ref>)`
        : `${e.label} matches that file (${file}), not the calling workflow (workflow_ref ${claims.workflow_ref ?? '?'})`;
      return {
        why: `this job runs in the reusable workflow ${claims.job_workflow_ref} (job_workflow_ref), called from ${claims.workflow_ref ?? '?'} (workflow_ref): ${supports}`,
        fix: elsewhere ? 'move the publish step into a workflow of this repository (the reusable workflow can still build: hand the files over with packages-dir)' : `register ${file} as the publisher's workflow, or move the publish step into the calling workflow`,
        key: 'job_workflow_ref',
      };
    }
    if (claims?.event_name === 'pull_request') return { why: 'the run was started by a pull request, which should not publish', fix: 'publish from push, release or workflow_dispatch events' };
    return {
      why: `no trusted publisher on ${e.label} matches repository ${repo}, workflow ${file}${claims?.environment ? `, environment ${claims.environment}` : ''}`,
      fix: `on the publisher settings page (link below), add a GitHub publisher with exactly these values — a renamed workflow file or repository, or a publisher added on the other index (PyPI vs TestPyPI), all end here${claims?.environment ? '' : '; a publisher that names an environment matches only a job that declares it (environment: pypi)'}`,
      key: 'job_workflow_ref',
    };
  }
  if (code === 'invalid-token') return { why: `the token was refused (audience, age or signature): it must be fresh and for audience "${audienceOf(claims)}" of this index`, fix: 'check that repository-url is the index whose publisher you configured, and that the runner\'s clock is right; re-run' };
  if (code === 'invalid-reuse-token') return { why: 'the same OIDC token was presented twice', fix: 're-run the job: pyrelease asks for a new token per exchange' };
  if (code === 'invalid-pending-publisher') return { why: 'the publisher is a pending one, but the project already exists', fix: 'add a normal (not pending) publisher on the project\'s own publishing settings' };
  if (code === 'not-enabled') return { why: `${e.label} has trusted publishing for GitHub switched off`, fix: 'use an API token in the password input for this index' };
  if (/issuer/.test(description)) return { why: `${e.label} does not trust this token's issuer (${claims?.iss ?? 'unknown'})`, fix: 'trusted publishing needs github.com Actions (or an index that trusts your issuer); otherwise pass an API token in the password input' };
  return { why: `the exchange failed (${code || `HTTP ${refusal.status}`})`, fix: 're-run; if it persists, check the index status page or use an API token in the password input' };
}

function audienceOf(claims: IdTokenClaims | undefined): string {
  const aud = claims?.aud;
  return Array.isArray(aud) ? aud.join(', ') : (aud ?? 'unknown');
}
