// Quality stage on the demo package, pytest on three real Python versions (pyenv's 3.10, 3.11, 3.12
// on PATH as setup-python would put them): the stage with its gates at once, against the same tool
// commands run by hand one after another, and against the slowest of them alone (the floor that
// concurrency can reach). Stage and baselines alternate run by run, so a busy machine slows them alike.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { CliRuntime } from '../src/adapters/runtime/cli-runtime.js';
import { createServices } from '../src/services.js';
import { qualityStage } from '../src/stages/quality.js';
import { repoRoot } from '../test/harness/node-run.js';
import { debianPytestPath, runnerBin } from '../test/harness/python-runner.js';
import { testSettings } from '../test/harness/settings.js';
// @ts-expect-error plain ESM helper
import { fmtMs, printTable, summarize } from './lib.mjs';

const VERSIONS = ['3.10', '3.11', '3.12'];

it('quality gates on three Python versions', async () => {
  // 3.10 and 3.12 from pyenv; python3 and python3.11 stay Debian's, which has mypy and bandit (the
  // runner's default interpreter, where a workflow would pip install its tools).
  const env = { ...process.env, PATH: `${runnerBin(['3.10', '3.12'])}:${join(repoRoot, 'test', 'harness', 'fake-tools')}:/usr/bin:/bin`, PYTHONPATH: debianPytestPath(), PYTHONDONTWRITEBYTECODE: '1' };
  Object.assign(process.env, env);
  const fresh = () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'bench-gates-')), 'demo');
    cpSync(join(repoRoot, 'examples', 'demo-package'), dir, { recursive: true });
    return dir;
  };
  // What a workflow without pyrelease runs, in one step after another.
  const byHand = (dir: string) => [
    ['ruff', 'format', '--check', '.'],
    ['ruff', 'check', '--output-format=json', '--no-fix', '.'],
    ['python3', '-m', 'mypy', '--show-column-numbers', '--show-error-codes', '--no-error-summary'],
    ...VERSIONS.map((v) => [`python${v}`, '-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${join(dir, `junit-${v}.xml`)}`]),
  ];
  const stageRuns: number[] = [];
  const seqRuns: number[] = [];
  const slowestRuns: number[] = [];
  for (let i = 0; i < 4; i++) {
    const dir = fresh();
    const settings = testSettings({ workingDirectory: dir, tempDir: mkdtempSync(join(tmpdir(), 'bench-temp-')), pythonVersions: VERSIONS });
    const runtime = new CliRuntime(false, () => {});
    const clock = { now: () => Date.now(), sleep: async () => {}, today: () => '2026-01-01' };
    const ctx = { settings, runtime, clock, results: {}, services: { ...createServices(settings, runtime, clock), github: () => { throw new Error('no GitHub in the gates bench'); } } };
    let t = performance.now();
    await qualityStage.run(ctx);
    const stageMs = performance.now() - t;
    const handDir = fresh();
    const each = byHand(handDir).map(([program, ...args]) => {
      t = performance.now();
      const r = spawnSync(program!, args, { cwd: handDir, env, stdio: 'ignore' });
      if (r.status !== 0) throw new Error(`${program} ${args.join(' ')} exited ${r.status}`);
      return performance.now() - t;
    });
    if (i === 0) continue; // warm-up: interpreters and mypy's first run
    stageRuns.push(stageMs);
    seqRuns.push(each.reduce((a, b) => a + b, 0));
    slowestRuns.push(Math.max(...each));
    rmSync(dir, { recursive: true, force: true });
    rmSync(handDir, { recursive: true, force: true });
  }
  const stage = summarize(stageRuns).median;
  const seq = summarize(seqRuns).median;
  const slowest = summarize(slowestRuns).median;
  printTable(`Quality stage on the demo package, pytest on ${VERSIONS.join(', ')}, ${availableParallelism()} cores (ruff through its WebAssembly stand-in)`, [
    { measure: 'stage: quality (gates at once)', value: fmtMs(stage), baseline: `the same tools one after another: ${fmtMs(seq)}`, ratio: `${(stage / seq).toFixed(2)}×`, target: '< 1×', ok: stage < seq },
    { measure: '  against the slowest gate alone', value: fmtMs(stage), baseline: fmtMs(slowest), ratio: `${(stage / slowest).toFixed(2)}×`, target: '≤ 1.15× with 2+ cores per version', ok: stage / slowest <= 1.15 },
  ]);
});
