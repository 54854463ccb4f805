/**
 * The claims of a GitHub Actions OIDC token, read without verifying it: only to explain to a
 * maintainer what PyPI compared (the index verifies; pyrelease never trusts these).
 */
import { asRecord } from '../records.js';

export interface IdTokenClaims {
  sub?: string;
  aud?: string | string[];
  iss?: string;
  exp?: number;
  repository?: string;
  repository_owner?: string;
  repository_owner_id?: string;
  workflow_ref?: string;
  job_workflow_ref?: string;
  ref?: string;
  environment?: string;
  event_name?: string;
}

/** The claims PyPI matches a publisher on, in the order the PyPA action prints them. */
export const MATCHED_CLAIMS = ['sub', 'repository', 'repository_owner', 'repository_owner_id', 'workflow_ref', 'job_workflow_ref', 'ref', 'environment', 'event_name'] as const;

export function decodeIdTokenClaims(jwt: string): IdTokenClaims | undefined {
  const record = decodeJwtPayload(jwt);
  if (!record) return undefined;
  const out: IdTokenClaims = {};
  for (const key of [...MATCHED_CLAIMS, 'iss'] as const) if (typeof record[key] === 'string') out[key] = record[key];
  if (typeof record.exp === 'number') out.exp = record.exp;
  if (typeof record.aud === 'string' || Array.isArray(record.aud)) out.aud = record.aud as string | string[];
  return out;
}

/** A JWT's payload object, unverified; undefined when it is not a JSON object. */
export function decodeJwtPayload(jwt: string): Record<string, unknown> | undefined {
  const payload = jwt.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return asRecord(value);
  } catch {
    return undefined;
  }
}

/** `acme/widget/.github/workflows/release.yml@refs/heads/main` → `release.yml`. */
export function workflowFileName(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  return /\/([^/@]+\.ya?ml)@/.exec(ref)?.[1];
}

/** The job runs in a reusable workflow: PyPI matches the called file, which surprises people. */
export function isReusableWorkflow(claims: IdTokenClaims): boolean {
  return !!claims.workflow_ref && !!claims.job_workflow_ref && claims.workflow_ref !== claims.job_workflow_ref;
}

export function claimLines(claims: IdTokenClaims | undefined): string[] {
  if (!claims) return ['(the token could not be decoded)'];
  return MATCHED_CLAIMS.map((k) => `${k}: ${claims[k] ?? '(absent)'}`);
}
