// Start-up (issue #21): `pyrelease --help`, and `node dist/index.js` to its first line, each
// against a bare `node -e 0` measured in the same run; the size of what each entry loads first.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmtMs, printTable, timeCommand, timeToFirstOutput } from './lib.mjs';

export async function benchStartup(root) {
  const dist = join(root, 'dist');
  // A bare run: no inputs, an empty directory (its first line says the config is missing).
  const empty = mkdtempSync(join(tmpdir(), 'pyrelease-bench-empty-'));
  const bare = { PATH: process.env.PATH ?? '', HOME: empty };
  const node = timeCommand(process.execPath, ['-e', '0'], { runs: 21 });
  const help = timeCommand(process.execPath, [join(dist, 'cli.js'), '--help'], { runs: 21 });
  const action = await timeToFirstOutput(process.execPath, [join(dist, 'index.js')], { cwd: empty, env: bare, runs: 21 });
  const node2 = timeCommand(process.execPath, ['-e', '0'], { runs: 21 });
  const actionCpu = timeCommand(process.execPath, [join(dist, 'index.js')], { cwd: empty, env: bare, runs: 11, status: 1 });
  rmSync(empty, { recursive: true, force: true });
  const base = Math.min(node.median, node2.median);
  const size = (f) => statSync(join(dist, f)).size;
  const mb = (b) => `${(b / 1024 / 1024).toFixed(2)} MB`;
  const chunks = readdirSync(join(dist, 'chunks'));
  printTable('Start-up (issue #21): each entry against node -e 0, same run', [
    { measure: 'pyrelease --help', value: fmtMs(help.median), baseline: `node -e 0: ${fmtMs(base)}`, ratio: `+${(help.median - base).toFixed(0)} ms`, target: '≤ +60 ms', ok: help.median - base <= 60 },
    { measure: 'node dist/index.js, start to its first line (bare run, no inputs)', value: fmtMs(action.median), baseline: `node -e 0: ${fmtMs(base)}`, ratio: `+${(action.median - base).toFixed(0)} ms`, target: '≤ +80 ms', ok: action.median - base <= 80 },
    { measure: '  CPU time (user + system): --help, bare action run, node -e 0', value: `${fmtMs(help.cpu)}, ${fmtMs(actionCpu.cpu)}`, baseline: fmtMs(Math.min(node.cpu, node2.cpu)), ratio: `+${(help.cpu - Math.min(node.cpu, node2.cpu)).toFixed(0)} ms, +${(actionCpu.cpu - Math.min(node.cpu, node2.cpu)).toFixed(0)} ms` },
    { measure: 'dist/index.js, loaded first', value: mb(size('index.js')) },
    { measure: 'dist/cli.js, loaded first', value: mb(size('cli.js')) },
    { measure: `dist/chunks/, ${chunks.length} parts loaded when a command or stage needs them`, value: mb(chunks.reduce((n, c) => n + size(join('chunks', c)), 0)) },
  ]);
}
