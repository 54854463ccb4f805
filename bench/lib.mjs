// Bench helpers: wall time of whole commands, medians, and the printed table. Every figure is
// reported next to a baseline measured in the same run, so the ratio means something on any machine.
import { spawnSync } from 'node:child_process';

/**
 * Wall time of a whole command, and its CPU time (user + system, its children included, as
 * /usr/bin/time reports it): on a shared machine the CPU time moves less with the load.
 */
export function timeCommand(program, args, { cwd, env, runs = 15, warmup = 2, status = 0 } = {}) {
  const samples = [];
  const cpu = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '\n%U %S', program, ...args], { cwd, env: env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== status) throw new Error(`${program} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    const [user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
    if (i >= warmup) {
      samples.push(ms);
      cpu.push((user + sys) * 1000);
    }
  }
  return { ...summarize(samples), cpu: summarize(cpu).median };
}

export async function timeAsync(fn, { runs = 5, warmup = 1 } = {}) {
  const samples = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i >= warmup) samples.push(ms);
  }
  return summarize(samples);
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

export function printTable(title, rows) {
  const headers = ['measure', 'value', 'baseline', 'ratio', 'target', 'ok'];
  const cells = rows.map((r) => [r.measure, r.value, r.baseline ?? '', r.ratio ?? '', r.target ?? '', r.ok === undefined ? '' : r.ok ? 'yes' : 'NO']);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => '| ' + c.map((x, i) => String(x).padEnd(widths[i])).join(' | ') + ' |';
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const c of cells) console.log(line(c));
}

export const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

/** Peak resident set of a whole command (its own, measured by /usr/bin/time), in MiB; median of `runs`. */
export function peakRssMiB(program, args, { cwd, env, runs = 5 } = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%M', program, ...args], { cwd, env: env ?? process.env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`${program} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    samples.push(Number(r.stderr.trim().split('\n').pop()) / 1024);
  }
  return summarize(samples).median;
}

/** Wall time from spawning a command to the first byte it writes (stdout or stderr); median of `runs`. */
export async function timeToFirstOutput(program, args, { cwd, env, runs = 15, warmup = 2 } = {}) {
  const { spawn } = await import('node:child_process');
  const samples = [];
  for (let i = 0; i < warmup + runs; i++) {
    const ms = await new Promise((resolve, reject) => {
      const t0 = process.hrtime.bigint();
      const child = spawn(program, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let first;
      const seen = () => (first ??= Number(process.hrtime.bigint() - t0) / 1e6);
      child.stdout.on('data', seen);
      child.stderr.on('data', seen);
      child.on('error', reject);
      child.on('close', () => (first === undefined ? reject(new Error(`${program} ${args.join(' ')} wrote nothing`)) : resolve(first)));
    });
    if (i >= warmup) samples.push(ms);
  }
  return summarize(samples);
}

export const fmtMiB = (mib) => `${mib.toFixed(0)} MiB`;
