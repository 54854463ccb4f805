// The planner (issue #21): `pyrelease plan --json` against release-please itself planning the same
// repository offline (the oracle: same answer required), against a raw `git log` of the same
// range, and its peak memory as the history grows; every ratio from one run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { configBranch, makeHistory } from './histories.mjs';
import { fmtMiB, fmtMs, peakRssMiB, printTable, timeCommand } from './lib.mjs';

const SINCE = 10_000;

export async function benchPlanner(root) {
  const cli = join(root, 'dist', 'cli.js');
  const oracle = join(root, '.cache', 'oracle', 'oracle.mjs');
  const env = { ...process.env, GITHUB_REPOSITORY: 'acme/bench-lib' };
  const planArgs = (dir) => [cli, 'plan', '--cwd', dir, '--json', '--date', '2026-01-01', '--branch', 'main'];
  // The baseline: everything the plan needs from git, written by git alone.
  const gitLogArgs = (dir) => ['-C', dir, 'log', '--name-only', '--format=%H%x00%B%x00', 'v1.0.0..HEAD'];
  const rows = [];

  const dir = makeHistory(root, { commits: 12_000, since: SINCE });
  const ourPlan = JSON.parse(execFileSync(process.execPath, planArgs(dir), { env, encoding: 'utf8', maxBuffer: 1 << 28 }));
  const ours = timeCommand(process.execPath, planArgs(dir), { env, runs: 7 });
  const gitLog = timeCommand('git', gitLogArgs(dir), { runs: 7 });
  const title = `12,000 commits, ${ourPlan.commits.toLocaleString('en')} since ${ourPlan.previousTag}`;
  if (existsSync(oracle)) {
    const oracleArgs = [oracle, '--repo', dir, '--config', '.release-please-config.json', '--date', '2026-01-01', '--owner', 'acme', '--name', 'bench-lib', '--compact'];
    const theirPlan = JSON.parse(execFileSync(process.execPath, oracleArgs, { encoding: 'utf8', maxBuffer: 1 << 28 }));
    const theirs = timeCommand(process.execPath, oracleArgs, { runs: 3, warmup: 0 });
    const same = theirPlan.changelogEntry === ourPlan.changelogEntry && theirPlan.version === ourPlan.version;
    rows.push({ measure: `plan --json vs release-please 17.11.2 planning the same repository offline (${title})`, value: fmtMs(ours.median), baseline: fmtMs(theirs.median), ratio: `${(theirs.median / ours.median).toFixed(1)}× faster`, target: '≥ 10× faster', ok: theirs.median / ours.median >= 10 });
    rows.push({ measure: '  the same, CPU time (user + system)', value: fmtMs(ours.cpu), baseline: fmtMs(theirs.cpu), ratio: `${(theirs.cpu / ours.cpu).toFixed(1)}× less` });
    rows.push({ measure: '  the same version and CHANGELOG entry as release-please', value: same ? 'yes' : 'NO', ok: same });
  } else rows.push({ measure: 'vs release-please: the oracle is not installed (node scripts/ensure-oracle.mjs)', value: 'skipped', ok: false });
  const again = timeCommand('git', gitLogArgs(dir), { runs: 7 });
  const log = Math.min(gitLog.median, again.median);
  const logCpu = Math.min(gitLog.cpu, again.cpu);
  rows.push({ measure: `plan --json vs raw git log --name-only --format=%H%x00%B%x00 v1.0.0..HEAD`, value: fmtMs(ours.median), baseline: fmtMs(log), ratio: `${(ours.median / log).toFixed(1)}×`, target: '≤ 2.5×', ok: ours.median / log <= 2.5 });
  rows.push({ measure: '  the same, CPU time (user + system)', value: fmtMs(ours.cpu), baseline: fmtMs(logCpu), ratio: `${(ours.cpu / logCpu).toFixed(1)}×` });
  // The root package without exclude-paths needs no file names from git (every commit is its own);
  // with exclude-paths the walk reads them, as git log --name-only does.
  const excluding = configBranch(dir, 'bench-exclude-paths', { 'commit-search-depth': 100000, packages: { '.': { 'release-type': 'python', 'exclude-paths': ['docs'] } } });
  const withFiles = timeCommand(process.execPath, [...planArgs(dir), '--ref', excluding], { env, runs: 7 });
  rows.push({ measure: '  the same with exclude-paths (the plan reads every commit\'s files)', value: fmtMs(withFiles.median), baseline: fmtMs(log), ratio: `${(withFiles.median / log).toFixed(1)}×` });
  const rss = peakRssMiB(process.execPath, planArgs(dir), { env });
  const gitRss = peakRssMiB('git', gitLogArgs(dir));
  rows.push({ measure: '  peak RSS of the plan', value: fmtMiB(rss), baseline: `git log: ${fmtMiB(gitRss)}`, target: '≤ 80 MiB', ok: rss <= 80 });

  for (const commits of [50_000, 100_000]) {
    const big = makeHistory(root, { commits, since: SINCE });
    // Medians of 5 after a warm-up: with 3, the median on a loaded shared machine is one run's luck,
    // and read as growth with history size that the plan's CPU time (flat from 12,000 to 100,000) does not show.
    const t = timeCommand(process.execPath, planArgs(big), { env, runs: 5, warmup: 1 });
    const l = timeCommand('git', gitLogArgs(big), { runs: 5, warmup: 1 });
    const m = peakRssMiB(process.execPath, planArgs(big), { env });
    rows.push({ measure: `${commits.toLocaleString('en')} commits, ${SINCE.toLocaleString('en')} since v1.0.0: plan --json vs git log`, value: fmtMs(t.median), baseline: `git log: ${fmtMs(l.median)}`, ratio: `${(t.median / l.median).toFixed(1)}× (CPU ${(t.cpu / l.cpu).toFixed(1)}×)`, target: '≤ 2.5×', ok: t.median / l.median <= 2.5 });
    rows.push({ measure: '  peak RSS of the plan', value: fmtMiB(m), baseline: `at 12,000: ${fmtMiB(rss)}`, target: '≤ 80 MiB', ok: m <= 80 });
  }
  printTable('Planner (issue #21): pyrelease plan vs release-please and raw git log, same run', rows);
}
