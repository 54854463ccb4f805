/**
 * stage: publish against the stand-ins, with the real build backend and twine: what reaches
 * PyPI and the GitHub release, what a failure leaves behind, and that a re-run converges.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uvLockText } from '../../harness/monorepo-demo.js';
import { buildDemoWith } from '../../harness/built-demo.js';
import { missingTools, missingToolsReason, pythonWithTools } from '../../harness/tools.js';
import { publishFixtures, uploadRequests, withUvStandin, type PublishFixture, type PublishRun } from './fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine', 'venv', 'pip']);
const why = missing.length ? ` (skipped: ${missingToolsReason(missing)})` : '';
const exec = promisify(execFile);

const openFixture = publishFixtures();
let fixture: PublishFixture | undefined;

const uploads = uploadRequests;
const stored = (f: PublishFixture) => f.pypi.files('demo-pkg', '0.1.0').map((s) => s.filename).sort();
const assets = (f: PublishFixture) => f.gh.state.releases[0]?.assets.map((a) => a.name).sort() ?? [];

function expectNoLeak(run: PublishRun, f: PublishFixture): void {
  const secrets = [...run.secrets, ...f.oidc.issued, ...f.pypi.mintedTokens];
  expect(secrets.length).toBeGreaterThan(0);
  for (const s of secrets) {
    expect(run.log).not.toContain(s);
    expect(JSON.stringify(run.outcome ?? {})).not.toContain(s);
    expect(JSON.stringify(run.error?.details ?? {})).not.toContain(s);
  }
}

describe.skipIf(missing.length > 0)(`stage: publish${why}`, () => {
  it('builds, checks, uploads with trusted publishing, attaches the files and SHA256SUMS; pip installs the result', async () => {
    fixture = await openFixture();
    const run = await fixture.run();
    expect(run.error, run.error?.message).toBeUndefined();
    const outputs = run.outcome!.outputs;
    expect(outputs.published).toBe('true');
    expect(outputs.version).toBe('0.1.0');
    expect(outputs.repository_url).toBe(fixture.pypi.uploadUrl);
    const files = JSON.parse(outputs.files!) as { name: string; sha256: string }[];
    expect(files.map((f) => f.name)).toEqual(['demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0.tar.gz']);
    // What PyPI stored is byte for byte what the outputs name.
    for (const f of files) expect(fixture.pypi.files('demo-pkg', '0.1.0').find((s) => s.filename === f.name)?.sha256).toBe(f.sha256);
    expect(uploads(fixture)).toHaveLength(2);
    expect(uploads(fixture).every((u) => u.authorization === 'Basic ***')).toBe(true);
    expect(fixture.pypi.log.entries.filter((e) => e.path === '/_/oidc/mint-token')).toHaveLength(1);

    expect(assets(fixture)).toEqual(['SHA256SUMS', 'demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0.tar.gz']);
    const sums = fixture.gh.state.releases[0]!.assets.find((a) => a.name === 'SHA256SUMS')!.bytes.toString();
    expect(sums).toBe(files.map((f) => `${f.sha256}  ${f.name}\n`).join(''));
    expect(run.outcome!.summary).toContain(files[0]!.sha256);
    expectNoLeak(run, fixture);

    // A real pip, in a fresh venv, from the stand-in's simple index.
    const venv = mkdtempSync(join(tmpdir(), 'venv-'));
    const env = { PATH: '/usr/bin:/bin', HOME: venv, PIP_DISABLE_PIP_VERSION_CHECK: '1', PYTHONNOUSERSITE: '1' };
    // Asynchronous: the stand-in answers from this same process.
    await exec(pythonWithTools() ?? 'python3', ['-m', 'venv', venv], { env });
    await exec(join(venv, 'bin', 'pip'), ['install', '-q', '--no-cache-dir', '--index-url', `${fixture.pypi.url}/simple/`, 'demo-pkg==0.1.0'], { env });
    const { stdout } = await exec(join(venv, 'bin', 'python'), ['-c', 'import demo_pkg, importlib.metadata as m; print(demo_pkg.slugify("Hello, World!"), m.version("demo-pkg"))'], { env });
    expect(stdout.trim()).toBe('hello-world 0.1.0');
  });

  it('a re-run sends nothing again: same files on PyPI, same assets, no second mint', async () => {
    fixture = await openFixture();
    expect((await fixture.run()).error).toBeUndefined();
    const again = await fixture.run();
    expect(again.error, again.error?.message).toBeUndefined();
    expect(uploads(fixture)).toHaveLength(2);
    expect(fixture.pypi.log.entries.filter((e) => e.path === '/_/oidc/mint-token')).toHaveLength(1);
    expect(assets(fixture)).toHaveLength(3);
    expect(again.outcome!.headline).toMatch(/0 uploaded, 2 already there/);
  });

  it('survives a connection dropped after PyPI stored the file: the retry meets the identical-file 200', async () => {
    fixture = await openFixture();
    fixture.pypi.faults.add({ method: 'POST', path: '/legacy/', drop: 'after', times: 1 });
    const run = await fixture.run();
    expect(run.error, run.error?.message).toBeUndefined();
    expect(stored(fixture)).toEqual(['demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0.tar.gz']);
    expect(uploads(fixture)).toHaveLength(3);
  });

  it('fails clearly when PyPI stays down mid-batch, and the re-run uploads only the missing file', async () => {
    fixture = await openFixture();
    // The wheel goes first; the sdist meets 503 on every attempt.
    // A fault without effect lets the wheel through; the sdist then meets 503 on all 3 attempts.
    fixture.pypi.faults.add({ method: 'POST', path: '/legacy/', times: 1 });
    fixture.pypi.faults.add({ method: 'POST', path: '/legacy/', status: 503, times: 3 });
    const first = await fixture.run();
    expect(first.error?.code).toMatch(/PUBLISH_UPLOAD_REFUSED|NETWORK_FAILED/);
    expect(first.error?.message).toMatch(/503/);
    fixture.pypi.faults.clear();
    const second = await fixture.run();
    expect(second.error, second.error?.message).toBeUndefined();
    expect(stored(fixture)).toEqual(['demo_pkg-0.1.0-py3-none-any.whl', 'demo_pkg-0.1.0.tar.gz']);
    const accepted = uploads(fixture).filter((u) => u.status === 200);
    expect(accepted).toHaveLength(2);
  });

  it('mints again when the upload token expires between two files', async () => {
    // The index's clock jumps 20 minutes once the first file is stored: the 15-minute token is then expired.
    let standin: PublishFixture['pypi'] | undefined;
    const now = () => Date.now() + ((standin?.files('demo-pkg').length ?? 0) >= 1 ? 20 * 60_000 : 0);
    fixture = await openFixture({ pypi: { now }, oidc: { now } });
    standin = fixture.pypi;
    const run = await fixture.run();
    expect(run.error, run.error?.message).toBeUndefined();
    expect(stored(fixture)).toHaveLength(2);
    expect(fixture.pypi.log.entries.filter((e) => e.path === '/_/oidc/mint-token')).toHaveLength(2);
    expect(uploads(fixture).map((u) => u.status)).toEqual([200, 403, 200]);
    expectNoLeak(run, fixture);
  });

  it('a 502 from the upload host that leaves a starter asset: removed and uploaded again, one asset per name', async () => {
    fixture = await openFixture();
    fixture.gh.breakNextAssetUpload();
    const run = await fixture.run();
    expect(run.error, run.error?.message).toBeUndefined();
    const release = fixture.gh.state.releases[0]!;
    expect(release.assets.map((a) => `${a.name}:${a.state}:${a.size > 0}`).sort()).toEqual(['SHA256SUMS:uploaded:true', 'demo_pkg-0.1.0-py3-none-any.whl:uploaded:true', 'demo_pkg-0.1.0.tar.gz:uploaded:true']);
    expect(fixture.gh.log.entries.filter((e) => e.method === 'DELETE')).toHaveLength(1);
  });

  it('uploads with an API token from the password input, masked, without OIDC', async () => {
    const apiToken = 'pypi-AgEIcHlwaS5vcmcSentinelApiToken0000000000';
    fixture = await openFixture({ pypi: { apiTokens: { [apiToken]: ['demo-pkg'] } } });
    const run = await fixture.run({ password: apiToken, idTokenRequest: undefined });
    expect(run.error, run.error?.message).toBeUndefined();
    expect(stored(fixture)).toHaveLength(2);
    expect(fixture.oidc.issued).toHaveLength(0);
    expect(run.log).not.toContain(apiToken);
  });

  it('dry-run builds and checks only: nothing minted, uploaded or attached', async () => {
    fixture = await openFixture();
    const run = await fixture.run({ dryRun: true });
    expect(run.error, run.error?.message).toBeUndefined();
    expect(run.outcome!.outputs.published).toBe('false');
    expect(fixture.pypi.log.entries.filter((e) => e.method === 'POST')).toHaveLength(0);
    expect(fixture.oidc.issued).toHaveLength(0);
    expect(assets(fixture)).toEqual([]);
  });

  it('runs through uv when the project uses it: uv build, and twine at the release uv.lock locks (the uv stand-in, which behaves as uv does)', async () => {
    fixture = await openFixture();
    // A lock that pins twine: the release pyrelease runs with uvx (the stand-in offers Debian's 4.0.2 only, as an offline runner would).
    writeFileSync(join(fixture.repo.dir, 'uv.lock'), uvLockText());
    await fixture.repo.git(['add', 'uv.lock']);
    await fixture.repo.git(['commit', '-q', '-m', 'chore: lock']);
    await fixture.repo.git(['tag', '-f', 'v0.1.0']);
    await fixture.repo.git(['push', '-q', '-f', 'origin', 'HEAD:main', '--tags']);
    const sha = await fixture.repo.git(['rev-parse', 'HEAD']);
    const run = await withUvStandin(() => fixture!.run({ handoff: { release: { releaseCreated: true, version: '0.1.0', tagName: 'v0.1.0', sha } } }));
    expect(run.error, run.error?.message).toBeUndefined();
    expect(run.log).toContain("twine: twine 4.0.2, the project's own (locked in uv.lock)");
    expect(stored(fixture)).toHaveLength(2);
  });
});

function buildOtherDemoWheel(): string {
  const built = buildDemoWith({ 'README.md': '# demo-pkg\n\nAnother build.\n' });
  return built.wheel;
}

describe.skipIf(missing.length > 0)(`stage: publish refuses before anything is uploaded${why}`, () => {
  const nothingSent = (f: PublishFixture) => {
    expect(f.pypi.log.entries.filter((e) => e.method === 'POST' && e.path === '/legacy/')).toHaveLength(0);
    expect(f.pypi.files('demo-pkg')).toHaveLength(0);
    expect(assets(f)).toEqual([]);
  };

  it('no id-token permission: says so with the YAML to add, before building', async () => {
    fixture = await openFixture();
    const run = await fixture.run({ idTokenRequest: undefined });
    expect(run.error?.code).toBe('OIDC_UNAVAILABLE');
    expect(run.error?.details?.fix).toMatch(/id-token: write/);
    expect(run.log).not.toMatch(/build: exit/);
    nothingSent(fixture);
  });

  it('a workflow file the publisher does not name: the claims, the cause and the settings link', async () => {
    fixture = await openFixture();
    fixture.oidc.claims.job_workflow_ref = 'acme/widget/.github/workflows/publish.yml@refs/heads/main';
    fixture.oidc.claims.workflow_ref = 'acme/widget/.github/workflows/publish.yml@refs/heads/main';
    const run = await fixture.run();
    expect(run.error?.code).toBe('TRUSTED_PUBLISHING_REFUSED');
    expect(run.error?.message).toMatch(/no trusted publisher on .* matches repository acme\/widget, workflow publish.yml/);
    expect(run.error?.details?.more).toContain('  job_workflow_ref: acme/widget/.github/workflows/publish.yml@refs/heads/main');
    expect(run.error?.details?.more?.some((l) => l.includes('manage/project/demo-pkg/settings/publishing/?provider=github&owner=acme&repository=widget&workflow_filename=publish.yml'))).toBe(true);
    nothingSent(fixture);
    expectNoLeak(run, fixture);
  });

  it('a publisher that requires an environment the job lacks', async () => {
    fixture = await openFixture({ pypi: { publishers: [{ repository: 'acme/widget', repositoryOwnerId: '4242', workflowFilename: 'release.yml', environment: 'pypi', projects: ['demo-pkg'] }] } });
    const run = await fixture.run();
    expect(run.error?.code).toBe('TRUSTED_PUBLISHING_REFUSED');
    // PyPI looks publishers up by the token's environment: without one it finds none, rather than naming the claim.
    expect(run.error?.message).toMatch(/no trusted publisher .* matches repository acme\/widget, workflow release.yml/);
    expect(run.error?.details?.fix).toMatch(/names an environment matches only a job that declares it \(environment: pypi\)/);
    nothingSent(fixture);
  });

  it('a reusable workflow: names the called file PyPI matched', async () => {
    fixture = await openFixture();
    fixture.oidc.claims.job_workflow_ref = 'acme/shared/.github/workflows/pypi.yml@refs/heads/main';
    const run = await fixture.run();
    expect(run.error?.code).toBe('TRUSTED_PUBLISHING_REFUSED');
    expect(run.error?.message).toMatch(/reusable workflow acme\/shared\/.github\/workflows\/pypi.yml@refs\/heads\/main/);
    // What PyPI supports, with the two claims it compared.
    expect(run.error?.message).toMatch(/\(job_workflow_ref\), called from .* \(workflow_ref\): a reusable workflow of another repository can never be a trusted publisher/);
    nothingSent(fixture);
  });

  it('pull_request_target is refused before the exchange', async () => {
    fixture = await openFixture();
    fixture.oidc.claims.event_name = 'pull_request_target';
    const run = await fixture.run();
    expect(run.error?.message).toMatch(/pull_request_target/);
    expect(fixture.pypi.log.entries.filter((e) => e.path === '/_/oidc/mint-token')).toHaveLength(0);
    nothingSent(fixture);
  });

  it('an index with trusted publishing switched off', async () => {
    fixture = await openFixture({ pypi: { trustedPublishing: false } });
    const run = await fixture.run();
    expect(run.error?.code).toBe('TRUSTED_PUBLISHING_UNSUPPORTED');
    expect(run.error?.details?.fix).toMatch(/password input/);
    nothingSent(fixture);
  });

  it('a checkout that is not the release commit: refused before the build', async () => {
    fixture = await openFixture();
    await fixture.repo.commit('feat: later work', { files: { 'later.txt': 'x\n' } });
    const run = await fixture.run();
    expect(run.error?.code).toBe('PUBLISH_WRONG_COMMIT');
    expect(run.error?.details?.fix).toMatch(/ref: \$\{\{ needs.release.outputs.sha \}\}/);
    expect(fixture.pypi.log.entries).toHaveLength(0);
    nothingSent(fixture);
  });

  it('a release version pyproject.toml does not have', async () => {
    fixture = await openFixture();
    const run = await fixture.run({ handoff: { release: { releaseCreated: true, version: '0.2.0', tagName: 'v0.2.0', sha: fixture.releaseSha } } });
    expect(run.error?.code).toBe('PUBLISH_VERSION_MISMATCH');
    expect(run.error?.message).toBe('pyproject.toml has version 0.1.0, but the release is 0.2.0: this checkout is not the release commit');
    nothingSent(fixture);
  });

  it('the index already holds a different file under the same name: refused, nothing sent', async () => {
    const apiToken = 'pypi-AgEIcHlwaS5vcmcConflictToken000000000000';
    fixture = await openFixture({ pypi: { apiTokens: { [apiToken]: ['demo-pkg'] } } });
    // Someone uploaded a wheel of 0.1.0 built from other sources (a README edit changes its bytes).
    const other = buildOtherDemoWheel();
    const { upload } = await import('../../standins/pypi/test-client.js');
    const { readDistribution } = await import('../../../src/adapters/distribution/read-distribution.js');
    const d = await readDistribution(other);
    const res = await upload(fixture.pypi, apiToken, { filename: d.filename, bytes: d.bytes }, { name: 'demo-pkg', version: '0.1.0', filetype: 'bdist_wheel', pyversion: 'py3' });
    expect(res.status).toBe(200);
    const before = uploads(fixture).length;
    const run = await fixture.run();
    expect(run.error?.code).toBe('PUBLISH_FILE_CONFLICT');
    expect(run.error?.message).toMatch(/already has demo_pkg-0.1.0-py3-none-any.whl with a different sha256/);
    expect(uploads(fixture)).toHaveLength(before);
    expect(assets(fixture)).toEqual([]);
  });

  it('force_publish refuses a version already on the index unless skip-existing', async () => {
    fixture = await openFixture();
    expect((await fixture.run()).error).toBeUndefined();
    const forced = await fixture.run({ forcePublish: true, handoff: {} });
    expect(forced.error?.code).toBe('PUBLISH_VERSION_EXISTS');
    expect(forced.error?.details?.fix).toMatch(/skip-existing: true/);
    const skipping = await fixture.run({ forcePublish: true, skipExisting: true, handoff: {} });
    expect(skipping.error, skipping.error?.message).toBeUndefined();
    expect(uploads(fixture)).toHaveLength(2);
    expect(skipping.outcome!.summary).toMatch(/force_publish/);
  });
});
