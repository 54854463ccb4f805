/**
 * What a permission probe's answer says. Warehouse's upload view (forklift/legacy.py
 * file_upload) checks, in this order: the credentials, the metadata form, the project (a non-user
 * identity may not create one), the identity's upload permission on it — and only then the file:
 * name, size, digests, duplicates. A form for the real file with a body whose digest does not
 * match therefore gets the permission answer (403) when the token may not upload to the
 * project, and the digest answer (400) when it may; the request fails in either case, and
 * Warehouse stores nothing of a failed request. So every project of a monorepo release is
 * checked before the first file of any of them is sent.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { publisherSettingsUrl } from './explain-trusted-publishing.js';
import { claimLines, type IdTokenClaims } from './id-token-claims.js';
import type { IndexEndpoints } from './index-endpoints.js';
import { judgeUploadAnswer } from './upload-answer.js';

/** The body a probe sends: never a distribution, so its digest can never match the real file's. */
export const PROBE_BYTES = Buffer.from('pyrelease upload-permission probe: not a distribution\n');

export type ProbeVerdict = { kind: 'permitted' } | { kind: 'retry'; reason: string } | { kind: 'refused'; error: PyreleaseError };

export interface ProbedPackage {
  /** The package's key in the config ("packages/core"). */
  path: string;
  project: string;
  filename: string;
}

export function judgeProbeAnswer(status: number, reason: string, body: string, o: { pkg: ProbedPackage; tokenKind: 'trusted-publishing' | 'api-token'; claims: IdTokenClaims | undefined; endpoints: IndexEndpoints; others: readonly string[] }): ProbeVerdict {
  // The digest check comes after the permission check: reaching it proves the token may upload here.
  if (status === 400 && /digest supplied does not match/i.test(reason)) return { kind: 'permitted' };
  const verdict = judgeUploadAnswer(status, reason, body);
  if (verdict.kind === 'retry') return verdict;
  if (verdict.kind === 'token-expired') return { kind: 'retry', reason: verdict.reason };
  const { pkg, endpoints: e } = o;
  const answered = `${e.label} answered: HTTP ${status} ${reason}`.trim();
  const nothing = `Nothing was uploaded for any package${o.others.length > 0 ? ` (${o.others.join(', ')} included)` : ''}; a re-run after the fix uploads every package.`;
  const claims = o.tokenKind === 'trusted-publishing' ? ['The claims of the token (what the index compares with the publisher):', ...claimLines(o.claims).map((l) => `  ${l}`)] : [];
  const link = publisherSettingsUrl(e, pkg.project, o.claims);
  if (/not valid for project|isn't allowed to upload to project|not allowed to upload/i.test(reason)) {
    const trusted = o.tokenKind === 'trusted-publishing';
    return refused(`${e.label} would refuse ${pkg.project} (package ${pkg.path}): ${trusted ? 'its trusted publishers do not include this workflow' : 'the API token is not scoped to it'}`, {
      key: `packages.${JSON.stringify(pkg.path)}`,
      fix: trusted ? `add this workflow as a trusted publisher of ${pkg.project}: ${link}` : `use a token scoped to every project released (or trusted publishing), for ${pkg.project} too`,
      more: [answered, nothing, ...claims, ...(trusted ? [`Publisher settings: ${link}`] : [])],
    });
  }
  if (/Non-user identities cannot create new projects/i.test(reason)) {
    return refused(`${pkg.project} (package ${pkg.path}) is not on ${e.label}, and no pending publisher of this workflow creates it`, {
      key: `packages.${JSON.stringify(pkg.path)}`,
      fix: `add a pending publisher for ${pkg.project} (${e.webBase}manage/account/publishing/), or make [project].name match the one registered`,
      more: [answered, nothing, ...claims],
    });
  }
  const fix = verdict.kind === 'refused' ? verdict.fix : 'fix what the message says and re-run';
  return refused(`${e.label} would refuse ${pkg.filename} of ${pkg.project} (package ${pkg.path}): ${reason || `HTTP ${status}`}`, { key: `packages.${JSON.stringify(pkg.path)}`, fix, more: [answered, nothing] });
}

function refused(message: string, details: { key: string; fix: string; more: string[] }): ProbeVerdict {
  return { kind: 'refused', error: new PyreleaseError('PUBLISH_PROJECT_NOT_PERMITTED', message, details) };
}
