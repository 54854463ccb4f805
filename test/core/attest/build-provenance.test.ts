/**
 * The provenance statement, against what @actions/attest 3.2.0's buildSLSAProvenancePredicate
 * (lib/provenance.js) and buildIntotoStatement (lib/intoto.js) produce for the same claims.
 */
import { describe, expect, it } from 'vitest';
import { attestationUrl, provenanceClaims, provenancePredicate, provenanceProblem, provenanceStatement } from '../../../src/core/attest/build-provenance.js';

const claims = {
  iss: 'https://token.actions.githubusercontent.com', ref: 'refs/tags/v1.2.0', sha: 'f'.repeat(40), repository: 'acme/widget', event_name: 'release',
  job_workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/v1.2.0', workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/tags/v1.2.0',
  repository_id: '690001', repository_owner_id: '4242', runner_environment: 'github-hosted', run_id: '77', run_attempt: '2',
};
const jwt = (payload: object) => `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;

describe('build provenance', () => {
  it('the predicate is @actions/attest\'s, field for field', () => {
    expect(provenancePredicate(claims, 'https://github.com/')).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: { workflow: { ref: 'refs/tags/v1.2.0', repository: 'https://github.com/acme/widget', path: '.github/workflows/release.yml' } },
        internalParameters: { github: { event_name: 'release', repository_id: '690001', repository_owner_id: '4242', runner_environment: 'github-hosted' } },
        resolvedDependencies: [{ uri: 'git+https://github.com/acme/widget@refs/tags/v1.2.0', digest: { gitCommit: 'f'.repeat(40) } }],
      },
      runDetails: { builder: { id: 'https://github.com/acme/widget/.github/workflows/release.yml@refs/tags/v1.2.0' }, metadata: { invocationId: 'https://github.com/acme/widget/actions/runs/77/attempts/2' } },
    });
  });

  it('the statement has one subject {name, digest.sha256} and the SLSA v1 predicate type; the check reads it back', () => {
    const bytes = provenanceStatement({ name: 'demo-1.0.tar.gz', sha256: 'AB'.repeat(32) }, { x: 1 });
    expect(JSON.parse(bytes.toString())).toEqual({ _type: 'https://in-toto.io/Statement/v1', subject: [{ name: 'demo-1.0.tar.gz', digest: { sha256: 'ab'.repeat(32) } }], predicateType: 'https://slsa.dev/provenance/v1', predicate: { x: 1 } });
    expect(provenanceProblem(bytes, { name: 'demo-1.0.tar.gz', sha256: 'ab'.repeat(32) })).toBeUndefined();
    expect(provenanceProblem(bytes, { sha256: 'cd'.repeat(32) })).toMatch(/no subject with the file's sha256/);
    expect(provenanceProblem(bytes, { name: 'other.whl', sha256: 'ab'.repeat(32) })).toMatch(/names demo-1.0.tar.gz, not other.whl/);
    expect(provenanceProblem(Buffer.from('{"_type":"https://in-toto.io/Statement/v1","predicateType":"https://docs.pypi.org/attestations/publish/v1"}'), { sha256: 'ab' })).toMatch(/predicate type/);
  });

  it('the claims come from the token; the ones @actions/attest requires and the token lacks are named', () => {
    expect(provenanceClaims(jwt(claims))).toEqual({ claims });
    const { run_id: _r, runner_environment: _e, ...less } = claims;
    expect(provenanceClaims(jwt(less))).toEqual({ missing: ['runner_environment', 'run_id'] });
  });

  it('the link is the attestation\'s page on the run\'s GitHub', () => {
    expect(attestationUrl('https://github.com', 'acme/widget', 123)).toBe('https://github.com/acme/widget/attestations/123');
  });
});
