// The whole pipeline (issue #10): stage: all on the run after a release PR was merged — gates,
// scan, release, build, check, sign, upload, validate, comments — in process against the
// stand-ins, next to the external tools' own time for the same work run one after another by
// hand (ruff ×2, mypy, pytest, bandit, build, twine check, twine upload, venv + pip install).
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { it } from 'vitest';
import { CliRuntime } from '../src/adapters/runtime/cli-runtime.js';
import { runPipeline } from '../src/main.js';
import { repoRoot } from '../test/harness/action-run.js';
import { testSettings } from '../test/harness/settings.js';
import { fastPolicies } from '../test/stages/publish/fixture.js';
import { createWorld, GH_SENTINEL } from '../test/reliability/world.js';
// @ts-expect-error plain ESM helper
import { fmtMs, printTable, summarize } from './lib.mjs';

const exec = promisify(execFile);
const API_TOKEN = 'pypi-AgEIcHlwaS5vcmcBenchPipeline00000000000000';
const fakeTools = join(repoRoot, 'test', 'harness', 'fake-tools');

async function world() {
  // The reliability suite's world (repository, bare origin, GitHub, OIDC, Sigstore, PyPI), driven in process here.
  const w = await createWorld({ apiTokens: { [API_TOKEN]: '*' } });
  w.commit('feat: something new');
  w.push();
  const settings = testSettings({
    stage: 'all', token: GH_SENTINEL, workingDirectory: w.repo, tempDir: mkdtempSync(join(tmpdir(), 'bench-temp-')), apiUrl: w.gh.url, repositoryUrl: w.pypi.uploadUrl, buildIsolation: false, pythonVersions: ['3.11'],
    sign: true, fulcioUrl: w.sigstore.fulcioUrl, rekorUrl: w.sigstore.rekorUrl, trustedRoot: w.sigstore.trustedRootPath, idTokenRequest: { url: w.oidc.requestUrl, token: w.oidc.requestToken },
  });
  const clock = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)), today: () => '2026-11-30' };
  const run = () => runPipeline(settings, new CliRuntime(false, () => {}), clock, fastPolicies);
  return { repo: w.repo, pypi: w.pypi, run, merge: () => void w.mergeReleasePr(), close: () => w.close() };
}

async function toolsByHand(repo: string, uploadUrl: string, simpleUrl: string): Promise<number> {
  const env = { PATH: `${fakeTools}:/usr/bin:/bin`, HOME: repo, PYTHONDONTWRITEBYTECODE: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1', NO_COLOR: '1' };
  const work = mkdtempSync(join(tmpdir(), 'bench-hand-'));
  const run = (program: string, args: string[]) => exec(program, args, { cwd: repo, env, maxBuffer: 64 << 20 }).catch((e: { code?: number }) => ({ failed: e.code }));
  const t = performance.now();
  await run('ruff', ['format', '--check', '.']);
  await run('ruff', ['check', '--output-format=json', '--no-fix', '.']);
  await run('/usr/bin/python3', ['-m', 'mypy', 'src']);
  await run('/usr/bin/python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider']);
  await run('/usr/bin/python3', ['-m', 'bandit', '-q', '-r', 'src', '-f', 'json']);
  await run('/usr/bin/python3', ['-m', 'build', '--no-isolation', '--skip-dependency-check', '--outdir', join(work, 'dist')]);
  const files = ['demo_pkg-0.2.0-py3-none-any.whl', 'demo_pkg-0.2.0.tar.gz'].map((f) => join(work, 'dist', f));
  await run('/usr/bin/python3', ['-m', 'twine', 'check', '--strict', ...files]);
  await run('/usr/bin/python3', ['-m', 'twine', 'upload', '--disable-progress-bar', '--non-interactive', '--repository-url', uploadUrl, '-u', '__token__', '-p', API_TOKEN, ...files]);
  await run('/usr/bin/python3', ['-m', 'venv', join(work, 'venv')]);
  await run(join(work, 'venv', 'bin', 'pip'), ['install', '-q', '--no-cache-dir', '--index-url', simpleUrl, 'demo-pkg==0.2.0']);
  await run(join(work, 'venv', 'bin', 'python'), ['-c', 'import demo_pkg']);
  return performance.now() - t;
}

it('pipeline', async () => {
  process.env.PATH = `${fakeTools}:/usr/bin:/bin`;
  const ours: number[] = [];
  const hand: number[] = [];
  for (let i = 0; i < 2; i++) {
    const w = await world();
    await w.run(); // the push: gates, scan, release PR
    w.merge();
    const t = performance.now();
    const reports = await w.run(); // the release run, timed
    ours.push(performance.now() - t);
    if (reports.some((r) => r.status !== 'done')) throw new Error(JSON.stringify(reports));
    await w.close();
    const v = await world();
    // The by-hand baseline on the same project at 0.2.0, against a fresh index.
    execFileSync('sed', ['-i', 's/^version = "0.1.0"/version = "0.2.0"/', join(v.repo, 'pyproject.toml')]);
    hand.push(await toolsByHand(v.repo, v.pypi.uploadUrl, `${v.pypi.url}/simple/`));
    await v.close();
  }
  const o = summarize(ours).median;
  const h = summarize(hand).median;
  printTable('Whole pipeline (issue #10): stage: all on the release run, in process against the stand-ins (GitHub writes unthrottled), medians of 2', [
    { measure: 'pyrelease: gates ∥, scan, release, build, check, sign, upload, validate, comments', value: fmtMs(o), baseline: `the tools by hand, one after another: ${fmtMs(h)}`, ratio: `${(o / h).toFixed(2)}×`, target: '≤ 1.3×', ok: o / h <= 1.3 },
  ]);
});
