import { describe, expect, it } from 'vitest';
import { explainMintRefusal, publisherSettingsUrl } from '../../../src/core/publish/explain-trusted-publishing.js';
import { decodeIdTokenClaims, workflowFileName } from '../../../src/core/publish/id-token-claims.js';
import { indexEndpoints } from '../../../src/core/publish/index-endpoints.js';

const jwt = (claims: Record<string, unknown>) => `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;
const claims = {
  iss: 'https://token.actions.githubusercontent.com', aud: 'pypi', sub: 'repo:acme/widget:ref:refs/heads/main', repository: 'acme/widget', repository_owner: 'acme', repository_owner_id: '4242',
  workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/heads/main', job_workflow_ref: 'acme/widget/.github/workflows/release.yml@refs/heads/main', ref: 'refs/heads/main', event_name: 'push',
};
const pypi = indexEndpoints('https://upload.pypi.org/legacy/');
const refusal = (code: string, description: string) => ({ status: 422, errors: [{ code, description }], text: '' });

describe('index endpoints', () => {
  it('knows PyPI and TestPyPI read from another host than they upload to; others serve all from one', () => {
    expect(pypi).toMatchObject({ trustedPublishingBase: 'https://upload.pypi.org/', readBase: 'https://pypi.org/', label: 'PyPI' });
    expect(indexEndpoints('https://test.pypi.org/legacy/')).toMatchObject({ readBase: 'https://test.pypi.org/', label: 'TestPyPI' });
    expect(indexEndpoints('http://127.0.0.1:8080/legacy/')).toMatchObject({ trustedPublishingBase: 'http://127.0.0.1:8080/', readBase: 'http://127.0.0.1:8080/', label: '127.0.0.1:8080' });
    expect(indexEndpoints('https://upload.pypi.org/legacy/', 'https://mirror.example/simple/').readBase).toBe('https://mirror.example/');
  });
});

describe('trusted publishing explanations', () => {
  const decoded = decodeIdTokenClaims(jwt(claims));

  it('decodes the claims PyPI matches, and the workflow file from job_workflow_ref', () => {
    expect(decoded).toMatchObject({ repository: 'acme/widget', repository_owner_id: '4242', event_name: 'push' });
    expect(workflowFileName(claims.job_workflow_ref)).toBe('release.yml');
    expect(decodeIdTokenClaims('not-a-jwt')).toBeUndefined();
  });

  it('links the publisher page pre-filled from the token', () => {
    expect(publisherSettingsUrl(pypi, 'demo-pkg', decoded)).toBe('https://pypi.org/manage/project/demo-pkg/settings/publishing/?provider=github&owner=acme&repository=widget&workflow_filename=release.yml');
  });

  it('no matching publisher: names repository and workflow, shows the claims and the link', () => {
    const e = explainMintRefusal(refusal('invalid-publisher', 'valid token, but no corresponding publisher (Publisher with matching claims was not found)'), decoded, 'demo-pkg', pypi);
    expect(e.code).toBe('TRUSTED_PUBLISHING_REFUSED');
    expect(e.message).toMatch(/no trusted publisher on PyPI matches repository acme\/widget, workflow release.yml/);
    expect(e.details.more).toContain('  job_workflow_ref: acme/widget/.github/workflows/release.yml@refs/heads/main');
    expect(e.details.more).toContain('  environment: (absent)');
    expect(e.details.more?.some((l) => l.startsWith('Publisher settings: https://pypi.org/manage/project/demo-pkg/settings/publishing/'))).toBe(true);
  });

  it('one cause per failure: environment, reusable workflow, pull_request_target, audience, pending publisher', () => {
    const why = (code: string, description: string, c = decoded) => explainMintRefusal(refusal(code, description), c, 'demo-pkg', pypi);
    expect(why('invalid-publisher', "valid token, but no corresponding publisher (Check failed for optional claim 'environment')").details.fix).toMatch(/environment: pypi/);
    const reusable = decodeIdTokenClaims(jwt({ ...claims, job_workflow_ref: 'acme/shared/.github/workflows/publish.yml@refs/heads/main' }));
    expect(why('invalid-publisher', 'valid token, but no corresponding publisher (Publisher with matching claims was not found)', reusable).message).toMatch(/reusable workflow .*publish.yml/);
    expect(why('invalid-publisher', "valid token, but no corresponding publisher (Publishing from a workflow invoked via 'pull_request_target' is not supported.)").message).toMatch(/pull_request_target/);
    expect(why('invalid-token', 'malformed or invalid token').message).toMatch(/audience "pypi"/);
    expect(why('invalid-pending-publisher', 'valid token, but project already exists').details.fix).toMatch(/normal \(not pending\) publisher/);
    expect(why('not-enabled', 'GitHub trusted publishing functionality not enabled').details.fix).toMatch(/password input/);
  });
});
