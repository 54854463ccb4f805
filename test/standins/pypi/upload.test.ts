/**
 * The PyPI stand-in's legacy upload API with hand-built multipart forms: what it stores, and each
 * refusal of §3.3 with its reason in the status line and the HTML body. File bytes are synthetic
 * (the stand-in does not open archives); pypi-standin.test.ts uploads real builds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startOidcStandin } from '../oidc/oidc-standin.js';
import { digestsOf } from './digests.js';
import { startPypiStandin, type PypiStandin, type PypiStandinOptions } from './pypi-standin.js';
import { basicToken, mintWithJwt, postUpload, sha256Hex, upload, uploadForm, type DistFile, type UploadFields } from './test-client.js';

const USER = 'pypi-user-token';
const demo = { name: 'demo-pkg', version: '0.1.0' } satisfies UploadFields;
const sdist: DistFile = { filename: 'demo_pkg-0.1.0.tar.gz', bytes: Buffer.from('abc') };
const wheel: DistFile = { filename: 'demo_pkg-0.1.0-py3-none-any.whl', bytes: Buffer.from('PK wheel bytes') };
// BLAKE2b-256("abc") from RFC 7693's reference implementation (Python: hashlib.blake2b(b"abc", digest_size=32)).
const ABC_BLAKE2B_256 = 'bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319';

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  const closing = open;
  open = [];
  await Promise.allSettled(closing.map((s) => s.close()));
});

async function pypiWith(options: PypiStandinOptions = {}): Promise<PypiStandin> {
  const pypi = await startPypiStandin({ apiTokens: { [USER]: '*' }, ...options });
  open.push(pypi);
  return pypi;
}

/** Asserts a refusal: status, reason in the status line, and the same reason in the HTML body. */
async function expectRefusal(res: Response, status: number, reason: string): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.statusText).toBe(reason);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  const body = await res.text();
  expect(body).toContain(reason.replace(/&/g, '&amp;').replace(/'/g, '&#x27;'));
}

describe('PyPI stand-in upload: stored files', () => {
  it('stores an sdist and a wheel with their digests and metadata, and logs each attempt', async () => {
    const pypi = await pypiWith();
    const extra = { summary: 'A demo', requires_python: '>=3.9', classifiers: ['Programming Language :: Python :: 3', 'Typing :: Typed'] };
    const first = await upload(pypi, USER, sdist, { ...demo, extra });
    expect(first.status).toBe(200);
    expect(await first.text()).toBe('');
    expect((await upload(pypi, USER, wheel, { ...demo, extra })).status).toBe(200);

    const stored = pypi.files('Demo_Pkg');
    expect(stored.map((f) => [f.filename, f.packagetype, f.pythonVersion, f.version, f.project])).toEqual([
      ['demo_pkg-0.1.0.tar.gz', 'sdist', 'source', '0.1.0', 'demo-pkg'],
      ['demo_pkg-0.1.0-py3-none-any.whl', 'bdist_wheel', 'py3', '0.1.0', 'demo-pkg'],
    ]);
    expect(stored[0]).toMatchObject({ sha256: sha256Hex(sdist.bytes), blake2b256: ABC_BLAKE2B_256, md5: '900150983cd24fb0d6963f7d28e17f72', requiresPython: '>=3.9' });
    expect(stored[0]?.bytes.equals(sdist.bytes)).toBe(true);
    expect(stored[0]?.metadata.classifiers).toEqual(extra.classifiers);
    expect(pypi.files('demo-pkg', '0.1')).toHaveLength(2);
    expect(pypi.files('demo-pkg', '0.2.0')).toEqual([]);
    expect(pypi.uploads).toEqual([
      { filename: sdist.filename, status: 200, reason: 'OK' },
      { filename: wheel.filename, status: 200, reason: 'OK' },
    ]);
  });

  it('answers 200 to a byte-identical re-upload without storing anything, and refuses other bytes under the same name', async () => {
    const pypi = await pypiWith();
    expect((await upload(pypi, USER, sdist, demo)).status).toBe(200);
    expect((await upload(pypi, USER, sdist, demo)).status).toBe(200);
    expect(pypi.files('demo-pkg')).toHaveLength(1);

    const other = { ...sdist, bytes: Buffer.from('abd') };
    const res = await upload(pypi, USER, other, demo);
    // The hash quoted is the refused upload's, not the stored file's.
    const hash = digestsOf(other.bytes).blake2b256;
    expect(hash).not.toBe(ABC_BLAKE2B_256);
    await expectRefusal(res, 400, `File already exists ('demo_pkg-0.1.0.tar.gz', with blake2_256 hash '${hash}'). See https://pypi.org/help/#file-name-reuse for more information.`);
    expect(pypi.files('demo-pkg')[0]?.bytes.equals(sdist.bytes)).toBe(true);
    expect(pypi.uploads.map((u) => u.status)).toEqual([200, 200, 400]);
  });

  it('refuses the same bytes under another file name', async () => {
    const pypi = await pypiWith();
    expect((await upload(pypi, USER, wheel, demo)).status).toBe(200);
    const renamed = { ...wheel, filename: 'demo_pkg-0.1.0-py2.py3-none-any.whl' };
    const res = await upload(pypi, USER, renamed, demo);
    expect(res.status).toBe(400);
    expect(res.statusText).toMatch(/^File already exists \('demo_pkg-0\.1\.0-py2\.py3-none-any\.whl', with blake2_256 hash '[0-9a-f]{64}'\)/);
  });

  it('matches releases canonically: a second sdist for 0.1 lands in 0.1.0 and is refused', async () => {
    const pypi = await pypiWith();
    expect((await upload(pypi, USER, sdist, demo)).status).toBe(200);
    const zip = { filename: 'demo_pkg-0.1.zip', bytes: Buffer.from('zip sdist') };
    await expectRefusal(await upload(pypi, USER, zip, { name: 'demo-pkg', version: '0.1' }), 400, 'Only one sdist may be uploaded per release.');
  });

  it('meets a retry after an injected 503 or a connection dropped after storing with the identical-file 200', async () => {
    const pypi = await pypiWith();
    pypi.faults.add({ method: 'POST', path: '/legacy/', status: 503, times: 1 });
    expect((await upload(pypi, USER, sdist, demo)).status).toBe(503);
    expect(pypi.files('demo-pkg')).toEqual([]);
    expect((await upload(pypi, USER, sdist, demo)).status).toBe(200);

    pypi.faults.add({ method: 'POST', path: '/legacy/', drop: 'after', times: 1 });
    await expect(upload(pypi, USER, wheel, demo)).rejects.toThrow();
    // The handler ran: the wheel is stored although the client saw no answer, so the retry is the no-op 200.
    expect(pypi.files('demo-pkg').map((f) => f.filename)).toEqual([sdist.filename, wheel.filename]);
    expect((await upload(pypi, USER, wheel, demo)).status).toBe(200);
    expect(pypi.files('demo-pkg')).toHaveLength(2);
    expect(pypi.uploads.map((u) => u.status)).toEqual([200, 200, 200]);
  });

  it('never accepts a deleted file name again', async () => {
    const pypi = await pypiWith();
    expect((await upload(pypi, USER, wheel, demo)).status).toBe(200);
    pypi.deleteFile(wheel.filename);
    expect(pypi.files('demo-pkg')).toEqual([]);
    await expectRefusal(
      await upload(pypi, USER, wheel, demo),
      400,
      'This filename was previously used by a file that has since been deleted. Use a different version. See https://pypi.org/help/#file-name-reuse for more information.',
    );
  });
});

describe('PyPI stand-in upload: form and file refusals', () => {
  it('refuses a digest that does not match, and a form without any digest', async () => {
    const pypi = await pypiWith();
    await expectRefusal(await upload(pypi, USER, sdist, { ...demo, sha256: '0'.repeat(64) }), 400, 'The digest supplied does not match a digest calculated from the uploaded file.');
    await expectRefusal(await upload(pypi, USER, sdist, { ...demo, sha256: null }), 400, 'Error: Include at least one message digest.');
    await expectRefusal(await upload(pypi, USER, sdist, { ...demo, sha256: 'xyz' }), 400, 'Invalid value for sha256_digest. Error: Use a valid, hex-encoded, SHA256 message digest.');
    expect(pypi.files('demo-pkg')).toEqual([]);
  });

  it('refuses a wheel whose version differs from the metadata', async () => {
    const pypi = await pypiWith();
    await expectRefusal(await upload(pypi, USER, wheel, { ...demo, version: '0.2.0' }), 400, "Version in filename should be '0.2.0' not '0.1.0'.");
  });

  it('holds sdist names to PEP 625 and wheel names to the normalized project name', async () => {
    const pypi = await pypiWith();
    const cases: [DistFile, string][] = [
      [{ filename: 'demo-pkg-0.1.0.tar.gz', bytes: Buffer.from('1') }, "Filename 'demo-pkg-0.1.0.tar.gz' is invalid, should be 'demo_pkg-0.1.0.tar.gz'."],
      [{ filename: 'demo_pkg-0.1.0.0.tar.gz', bytes: Buffer.from('2') }, "Filename 'demo_pkg-0.1.0.0.tar.gz' is invalid, should be 'demo_pkg-0.1.0.tar.gz'."],
      [{ filename: 'other_pkg-0.1.0.tar.gz', bytes: Buffer.from('3') }, "Start filename for 'demo-pkg' with 'demo_pkg'."],
      [{ filename: 'other_pkg-0.1.0-py3-none-any.whl', bytes: Buffer.from('4') }, "Start filename for 'demo-pkg' with 'demo_pkg'."],
      [{ filename: 'Demo_Pkg-0.1.0-py3-none-any.whl', bytes: Buffer.from('5') }, "Filename 'Demo_Pkg-0.1.0-py3-none-any.whl' should contain the normalized project name 'demo_pkg', not 'Demo_Pkg'."],
      [{ filename: 'demo_pkg-0.1.0-cp311-cp311-linux_x86_64.whl', bytes: Buffer.from('6') }, "Binary wheel 'demo_pkg-0.1.0-cp311-cp311-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'."],
      [{ filename: 'demo_pkg-0.1.0.exe', bytes: Buffer.from('7') }, 'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information'],
    ];
    for (const [file, reason] of cases) {
      const res = await upload(pypi, USER, file, { ...demo, filetype: file.filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist' });
      expect(res.status, file.filename).toBe(400);
      expect(res.statusText, file.filename).toBe(reason);
    }
    const manylinux = { filename: 'demo_pkg-0.1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', bytes: Buffer.from('8') };
    expect((await upload(pypi, USER, manylinux, { ...demo, pyversion: 'cp311' })).status).toBe(200);
    expect(pypi.files('demo-pkg').map((f) => f.filename)).toEqual([manylinux.filename]);
  });

  it('refuses missing or invalid core metadata with the core-metadata help link', async () => {
    const pypi = await pypiWith();
    const help = 'See https://packaging.python.org/specifications/core-metadata for more information.';
    const rule = "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.";
    const cases: [UploadFields, string][] = [
      [{ ...demo, version: 'dog' }, `'dog' is an invalid value for Version. Error: ${rule} ${help}`],
      [{ ...demo, version: '0.1.0+local' }, `'0.1.0+local' is an invalid value for Version. Error: Can't use PEP 440 local versions. ${help}`],
      [{ ...demo, version: '' }, `'' is an invalid value for Version. Error: This field is required. ${help}`],
      [{ ...demo, name: 'demo-' }, `'demo-' is an invalid value for Name. Error: ${rule} ${help}`],
      [{ ...demo, metadataVersion: '9.9' }, `'9.9' is an invalid value for Metadata-Version. Error: Use a known metadata version. ${help}`],
      // FormData sends a value's newline as CRLF (HTML form encoding), so that is what PyPI quotes back.
      [{ ...demo, extra: { summary: 'two\nlines' } }, `'two\\r\\nlines' is an invalid value for Summary. Error: Use a single line only. ${help}`],
      [{ ...demo, pyversion: 'py3' }, "Error: Use 'source' as Python version for an sdist."],
      [{ ...demo, filetype: 'bdist_egg', pyversion: 'py3' }, 'Invalid value for filetype. Error: Use a known file type.'],
    ];
    for (const [fields, reason] of cases) {
      const res = await upload(pypi, USER, sdist, fields);
      expect(res.status, reason).toBe(400);
      expect(res.statusText, reason).toBe(reason);
    }
    const noPyversion = await upload(pypi, USER, wheel, { ...demo, pyversion: null });
    expect(noPyversion.statusText).toBe('Error: Python version is required for binary distribution uploads.');
    expect(pypi.files('demo-pkg')).toEqual([]);
  });

  it('refuses an image as a distribution and a form without a file', async () => {
    const pypi = await pypiWith();
    await expectRefusal(await upload(pypi, USER, sdist, { ...demo, contentType: 'image/png' }), 400, 'Invalid distribution file.');
    const form = uploadForm(sdist, demo);
    form.delete('content');
    await expectRefusal(await postUpload(pypi.uploadUrl, USER, form), 400, 'Upload payload does not have a file.');
  });

  it('redirects /legacy to /legacy/ with 308, and answers 404 to a form without :action', async () => {
    const pypi = await pypiWith();
    const res = await postUpload(`${pypi.url}/legacy`, USER, uploadForm(sdist, demo));
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/legacy/');
    expect(res.statusText).toBe('An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)');
    const form = uploadForm(sdist, demo);
    form.delete(':action');
    expect((await postUpload(pypi.uploadUrl, USER, form)).status).toBe(404);
    expect(pypi.files('demo-pkg')).toEqual([]);
  });
});

describe('PyPI stand-in upload: credentials', () => {
  const INVALID_AUTH = 'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.';

  it('refuses missing and unknown credentials, and a password login', async () => {
    const pypi = await pypiWith();
    await expectRefusal(await fetch(pypi.uploadUrl, { method: 'POST', body: uploadForm(sdist, demo) }), 403, INVALID_AUTH);
    await expectRefusal(await upload(pypi, 'pypi-unknown', sdist, demo), 403, INVALID_AUTH);
    const password = await fetch(pypi.uploadUrl, { method: 'POST', headers: { authorization: `Basic ${Buffer.from('alice:hunter2').toString('base64')}` }, body: uploadForm(sdist, demo) });
    expect(password.status).toBe(403);
    expect(password.statusText).toMatch(/^Username\/Password authentication is no longer supported/);
    // The log keeps the scheme only.
    expect(pypi.log.find('POST', '/legacy/').map((e) => e.authorization)).toEqual([undefined, 'Basic ***', 'Basic ***']);
    expect(pypi.files('demo-pkg')).toEqual([]);
  });

  it('accepts token and bearer schemes besides Basic __token__', async () => {
    const pypi = await pypiWith();
    const res = await fetch(pypi.uploadUrl, { method: 'POST', headers: { authorization: `token ${USER}` }, body: uploadForm(sdist, demo) });
    expect(res.status).toBe(200);
    expect(basicToken('x')).toBe(`Basic ${Buffer.from('__token__:x').toString('base64')}`);
  });

  it('holds a project-scoped API token to its projects', async () => {
    const pypi = await pypiWith({ apiTokens: { 'pypi-scoped': ['demo-pkg'], 'pypi-other': ['other-pkg'] } });
    expect((await upload(pypi, 'pypi-scoped', sdist, demo)).status).toBe(200);
    const other = { filename: 'other_pkg-1.0.tar.gz', bytes: Buffer.from('o') };
    await expectRefusal(await upload(pypi, 'pypi-scoped', other, { name: 'other-pkg', version: '1.0' }), 403, "Invalid API Token: project-scoped token is not valid for project: 'other-pkg'");
  });

  // Warehouse's file_upload order (forklift/legacy.py): credentials, form, project, permission, then the file itself.
  it('checks the permission before the file: a wrong digest answers 403 for a project the token does not cover, the digest 400 for one it does; nothing stored', async () => {
    const pypi = await pypiWith({ apiTokens: { 'pypi-scoped': ['demo-pkg'], 'pypi-other': ['other-pkg'] } });
    const probe = (name: string, filename: string) => upload(pypi, 'pypi-scoped', { filename, bytes: Buffer.from('not the file') }, { name, version: '1.0', sha256: sha256Hex(Buffer.from('the real file')) });
    await expectRefusal(await probe('other-pkg', 'other_pkg-1.0.tar.gz'), 403, "Invalid API Token: project-scoped token is not valid for project: 'other-pkg'");
    await expectRefusal(await probe('demo-pkg', 'demo_pkg-1.0.tar.gz'), 400, 'The digest supplied does not match a digest calculated from the uploaded file.');
    expect(pypi.files('demo-pkg')).toEqual([]);
    expect(pypi.files('other-pkg')).toEqual([]);
  });

  it('refuses a minted token after 15 minutes by its clock, after expireMintedTokens, and for projects it does not cover', async () => {
    let nowMs = Date.now();
    // One clock for both, so tokens issued after the jump are fresh to PyPI.
    const oidc = await startOidcStandin({ now: () => nowMs });
    open.push(oidc);
    const pypi = await pypiWith({
      now: () => nowMs,
      oidc: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl },
      publishers: [{ repository: 'acme/widget', repositoryOwnerId: '4242', workflowFilename: 'release.yml', projects: ['demo-pkg'] }],
      apiTokens: { 'pypi-other': ['other-pkg'] },
    });
    const token = (await mintWithJwt(pypi, oidc.sign('pypi'))).body.token!;
    const other = { filename: 'other_pkg-1.0.tar.gz', bytes: Buffer.from('o') };
    await expectRefusal(await upload(pypi, token, other, { name: 'other-pkg', version: '1.0' }), 403, "Invalid API Token: OIDC scoped token is not valid for project 'other-pkg'");
    const brandNew = { filename: 'brand_new-1.0.tar.gz', bytes: Buffer.from('n') };
    const refused = await upload(pypi, token, brandNew, { name: 'brand-new', version: '1.0' });
    expect(refused.status).toBe(400);
    expect(refused.statusText).toMatch(/^Non-user identities cannot create new projects\./);

    nowMs += 14 * 60_000;
    expect((await upload(pypi, token, sdist, demo)).status).toBe(200);
    nowMs += 60_000;
    await expectRefusal(await upload(pypi, token, wheel, demo), 403, 'Invalid API Token: token is expired');

    const fresh = (await mintWithJwt(pypi, oidc.sign('pypi'))).body.token!;
    pypi.expireMintedTokens();
    await expectRefusal(await upload(pypi, fresh, wheel, demo), 403, 'Invalid API Token: token is expired');
    expect(pypi.files('demo-pkg').map((f) => f.filename)).toEqual([sdist.filename]);
  });

  it('stores attestations sent with a trusted-publishing token, and refuses malformed ones or ones sent with an API token', async () => {
    const oidc = await startOidcStandin();
    open.push(oidc);
    const pypi = await pypiWith({
      oidc: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl },
      publishers: [{ repository: 'acme/widget', repositoryOwnerId: '4242', workflowFilename: 'release.yml', projects: ['demo-pkg'] }],
    });
    const token = (await mintWithJwt(pypi, oidc.sign('pypi'))).body.token!;
    const bad = await upload(pypi, token, sdist, { ...demo, attestations: '{not json' });
    expect(bad.status).toBe(400);
    expect(bad.statusText).toMatch(/^Invalid attestations supplied during upload: Malformed attestations: /);
    expect((await upload(pypi, token, sdist, { ...demo, attestations: '{"version": 1}' })).statusText).toMatch(/^Invalid attestations supplied during upload: /);
    await expectRefusal(
      await upload(pypi, USER, sdist, { ...demo, attestations: '[]' }),
      400,
      'Invalid attestations supplied during upload: Attestations are only supported when using Trusted Publishing',
    );
    const raw = '[{"version": 1, "verification_material": {}, "envelope": {}}]';
    expect((await upload(pypi, token, sdist, { ...demo, attestations: raw })).status).toBe(200);
    expect(pypi.files('demo-pkg')[0]?.attestations).toBe(raw);
  });
});
