// The planner against release-please itself (the oracle, same repository, same answer) and
// against a raw `git log --name-only` of the same range; memory as history grows.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeHistory, lastTag } from './histories.mjs';
import { fmtMs, printTable, timeCommand } from './lib.mjs';

function peakRssMb(program, args, env) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', program, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  return Number(r.stderr.trim().split('\n').pop()) / 1024;
}

export async function benchPlanner(root) {
  const cli = join(root, 'dist', 'cli.js');
  const oracle = join(root, '.cache', 'oracle', 'oracle.mjs');
  const env = { ...process.env, GITHUB_REPOSITORY: 'acme/bench-lib' };
  const rows = [];

  const lib = makeHistory(root, { commits: 2000, every: 20 });
  const planArgs = [cli, 'plan', '--cwd', lib, '--json', '--date', '2026-01-01', '--branch', 'main'];
  const ours = timeCommand(process.execPath, planArgs, { env, runs: 9 });
  const ourPlan = JSON.parse(execFileSync(process.execPath, planArgs, { env, encoding: 'utf8' }));
  const range = `${lastTag(lib)}..HEAD`;
  const gitLog = timeCommand('git', ['-C', lib, 'log', '--name-only', range], { runs: 9 });
  rows.push({ measure: `plan: 2,000 commits, ${ourPlan.previousTag} + ${ourPlan.commits} commits`, value: fmtMs(ours.median) });
  if (existsSync(oracle)) {
    const oracleArgs = [oracle, '--repo', lib, '--config', '.release-please-config.json', '--date', '2026-01-01', '--owner', 'acme', '--name', 'bench-lib', '--compact'];
    const theirs = timeCommand(process.execPath, oracleArgs, { runs: 5 });
    const theirPlan = JSON.parse(execFileSync(process.execPath, oracleArgs, { encoding: 'utf8', maxBuffer: 1 << 28 }));
    const same = theirPlan.changelogEntry === ourPlan.changelogEntry && theirPlan.version === ourPlan.version;
    rows.push({ measure: '  vs release-please 17.11.2 planning the same repository (offline)', value: fmtMs(ours.median), baseline: fmtMs(theirs.median), ratio: `${(theirs.median / ours.median).toFixed(1)}× faster`, target: '≥ 10× faster', ok: theirs.median / ours.median >= 10 });
    rows.push({ measure: '  same plan as release-please', value: same ? 'yes' : 'NO', ok: same });
  }
  rows.push({ measure: `  vs raw git log --name-only ${range}`, value: fmtMs(ours.median), baseline: fmtMs(gitLog.median), ratio: `${(ours.median / gitLog.median).toFixed(1)}×`, target: '≤ 3× (see note)', ok: ours.median / gitLog.median <= 3 });

  const node = timeCommand(process.execPath, ['-e', '0'], { runs: 9 });
  for (const commits of [10_000, 50_000]) {
    const big = makeHistory(root, { commits, every: commits, tail: Math.floor(commits * 0.9) });
    const args = [cli, 'plan', '--cwd', big, '--json', '--date', '2026-01-01', '--branch', 'main'];
    const t = timeCommand(process.execPath, args, { env, runs: 3, warmup: 1 });
    const log = timeCommand('git', ['-C', big, 'log', '--name-only', `${lastTag(big)}..HEAD`], { runs: 3, warmup: 1 });
    const rss = peakRssMb(process.execPath, args, env);
    const n = JSON.parse(execFileSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 1 << 28 })).commits;
    rows.push({ measure: `plan: ${commits.toLocaleString('en')} commits, ${n.toLocaleString('en')} since the release (commit-search-depth applies)`, value: fmtMs(t.median), baseline: `git log: ${fmtMs(log.median)}`, ratio: `${(t.median / log.median).toFixed(1)}×`, target: '≤ 3×', ok: t.median / log.median <= 3 });
    rows.push({ measure: `  peak RSS of pyrelease plan`, value: `${rss.toFixed(0)} MB` });
  }
  rows.push({ measure: 'node start-up alone (part of every figure above)', value: fmtMs(node.median) });
  printTable('Planner (issue #5): pyrelease plan vs release-please and raw git log', rows);
  console.log('note: release-please reads at most commit-search-depth (500) commits, and so does pyrelease; the raw git log reads the whole range, so on long ranges it is the slower one.');
}
