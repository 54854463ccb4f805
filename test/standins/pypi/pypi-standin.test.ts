/**
 * The PyPI stand-in against real Python tools: the demo package built once with hatchling (a temp
 * copy, never in place), published through the OIDC exchange with hand-built forms and with twine,
 * then installed by a real pip into a fresh venv from the stand-in's simple index. Skipped, with the
 * reason in the test name, when /usr/bin/python3 lacks build, hatchling or venv.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startOidcStandin, type OidcStandin } from '../oidc/oidc-standin.js';
import { digestsOf } from './digests.js';
import { SIMPLE_JSON } from './simple-index.js';
import { startPypiStandin, type PypiStandin } from './pypi-standin.js';
import { mintViaOidc, sha256Hex, upload, type DistFile, type UploadFields } from './test-client.js';
import { skipWhenMissing } from '../../harness/skip.js';

const PYTHON = '/usr/bin/python3';
const DEMO = fileURLToPath(new URL('../../../examples/demo-package', import.meta.url));
const WHEEL = 'demo_pkg-0.1.0-py3-none-any.whl';
const SDIST = 'demo_pkg-0.1.0.tar.gz';

function probe(modules: string[]): string | undefined {
  const r = spawnSync(PYTHON, ['-c', `import ${modules.join(', ')}`], { encoding: 'utf8', timeout: 30_000 });
  if (r.error) return `${PYTHON} not runnable (${r.error.message})`;
  return r.status === 0 ? undefined : `${PYTHON} lacks ${modules.join('/')}: ${r.stderr.trim().split('\n').at(-1)}`;
}
const missingBuild = probe(['build', 'hatchling', 'venv', 'ensurepip']);
const missingTwine = missingBuild ?? probe(['twine']);
// With CI=true a missing module fails the file naming it (harness/skip.ts); locally it skips, printed.
skipWhenMissing(missingTwine ? ['build/hatchling/venv/twine'] : [], missingTwine ?? '');
const why = (reason: string | undefined) => (reason ? ` (skipped: ${reason})` : '');

interface Run {
  code: number;
  out: string;
}

/** Runs a program with a minimal environment: no user config, no proxies, no pip version check. */
function run(program: string, args: string[], cwd: string, home: string): Promise<Run> {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    PYTHONNOUSERSITE: '1',
    PYTHONDONTWRITEBYTECODE: '1',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    PIP_NO_INPUT: '1',
    PIP_CONFIG_FILE: '/dev/null',
    TWINE_NON_INTERACTIVE: '1',
    // Wide enough that twine's rich output keeps a reason on one line.
    COLUMNS: '400',
  };
  return new Promise((done) => {
    execFile(program, args, { cwd, env, timeout: 180_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out: `${stdout}${stderr}` });
    });
  });
}

const metadata: Omit<UploadFields, 'filetype' | 'pyversion'> = {
  name: 'demo-pkg',
  version: '0.1.0',
  extra: { summary: 'A small text utility package used to demonstrate pyrelease.', requires_python: '>=3.9', classifiers: ['Programming Language :: Python :: 3', 'Typing :: Typed'] },
};

describe.skipIf(missingBuild !== undefined)(`PyPI stand-in with the real demo package${why(missingBuild)}`, () => {
  let work = '';
  let dist: DistFile[] = [];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'pypi-standin-'));
    const copy = join(work, 'demo-package');
    cpSync(DEMO, copy, { recursive: true, filter: (src) => !/(^|\/)(dist|build|\.venv|__pycache__|\.mypy_cache|\.pytest_cache)$/.test(src) });
    // Offline build with the machine's hatchling (see test/harness/demo-package.test.ts for the flags).
    const built = await run(PYTHON, ['-m', 'build', '--no-isolation', '--skip-dependency-check', '--outdir', join(work, 'dist')], copy, work);
    expect(built.code, built.out).toBe(0);
    expect(readdirSync(join(work, 'dist')).sort()).toEqual([WHEEL, SDIST]);
    dist = [SDIST, WHEEL].map((filename) => ({ filename, bytes: readFileSync(join(work, 'dist', filename)) }));
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  let open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    const closing = open;
    open = [];
    await Promise.allSettled(closing.map((s) => s.close()));
  });

  async function standins(): Promise<{ oidc: OidcStandin; pypi: PypiStandin }> {
    const oidc = await startOidcStandin();
    const pypi = await startPypiStandin({
      oidc: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl },
      publishers: [{ repository: 'acme/widget', repositoryOwnerId: '4242', workflowFilename: 'release.yml', projects: ['demo-pkg'] }],
    });
    open.push(oidc, pypi);
    return { oidc, pypi };
  }

  async function publish(pypi: PypiStandin, oidc: OidcStandin): Promise<string> {
    const minted = await mintViaOidc(pypi, oidc);
    expect(minted.status).toBe(200);
    const token = minted.body.token!;
    for (const file of dist) {
      const res = await upload(pypi, token, file, metadata);
      expect(res.status, `${file.filename}: ${res.statusText}`).toBe(200);
    }
    return token;
  }

  it('takes both files through a minted token, lists them with their sha256, and tells identical from different re-uploads', async () => {
    const { oidc, pypi } = await standins();
    const token = await publish(pypi, oidc);

    const project = (await (await fetch(`${pypi.url}/pypi/demo-pkg/json`)).json()) as { info: { version: string; requires_python: string }; urls: { filename: string; packagetype: string; digests: { sha256: string } }[] };
    expect(project.info).toMatchObject({ version: '0.1.0', requires_python: '>=3.9' });
    expect(project.urls.map((u) => [u.filename, u.packagetype, u.digests.sha256])).toEqual(dist.map((f) => [f.filename, f.filename === WHEEL ? 'bdist_wheel' : 'sdist', sha256Hex(f.bytes)]));

    const again = await upload(pypi, token, dist[1]!, metadata);
    expect(again.status).toBe(200);
    const changed = { filename: WHEEL, bytes: Buffer.concat([dist[1]!.bytes, Buffer.from('\0')]) };
    const refused = await upload(pypi, token, changed, metadata);
    expect(refused.status).toBe(400);
    expect(refused.statusText).toMatch(new RegExp(`^File already exists \\('${WHEEL.replace(/\./g, '\\.')}', with blake2_256 hash '[0-9a-f]{64}'\\)\\. See https://pypi\\.org/help/#file-name-reuse`));
    expect(pypi.files('demo-pkg').map((f) => sha256Hex(f.bytes))).toEqual(dist.map((f) => sha256Hex(f.bytes)));
  });

  it('is an index a real pip installs from into a fresh venv', async () => {
    const { oidc, pypi } = await standins();
    await publish(pypi, oidc);
    const venv = join(work, `venv-${Date.now()}`);
    const created = await run(PYTHON, ['-m', 'venv', venv], work, work);
    expect(created.code, created.out).toBe(0);
    const python = join(venv, 'bin', 'python');

    const installed = await run(python, ['-m', 'pip', 'install', '--no-cache-dir', '--index-url', pypi.indexUrl, 'demo-pkg==0.1.0'], work, work);
    expect(installed.code, installed.out).toBe(0);
    expect(installed.out).toMatch(/Successfully installed demo-pkg-0\.1\.0/);
    const imported = await run(python, ['-c', 'import demo_pkg, sys; print(demo_pkg.__file__)'], work, work);
    expect(imported.code, imported.out).toBe(0);
    expect(imported.out.trim().startsWith(venv)).toBe(true);

    // pip asked for PEP 691 JSON and got it, then fetched the wheel (not the sdist) by its URL.
    const page = pypi.log.find('GET', '/simple/demo-pkg/');
    expect(page[0]?.headers.accept).toContain(SIMPLE_JSON);
    expect(page[0]?.status).toBe(200);
    const downloads = pypi.log.find('GET', /^\/files\//).map((e) => e.path.split('/').at(-1));
    expect(downloads).toEqual([WHEEL]);
  });

  it.skipIf(missingTwine !== undefined)(`accepts twine's own upload form, and twine shows the reason from the status line${why(missingTwine)}`, async () => {
    const { oidc, pypi } = await standins();
    const minted = await mintViaOidc(pypi, oidc);
    const files = dist.map((f) => join(work, 'dist', f.filename));
    const twine = (paths: string[]) =>
      run(PYTHON, ['-m', 'twine', 'upload', '--repository-url', pypi.uploadUrl, '-u', '__token__', '-p', minted.body.token!, '--disable-progress-bar', ...paths], work, work);

    const first = await twine(files);
    expect(first.code, first.out).toBe(0);
    // twine sends wheels before sdists.
    expect(pypi.uploads.map((u) => [u.filename, u.status])).toEqual([
      [WHEEL, 200],
      [SDIST, 200],
    ]);
    const wheel = pypi.files('demo-pkg').find((f) => f.filename === WHEEL)!;
    expect(wheel.sha256).toBe(sha256Hex(dist[1]!.bytes));
    expect(wheel.metadata).toMatchObject({ name: ['demo-pkg'], version: ['0.1.0'], requires_python: ['>=3.9'] });
    expect(wheel.metadata.classifiers).toContain('Typing :: Typed');

    // Same bytes again: PyPI's no-op 200, so twine succeeds.
    expect((await twine([files[1]!])).code).toBe(0);

    // Same name, other bytes: an empty gzip member appended keeps the sdist readable for twine.
    const changedDir = mkdtempSync(join(work, 'changed-'));
    const changed = join(changedDir, SDIST);
    writeFileSync(changed, Buffer.concat([readFileSync(files[0]!), gzipSync(Buffer.alloc(0))]));
    const refused = await twine([changed]);
    expect(refused.code).not.toBe(0);
    // twine prints the status line's reason, which is where PyPI (and the stand-in) put it.
    const hash = digestsOf(readFileSync(changed)).blake2b256;
    expect(refused.out).toContain('HTTPError: 400 Bad Request');
    expect(refused.out.replace(/\s+/g, ' ')).toContain(`File already exists ('${SDIST}', with blake2_256 hash '${hash}'). See https://pypi.org/help/#file-name-reuse for more information.`);
  });
});
