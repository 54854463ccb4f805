// Quality stage on the demo package: concurrent gates against the same gates one after another,
// and against the slowest gate alone (the floor concurrency can reach).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { Toolchain } from '../src/adapters/python-tools/toolchain.js';
import { CliRuntime } from '../src/adapters/runtime/cli-runtime.js';
import { createServices } from '../src/main.js';
import { qualityStage } from '../src/stages/quality.js';
import { mypyGate, pytestGate, ruffFormatGate, ruffLintGate } from '../src/stages/gates/quality-gates.js';
import { repoRoot } from '../test/harness/action-run.js';
import { testSettings } from '../test/harness/settings.js';
// @ts-expect-error plain ESM helper
import { fmtMs, printTable, summarize } from './lib.mjs';

it('quality gates', async () => {
  process.env.PATH = `${join(repoRoot, 'test', 'harness', 'fake-tools')}:/usr/bin:/bin`;
  const dir = join(mkdtempSync(join(tmpdir(), 'bench-gates-')), 'demo');
  cpSync(join(repoRoot, 'examples', 'demo-package'), dir, { recursive: true });
  const temp = mkdtempSync(join(tmpdir(), 'bench-temp-'));
  const settings = testSettings({ workingDirectory: dir, tempDir: temp });
  const stageRuns: number[] = [];
  const seqRuns: number[] = [];
  let slowest = 0;
  for (let i = 0; i < 3; i++) {
    const runtime = new CliRuntime(false, () => {});
    const clock = { now: () => Date.now(), sleep: async () => {}, today: () => '2026-01-01' };
    const ctx = { settings, runtime, clock, results: {}, services: { ...createServices(settings, runtime, clock), github: () => { throw new Error('no'); } } };
    let t = performance.now();
    await qualityStage.run(ctx);
    stageRuns.push(performance.now() - t);
    const tc = await Toolchain.detect(dir);
    const each: number[] = [];
    for (const gate of [() => ruffFormatGate(tc, dir), () => ruffLintGate(tc, dir), () => mypyGate(tc, dir, false), () => pytestGate(tc, dir, undefined, [], temp)]) {
      t = performance.now();
      await gate();
      each.push(performance.now() - t);
    }
    seqRuns.push(each.reduce((a, b) => a + b, 0));
    slowest = Math.max(slowest, Math.max(...each));
  }
  const stage = summarize(stageRuns).median;
  const seq = summarize(seqRuns).median;
  printTable('Quality stage (issue #7) on the demo package, 2 cores (ruff through its WebAssembly stand-in)', [
    { measure: 'stage: quality (gates at once)', value: fmtMs(stage), baseline: `one after another: ${fmtMs(seq)}`, ratio: `${(stage / seq).toFixed(2)}×` },
    { measure: '  against the slowest gate alone', value: fmtMs(stage), baseline: fmtMs(slowest), ratio: `${(stage / slowest).toFixed(2)}×`, target: '≤ 1.15×', ok: stage / slowest <= 1.15 },
  ]);
});
