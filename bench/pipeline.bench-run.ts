// The whole pipeline (issue #10): stage: all on the run after a release PR was merged — gates,
// scan, release, build, check, sign, upload, validate, comments — in process against the
// stand-ins, next to the external tools' own time for the same work run one after another by
// hand (ruff ×2, mypy, pytest, bandit, build, twine check, twine upload, venv + pip install).
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { it } from 'vitest';
import { CliRuntime } from '../src/adapters/runtime/cli-runtime.js';
import { runPipeline } from '../src/main.js';
import { repoRoot } from '../test/harness/action-run.js';
import { testSettings } from '../test/harness/settings.js';
import { fastPolicies } from '../test/stages/publish/fixture.js';
import { startGitHubStandin } from '../test/standins/github/github-standin.js';
import { startOidcStandin } from '../test/standins/oidc/oidc-standin.js';
import { startPypiStandin } from '../test/standins/pypi/pypi-standin.js';
import { startSigstoreStandin } from '../test/standins/sigstore/sigstore-standin.js';
// @ts-expect-error plain ESM helper
import { fmtMs, printTable, summarize } from './lib.mjs';

const exec = promisify(execFile);
const TOKEN = 'ghs_benchPipelineToken00000000000000000';
const API_TOKEN = 'pypi-AgEIcHlwaS5vcmcBenchPipeline00000000000000';
const fakeTools = join(repoRoot, 'test', 'harness', 'fake-tools');

async function world() {
  const root = mkdtempSync(join(tmpdir(), 'bench-pipeline-'));
  const repo = join(root, 'repo');
  const origin = join(root, 'origin.git');
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'B', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'B', GIT_COMMITTER_EMAIL: 'b@example.com' };
  const git = (args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim();
  cpSync(join(repoRoot, 'examples', 'demo-package'), repo, { recursive: true });
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin], { env });
  execFileSync('git', ['init', '-q', '-b', 'main', repo], { env });
  git(['remote', 'add', 'origin', origin]);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'chore: release 0.1.0']);
  git(['tag', 'v0.1.0']);
  writeFileSync(join(repo, 'NOTES.md'), 'x\n');
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'feat: something new']);
  git(['push', '-q', 'origin', 'main', '--tags']);
  const gh = await startGitHubStandin({ owner: 'acme', repo: 'widget', bareRepo: origin, tokens: { [TOKEN]: ['contents', 'pull_requests', 'issues'] } });
  const oidc = await startOidcStandin();
  const sigstore = await startSigstoreStandin();
  const pypi = await startPypiStandin({ oidc: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl }, sigstore: { trustedRoot: sigstore.trustedRoot }, publishers: [{ repository: 'acme/widget', repositoryOwnerId: '4242', workflowFilename: 'release.yml', projects: ['demo-pkg'] }], apiTokens: { [API_TOKEN]: '*' } });
  const settings = testSettings({
    stage: 'all', token: TOKEN, workingDirectory: repo, tempDir: mkdtempSync(join(tmpdir(), 'bench-temp-')), apiUrl: gh.url, repositoryUrl: pypi.uploadUrl, buildIsolation: false, pythonVersions: ['3.11'],
    sign: true, fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl, trustedRoot: sigstore.trustedRootPath, idTokenRequest: { url: oidc.requestUrl, token: oidc.requestToken },
  });
  const clock = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)), today: () => '2026-11-30' };
  const run = () => runPipeline(settings, new CliRuntime(false, () => {}), clock, fastPolicies);
  const merge = () => {
    const pr = gh.state.pulls.at(-1)!;
    git(['fetch', '-q', 'origin']);
    git(['merge', '-q', '--squash', `origin/${pr.head}`]);
    git(['commit', '-q', '-m', `${pr.title} (#${pr.number})`]);
    git(['push', '-q', 'origin', 'main']);
    gh.markMerged(pr.number, git(['rev-parse', 'HEAD']));
  };
  return { repo, pypi, run, merge, close: () => Promise.allSettled([gh.close(), oidc.close(), sigstore.close(), pypi.close()]) };
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
