/**
 * The SLSA build-provenance statement actions/attest-build-provenance signs for one file: an
 * in-toto v1 statement with one subject {name, digest.sha256} and the predicate that
 * @actions/attest's `buildSLSAProvenancePredicate` (lib/provenance.js, 3.2.0) builds from the run's
 * OIDC claims, field for field (ADR 5). Pure: claims and the server URL come in as values.
 */
import { decodeJwtPayload } from '../publish/id-token-claims.js';

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';

/** The claims @actions/attest requires (its REQUIRED_CLAIMS, oidc.js). */
export const PROVENANCE_CLAIMS = ['iss', 'ref', 'sha', 'repository', 'event_name', 'job_workflow_ref', 'workflow_ref', 'repository_id', 'repository_owner_id', 'runner_environment', 'run_id', 'run_attempt'] as const;
export type ProvenanceClaims = Record<(typeof PROVENANCE_CLAIMS)[number], string>;

/** The provenance claims of an Actions ID token, or the names of those it lacks. */
export function provenanceClaims(jwt: string): { claims: ProvenanceClaims } | { missing: string[] } {
  const record = decodeJwtPayload(jwt) ?? {};
  const missing = PROVENANCE_CLAIMS.filter((k) => typeof record[k] !== 'string' || record[k] === '');
  if (missing.length > 0) return { missing };
  return { claims: Object.fromEntries(PROVENANCE_CLAIMS.map((k) => [k, record[k] as string])) as ProvenanceClaims };
}

export function provenancePredicate(claims: ProvenanceClaims, serverUrl: string): Record<string, unknown> {
  const server = serverUrl.replace(/\/$/, '');
  // owner/repo/.github/workflows/main.yml@refs/heads/main → .github/workflows/main.yml
  const [workflowPath] = claims.workflow_ref.replace(`${claims.repository}/`, '').split('@');
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: { workflow: { ref: claims.ref, repository: `${server}/${claims.repository}`, path: workflowPath } },
      internalParameters: { github: { event_name: claims.event_name, repository_id: claims.repository_id, repository_owner_id: claims.repository_owner_id, runner_environment: claims.runner_environment } },
      resolvedDependencies: [{ uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } }],
    },
    runDetails: {
      builder: { id: `${server}/${claims.job_workflow_ref}` },
      metadata: { invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}` },
    },
  };
}

export function provenanceStatement(subject: { name: string; sha256: string }, predicate: Record<string, unknown>): Buffer {
  const statement = { _type: IN_TOTO_STATEMENT_V1, subject: [{ name: subject.name, digest: { sha256: subject.sha256.toLowerCase() } }], predicateType: SLSA_PROVENANCE_V1, predicate };
  return Buffer.from(JSON.stringify(statement));
}

/**
 * Whether a signed payload is a provenance statement for this file's digest (the re-run check and
 * the check after signing). The name is not compared for a stored one: GitHub finds it by digest.
 */
export function provenanceProblem(payload: Buffer, subject: { name?: string; sha256: string }): string | undefined {
  let s: { _type?: unknown; subject?: Array<{ name?: unknown; digest?: { sha256?: unknown } }>; predicateType?: unknown };
  try {
    s = JSON.parse(payload.toString('utf8')) as typeof s;
  } catch {
    return 'the signed statement is not JSON';
  }
  if (s._type !== IN_TOTO_STATEMENT_V1) return 'the signed statement is not an in-toto v1 statement';
  if (s.predicateType !== SLSA_PROVENANCE_V1) return `the signed statement has predicate type ${String(s.predicateType)}, not ${SLSA_PROVENANCE_V1}`;
  const match = Array.isArray(s.subject) ? s.subject.find((x) => x.digest?.sha256 === subject.sha256.toLowerCase()) : undefined;
  if (!match) return `the signed statement has no subject with the file's sha256 ${subject.sha256}`;
  if (subject.name !== undefined && match.name !== subject.name) return `the signed statement names ${String(match.name)}, not ${subject.name}`;
  return undefined;
}

/** The attestation's page on GitHub (what attest-build-provenance prints as its URL). */
export function attestationUrl(serverUrl: string, repository: string, id: number): string {
  return `${serverUrl.replace(/\/$/, '')}/${repository}/attestations/${id}`;
}
