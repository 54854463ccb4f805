/** A permission probe's answer (Warehouse checks the permission before the file's digest) → permitted, or the one line naming the package. */
import { describe, expect, it } from 'vitest';
import { indexEndpoints } from '../../../src/core/publish/index-endpoints.js';
import { judgeProbeAnswer } from '../../../src/core/publish/upload-permission.js';

const e = indexEndpoints('https://upload.pypi.org/legacy/');
const claims = { repository: 'acme/mono', repository_owner: 'acme', job_workflow_ref: 'acme/mono/.github/workflows/release.yml@refs/heads/main' };
const o = { pkg: { path: 'packages/cli', project: 'mono-cli', filename: 'mono_cli-0.3.0.tar.gz' }, tokenKind: 'trusted-publishing' as const, claims, endpoints: e, others: ['mono-core'] };

describe('judgeProbeAnswer', () => {
  it('the digest answer means the permission check passed', () => {
    expect(judgeProbeAnswer(400, 'The digest supplied does not match a digest calculated from the uploaded file.', '', o)).toEqual({ kind: 'permitted' });
    expect(judgeProbeAnswer(503, 'Service Unavailable', '', o).kind).toBe('retry');
  });

  it('a project without the publisher: the package, the publisher link, the claims', () => {
    const v = judgeProbeAnswer(403, "Invalid API Token: OIDC scoped token is not valid for project 'mono-cli'", '', o);
    if (v.kind !== 'refused') throw new Error(v.kind);
    expect(v.error.code).toBe('PUBLISH_PROJECT_NOT_PERMITTED');
    expect(v.error.message).toBe('PyPI would refuse mono-cli (package packages/cli): its trusted publishers do not include this workflow');
    expect(v.error.details.fix).toBe('add this workflow as a trusted publisher of mono-cli: https://pypi.org/manage/project/mono-cli/settings/publishing/?provider=github&owner=acme&repository=mono&workflow_filename=release.yml');
    expect(v.error.details.more).toContain('Nothing was uploaded for any package (mono-core included); a re-run after the fix uploads every package.');
    expect(v.error.details.more).toContain('  repository: acme/mono');
  });

  it('a project that does not exist and no pending publisher creates', () => {
    const v = judgeProbeAnswer(400, 'Non-user identities cannot create new projects. This was probably caused by …', '', o);
    if (v.kind !== 'refused') throw new Error(v.kind);
    expect(v.error.message).toBe('mono-cli (package packages/cli) is not on PyPI, and no pending publisher of this workflow creates it');
  });
});
