// Publish (issue #8) against the PyPI stand-in, with an API token on both sides:
// 1. uploading the demo package's two files: pyrelease's uploader vs `twine upload` (and vs twine
//    without its interpreter start-up, the fairer floor);
// 2. end to end, `node dist/index.js` with stage: publish (build, twine check, upload, attach)
//    vs the seed's steps run by hand: python -m build, twine check --strict, twine upload;
// 3. (issue #19) a cibuildwheel-style set of 3 platform wheels from packages-dir: the action with
//    stage: publish vs the same files through twine upload (and twine check --strict + upload, as
//    pypa/gh-action-pypi-publish runs them with its default verify-metadata).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { it } from 'vitest';
import { readDistribution } from '../src/adapters/distribution/read-distribution.js';
import { PackageIndex } from '../src/adapters/pypi/package-index.js';
import { parseCoreMetadata, uploadFormFields } from '../src/core/publish/core-metadata.js';
import { indexEndpoints } from '../src/core/publish/index-endpoints.js';
import { parseDistributionName } from '../src/core/publish/distribution-name.js';
import { runAction } from '../test/harness/action-run.js';
import { buildDemo } from '../test/harness/built-demo.js';
import { CIBUILDWHEEL_TAGS, platformWheelSet } from '../test/harness/platform-wheels.js';
import { GH_TOKEN, fastPolicies, publishFixture } from '../test/stages/publish/fixture.js';
import { startPypiStandin } from '../test/standins/pypi/pypi-standin.js';
// @ts-expect-error plain ESM helper
import { fmtMs, printTable, summarize } from './lib.mjs';

const exec = promisify(execFile);
const TOKEN = 'pypi-AgEIcHlwaS5vcmcBenchToken00000000000000000';
const env = { PATH: '/usr/bin:/bin', HOME: '/tmp', PYTHONDONTWRITEBYTECODE: '1' };
const RUNS = 5;
// A GitHub-hosted runner names no proxy; the harness's closed loopback proxy is lifted for these runs, which talk to loopback only.
const HOSTED_RUNNER = { HTTPS_PROXY: '', HTTP_PROXY: '' };

it('publish', async () => {
  const built = buildDemo();
  const dists = await Promise.all([built.wheel, built.sdist].map(readDistribution));
  const ours: number[] = [];
  const twine: number[] = [];
  const twineStart: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    // A fresh index each time: an identical re-upload would be PyPI's fast no-op.
    const a = await startPypiStandin({ apiTokens: { [TOKEN]: '*' } });
    const index = new PackageIndex(indexEndpoints(a.uploadUrl), fastPolicies, { now: () => Date.now(), sleep: async () => {}, today: () => '' });
    let t = performance.now();
    for (const d of dists) {
      const name = parseDistributionName(d.filename)!;
      const answer = await index.upload({ token: TOKEN, filename: d.filename, bytes: d.bytes, fields: uploadFormFields(parseCoreMetadata(d.metadataText!), { kind: name.kind, pythonTag: name.pythonTag, sha256: d.sha256 }) });
      if (answer.status !== 200) throw new Error(`upload: ${answer.status} ${answer.reason}`);
    }
    const oursMs = performance.now() - t;
    await a.close();
    const b = await startPypiStandin({ apiTokens: { [TOKEN]: '*' } });
    t = performance.now();
    await exec('/usr/bin/python3', ['-m', 'twine', 'upload', '--disable-progress-bar', '--non-interactive', '--repository-url', b.uploadUrl, '-u', '__token__', '-p', TOKEN, built.wheel, built.sdist], { env });
    const twineMs = performance.now() - t;
    await b.close();
    t = performance.now();
    await exec('/usr/bin/python3', ['-c', 'import twine.commands.upload'], { env });
    const startMs = performance.now() - t;
    if (i > 0) {
      ours.push(oursMs);
      twine.push(twineMs);
      twineStart.push(startMs);
    }
  }
  const o = summarize(ours).median;
  const tw = summarize(twine).median;
  const floor = tw - summarize(twineStart).median;

  const action: number[] = [];
  const actionNoAttach: number[] = [];
  const manual: number[] = [];
  for (let i = 0; i < 3; i++) {
    // With a GitHub token the files are also attached to the release (3 assets, Octokit's 1 s between writes);
    // without one the action does exactly what the manual steps do.
    for (const [token, samples] of [[GH_TOKEN, action], ['', actionNoAttach]] as const) {
      const fx = await publishFixture({ pypi: { apiTokens: { [TOKEN]: '*' } } });
      const t = performance.now();
      const run = await runAction({
        workspace: fx.repo.dir,
        inputs: { stage: 'publish', token, password: TOKEN, sign: 'false', 'repository-url': fx.pypi.uploadUrl, 'build-isolation': 'false', release_created: 'true', version: '0.1.0', tag_name: 'v0.1.0', sha: fx.releaseSha },
        env: { GITHUB_API_URL: fx.gh.url, GITHUB_REPOSITORY: 'acme/widget', PATH: '/usr/bin:/bin', ...HOSTED_RUNNER },
      });
      samples.push(performance.now() - t);
      if (run.exitCode !== 0) throw new Error(run.stdout + run.stderr);
      await fx.close();
    }

    const fy = await publishFixture({ pypi: { apiTokens: { [TOKEN]: '*' } } });
    const t = performance.now();
    await exec('/usr/bin/python3', ['-m', 'build', '--no-isolation', '--skip-dependency-check', '--outdir', 'dist'], { cwd: fy.repo.dir, env });
    const files = ['dist/demo_pkg-0.1.0-py3-none-any.whl', 'dist/demo_pkg-0.1.0.tar.gz'];
    await exec('/usr/bin/python3', ['-m', 'twine', 'check', '--strict', ...files], { cwd: fy.repo.dir, env });
    await exec('/usr/bin/python3', ['-m', 'twine', 'upload', '--disable-progress-bar', '--non-interactive', '--repository-url', fy.pypi.uploadUrl, '-u', '__token__', '-p', TOKEN, ...files], { cwd: fy.repo.dir, env });
    manual.push(performance.now() - t);
    await fy.close();
  }
  const act = summarize(action).median;
  const bare = summarize(actionNoAttach).median;
  const man = summarize(manual).median;
  printTable(`Publish (issue #8): demo package (wheel ${dists[0]!.size} B + sdist ${dists[1]!.size} B) to the loopback PyPI, medians of ${RUNS} and 3`, [
    { measure: 'upload 2 files: pyrelease uploader', value: fmtMs(o), baseline: `twine upload: ${fmtMs(tw)}`, ratio: `${(o / tw).toFixed(2)}×`, target: '≤ 1.1×', ok: o / tw <= 1.1 },
    { measure: '  against twine minus interpreter start', value: fmtMs(o), baseline: fmtMs(floor), ratio: `${(o / floor).toFixed(2)}×`, target: '≤ 1.1×', ok: o / floor <= 1.1 },
    { measure: 'end to end: action, stage: publish, no release assets', value: fmtMs(bare), baseline: `build + twine check + twine upload: ${fmtMs(man)}`, ratio: `${(bare / man).toFixed(2)}×`, target: '≤ 1.1×', ok: bare / man <= 1.1 },
    { measure: '  with the 3 release assets attached', value: fmtMs(act), baseline: fmtMs(man), ratio: `${(act / man).toFixed(2)}×` },
  ]);

  // 3. Three platform wheels handed over in packages-dir: nothing is built on either side.
  const set = platformWheelSet(built.wheel, CIBUILDWHEEL_TAGS);
  const wheelsOurs: number[] = [];
  const wheelsTwine: number[] = [];
  const wheelsCheckUpload: number[] = [];
  for (let i = 0; i < 4; i++) {
    const fx = await publishFixture({ pypi: { apiTokens: { [TOKEN]: '*' } } });
    let t = performance.now();
    const run = await runAction({
      workspace: fx.repo.dir,
      inputs: { stage: 'publish', token: '', password: TOKEN, sign: 'false', 'packages-dir': set.dir, 'repository-url': fx.pypi.uploadUrl, release_created: 'true', version: '0.1.0', tag_name: 'v0.1.0', sha: fx.releaseSha },
      env: { GITHUB_API_URL: fx.gh.url, GITHUB_REPOSITORY: 'acme/widget', PATH: '/usr/bin:/bin', ...HOSTED_RUNNER },
    });
    const oursMs = performance.now() - t;
    if (run.exitCode !== 0 || fx.pypi.files('demo-pkg', '0.1.0').length !== 3) throw new Error(run.stdout + run.stderr);
    await fx.close();
    const b = await startPypiStandin({ apiTokens: { [TOKEN]: '*' } });
    t = performance.now();
    await exec('/usr/bin/python3', ['-m', 'twine', 'upload', '--disable-progress-bar', '--non-interactive', '--repository-url', b.uploadUrl, '-u', '__token__', '-p', TOKEN, ...set.files], { env });
    const twineMs = performance.now() - t;
    await b.close();
    const c = await startPypiStandin({ apiTokens: { [TOKEN]: '*' } });
    t = performance.now();
    await exec('/usr/bin/python3', ['-m', 'twine', 'check', '--strict', ...set.files], { env });
    await exec('/usr/bin/python3', ['-m', 'twine', 'upload', '--disable-progress-bar', '--non-interactive', '--repository-url', c.uploadUrl, '-u', '__token__', '-p', TOKEN, ...set.files], { env });
    const checkUploadMs = performance.now() - t;
    await c.close();
    if (i > 0) {
      wheelsOurs.push(oursMs);
      wheelsTwine.push(twineMs);
      wheelsCheckUpload.push(checkUploadMs);
    }
  }
  const wo = summarize(wheelsOurs).median;
  const wt = summarize(wheelsTwine).median;
  const wc = summarize(wheelsCheckUpload).median;
  printTable('Publish a 3-wheel set from packages-dir (issue #19): the action vs twine on the same files, medians of 3', [
    { measure: 'action, stage: publish, packages-dir (check set, twine check, upload)', value: fmtMs(wo), baseline: `twine upload: ${fmtMs(wt)}`, ratio: `${(wo / wt).toFixed(2)}×`, target: '≤ 1.1×', ok: wo / wt <= 1.1 },
    { measure: '  against twine check --strict + twine upload', value: fmtMs(wo), baseline: fmtMs(wc), ratio: `${(wo / wc).toFixed(2)}×`, target: '≤ 1.1×', ok: wo / wc <= 1.1 },
  ]);
});
