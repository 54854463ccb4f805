/**
 * Matching a verified GitHub token to a trusted publisher as Warehouse's GitHub publisher model
 * does (protocols.md §3.2): look up by repository, owner id and the workflow file named in
 * `job_workflow_ref`, prefer the publisher whose environment equals the token's, else one without
 * environment; then check the claims in Warehouse's order, the `jti` replay check among them.
 * Each refusal carries the `<reason>` text PyPI puts in its `invalid-publisher` description.
 */
import { pyRepr, pyReprList } from './names.js';
import type { TrustedPublisher } from './credentials.js';

export type PublisherMatch =
  | { ok: true; publisher: TrustedPublisher }
  | { ok: false; reused: true }
  | { ok: false; reused?: false; reason: string };

// Required claims, in the order Warehouse verifies them (`jti` is the replay check), then those it only requires.
const VERIFIED = ['sub', 'repository', 'repository_owner', 'repository_owner_id', 'job_workflow_ref', 'jti', 'event_name'] as const;
const REQUIRED = [...VERIFIED, 'ref', 'sha'] as const;

/** The workflow file name in a workflow ref: the last `<name>.yml|.yaml` right before an `@`. */
export function workflowFilename(workflowRef: string): string | undefined {
  const matches = [...workflowRef.matchAll(/[^/]+\.(?:yml|yaml)(?=@)/g)];
  return matches.at(-1)?.[0];
}

const ownerOf = (p: TrustedPublisher) => p.repository.split('/')[0] ?? '';

/** Finds the publisher these claims identify, or says why none does. `isUsedJti` answers the replay question. */
export function matchPublisher(publishers: TrustedPublisher[], claims: Record<string, unknown>, isUsedJti: (jti: string) => boolean): PublisherMatch {
  const str = (name: string): string | undefined => (typeof claims[name] === 'string' ? (claims[name] as string) : undefined);
  for (const name of REQUIRED) if (str(name) === undefined) return { ok: false, reason: `Missing claim '${name}'` };

  const file = workflowFilename(str('job_workflow_ref')!);
  if (!file) return { ok: false, reason: 'Could not job extract workflow filename from OIDC claims' };
  const candidates = publishers.filter(
    (p) => p.repository.toLowerCase() === str('repository')!.toLowerCase() && p.repositoryOwnerId === str('repository_owner_id') && p.workflowFilename === file,
  );
  // An environment-bound publisher beats a general one. A token whose environment matches neither (or
  // that has none, for an environment-bound publisher) finds nothing: current Warehouse answers
  // "not found" there, so its later `Check failed for optional claim 'environment'` is never reached.
  const environment = str('environment');
  const publisher =
    (environment ? candidates.find((p) => (p.environment ?? '').toLowerCase() === environment.toLowerCase()) : undefined) ??
    candidates.find((p) => !p.environment);
  if (!publisher) return { ok: false, reason: 'Publisher with matching claims was not found' };

  const failed = (name: string) => ({ ok: false as const, reason: `Check failed for required claim '${name}'` });
  const [subPrefix, subRepo] = str('sub')!.split(':');
  if (!subPrefix || !subRepo || `${subPrefix}:${subRepo}`.toLowerCase() !== `repo:${publisher.repository}`.toLowerCase()) return failed('sub');
  if (str('repository')!.toLowerCase() !== publisher.repository.toLowerCase()) return failed('repository');
  if (str('repository_owner') !== ownerOf(publisher)) return failed('repository_owner');
  if (str('repository_owner_id') !== publisher.repositoryOwnerId) return failed('repository_owner_id');

  // job_workflow_ref must name this publisher's file in this repository at the token's own ref or sha:
  // a reusable workflow from elsewhere, or one pinned to another ref, is refused here.
  const base = `${publisher.repository}/.github/workflows/${publisher.workflowFilename}`;
  const expected = [str('ref'), str('sha')].filter((r): r is string => !!r).map((r) => `${base}@${r}`);
  if (expected.length === 0) return { ok: false, reason: 'The ref and sha claims are empty' };
  if (!expected.includes(str('job_workflow_ref')!)) {
    return { ok: false, reason: `The job_workflow_ref claim does not match, expecting one of ${pyReprList([...new Set(expected)].sort())}, got ${pyRepr(str('job_workflow_ref')!)}` };
  }
  if (isUsedJti(str('jti')!)) return { ok: false, reused: true };
  if (str('event_name') === 'pull_request_target') return { ok: false, reason: "Publishing from a workflow invoked via 'pull_request_target' is not supported." };
  return { ok: true, publisher };
}
