import { describe, expect, it } from 'vitest';
import { judgeUploadAnswer } from '../../../src/core/publish/upload-answer.js';
import { planUploads } from '../../../src/core/publish/upload-plan.js';
import { decidePublishTarget } from '../../../src/core/publish/publish-target.js';
import { readProjectIdentity } from '../../../src/core/publish/project-identity.js';
import { isPyreleaseError } from '../../../src/errors/pyrelease-error.js';

const caught = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (isPyreleaseError(e)) return e;
    throw e;
  }
  throw new Error('expected a PyreleaseError');
};

describe('upload answers (PyPI reasons from protocols.md §3.3)', () => {
  it.each([
    [200, '', 'stored'],
    [503, 'Service Unavailable', 'retry'],
    [429, 'Too Many Requests', 'retry'],
    [400, "File already exists ('demo_pkg-1.0.0.tar.gz', with blake2_256 hash 'ab'). See https://pypi.org/help/#file-name-reuse for more information.", 'exists'],
    [409, 'Conflict', 'exists'],
    [403, 'Invalid API Token: token is expired', 'token-expired'],
    [400, 'This filename was previously used by a file that has since been deleted. Use a different version.', 'refused'],
  ] as const)('%i %s → %s', (status, reason, kind) => {
    expect(judgeUploadAnswer(status, reason, '').kind).toBe(kind);
  });

  it('gives each known refusal its own fix', () => {
    const fix = (status: number, reason: string) => {
      const v = judgeUploadAnswer(status, reason, '');
      return v.kind === 'refused' ? v.fix : '';
    };
    expect(fix(403, "Invalid API Token: OIDC scoped token is not valid for project 'demo-pkg'")).toMatch(/trusted publisher of the project/);
    expect(fix(400, 'The description failed to render in the default format of reStructuredText.')).toMatch(/README/);
    expect(fix(400, "Version in filename should be '1.0.0' not '1.0.1'.")).toMatch(/disagrees with its metadata/);
    expect(fix(400, 'Non-user identities cannot create new projects. This was probably caused by …')).toMatch(/pending publisher/);
    expect(fix(400, 'This filename was previously used by a file that has since been deleted.')).toMatch(/new version/);
  });

  it('reads the reason from the HTML body when the status line has none', () => {
    const v = judgeUploadAnswer(400, '', '<html><body><h1>400 Bad Request</h1>Include at least one message digest.</body></html>');
    expect(v.kind === 'refused' && v.reason).toMatch(/Include at least one message digest/);
  });
});

describe('upload plan', () => {
  const local = [{ filename: 'a-1.0.0-py3-none-any.whl', sha256: '11' }, { filename: 'a-1.0.0.tar.gz', sha256: '22' }];
  const o = { force: false, skipExisting: false, version: '1.0.0', indexLabel: 'PyPI' };

  it('sends everything to an index without the release, and only the rest after a partial upload', () => {
    expect(planUploads(local, null, o)).toEqual({ toUpload: ['a-1.0.0-py3-none-any.whl', 'a-1.0.0.tar.gz'], alreadyThere: [] });
    expect(planUploads(local, [{ filename: 'a-1.0.0-py3-none-any.whl', sha256: '11' }], o)).toEqual({ toUpload: ['a-1.0.0.tar.gz'], alreadyThere: ['a-1.0.0-py3-none-any.whl'] });
  });

  it('stops on another digest under the same name, whatever the flags', () => {
    for (const flags of [o, { ...o, skipExisting: true }, { ...o, force: true, skipExisting: true }]) {
      const e = caught(() => planUploads(local, [{ filename: 'a-1.0.0.tar.gz', sha256: '99' }], flags));
      expect(e.code).toBe('PUBLISH_FILE_CONFLICT');
      expect(e.details.more).toEqual(['a-1.0.0.tar.gz: index 99, built 22']);
    }
  });

  it('force_publish refuses a version the index has, unless skip-existing', () => {
    expect(caught(() => planUploads(local, [{ filename: 'a-1.0.0.tar.gz', sha256: '22' }], { ...o, force: true })).code).toBe('PUBLISH_VERSION_EXISTS');
    expect(planUploads(local, [{ filename: 'a-1.0.0.tar.gz', sha256: '22' }], { ...o, force: true, skipExisting: true }).toUpload).toEqual(['a-1.0.0-py3-none-any.whl']);
  });
});

describe('publish guard', () => {
  const project = readProjectIdentity('[project]\nname = "demo-pkg"\nversion = "1.2.0"\n');
  const head = 'a'.repeat(40);
  const release = { version: '1.2.0', tagName: 'v1.2.0', sha: head };

  it('publishes the release at its own commit', () => {
    expect(decidePublishTarget({ forcePublish: false, release, project, headSha: head, tagSha: head })).toEqual({ project: 'demo-pkg', version: '1.2.0', tagName: 'v1.2.0', sha: head, mode: 'release' });
  });

  it('refuses another commit, another version or a tag elsewhere, each with its own code', () => {
    expect(caught(() => decidePublishTarget({ forcePublish: false, release: { ...release, sha: 'b'.repeat(40) }, project, headSha: head })).code).toBe('PUBLISH_WRONG_COMMIT');
    expect(caught(() => decidePublishTarget({ forcePublish: false, release: { ...release, version: '1.3.0' }, project, headSha: head })).code).toBe('PUBLISH_VERSION_MISMATCH');
    expect(caught(() => decidePublishTarget({ forcePublish: false, release, project, headSha: head, tagSha: 'c'.repeat(40) })).code).toBe('PUBLISH_TAG_ELSEWHERE');
    expect(caught(() => decidePublishTarget({ forcePublish: false, release: {}, project, headSha: head })).code).toBe('PUBLISH_NO_RELEASE');
  });

  it('force_publish takes the version at HEAD; a dynamic version waits for the build', () => {
    expect(decidePublishTarget({ forcePublish: true, release: {}, project, headSha: head })).toMatchObject({ version: '1.2.0', mode: 'force', tagName: undefined });
    const dynamic = readProjectIdentity('[project]\nname = "demo-pkg"\ndynamic = ["version"]\n');
    expect(decidePublishTarget({ forcePublish: true, release: {}, project: dynamic, headSha: head }).version).toBeUndefined();
  });

  it('explains a pyproject.toml it cannot use', () => {
    expect(caught(() => readProjectIdentity('[project\nname=')).code).toBe('PYPROJECT_INVALID');
    expect(caught(() => readProjectIdentity('[tool.x]\n')).code).toBe('PYPROJECT_NO_NAME');
    expect(caught(() => readProjectIdentity('[project]\nname = "x"\n')).code).toBe('PYPROJECT_NO_VERSION');
  });
});
