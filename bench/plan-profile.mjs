// Where one `pyrelease plan --json` spends its time (issue #21): runs it under `node --cpu-prof`
// on a bench history and sums the profile's self time by kind — waiting (git, I/O), garbage
// collection, loading and compiling the bundle, Node's own internals, our code by function.
// The floor/left-to-cut table of the closing note is read from this; medians of `runs`.
// Usage: node bench/plan-profile.mjs [history dir] [runs]   (PROFILE_DIST=DIR profiles another build of dist/, for A/B)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? join(root, '.cache', 'bench', 'history-12000-since-10000');
const runs = Number(process.argv[3] ?? 5);

/** The kind a profile node's self time counts under. */
function kindOf(frame) {
  const name = frame.functionName;
  if (name === '(idle)') return 'idle: waiting on git and I/O';
  if (name === '(garbage collector)') return 'garbage collection';
  if (name === '(program)') return 'V8 outside JS (parse, compile, ICs)';
  if (name === '__nccwpck_require__' || /compile|Module|loader/i.test(name) && !frame.url.includes('/chunks/')) return 'loading modules';
  if (frame.url.startsWith('node:') || frame.url === '') return 'Node internals (streams, spawn, events)';
  return `bundle: ${name || '(anonymous)'} ${frame.url.split('/').pop()}`;
}

const totals = [];
for (let i = 0; i < runs; i++) {
  const out = mkdtempSync(join(tmpdir(), 'plan-profile-'));
  execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${out}`, join(process.env.PROFILE_DIST ?? join(root, 'dist'), 'cli.js'), 'plan', '--cwd', dir, '--json', '--date', '2026-01-01', '--branch', 'main'], { env: { ...process.env, GITHUB_REPOSITORY: 'acme/bench-lib' }, stdio: ['ignore', 'ignore', 'ignore'] });
  const profile = JSON.parse(readFileSync(join(out, readdirSync(out)[0]), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const kinds = new Map();
  profile.samples.forEach((id, k) => {
    const kind = kindOf(byId.get(id).callFrame);
    kinds.set(kind, (kinds.get(kind) ?? 0) + profile.timeDeltas[k] / 1000);
  });
  totals.push(kinds);
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const names = new Set(totals.flatMap((t) => [...t.keys()]));
const rows = [...names].map((n) => [n, median(totals.map((t) => t.get(n) ?? 0))]).sort((a, b) => b[1] - a[1]);
const all = median(totals.map((t) => [...t.values()].reduce((a, b) => a + b, 0)));
console.log(`plan --json on ${dir}: profiled ${all.toFixed(0)} ms (median of ${runs}); self time by kind, ms`);
for (const [name, ms] of rows.slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
