// Release preview (issue #12): `node dist/index.js` with stage: preview on a pull_request event,
// end to end with the comment upsert, against the GitHub stand-in on loopback. The repositories
// are the planner bench's histories with a pull request merged on top, as actions/checkout
// presents one (HEAD = the merge commit, first parent main). Baselines in the same run:
// `pyrelease plan` of the same repository (the preview is the plan plus one comment round trip)
// and a raw `git log --name-only` of the range.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { it } from 'vitest';
import { PREVIEW_MARKER } from '../src/core/preview/pr-title.js';
import { repoRoot } from '../test/harness/node-run.js';
import { createRunnerEnv, pullRequestEvent, type RunnerEnv } from '../test/harness/runner-env.js';
import { startGitHubStandin, type GitHubStandin } from '../test/standins/github/github-standin.js';
// @ts-expect-error plain ESM helper
import { lastTag, makeHistory } from './histories.mjs';
// @ts-expect-error plain ESM helper
import { fmtMs, printTable, summarize } from './lib.mjs';

const exec = promisify(execFile);

interface Timing {
  median: number;
}

const TOKEN = 'ghs_sentinelBenchPreviewToken0000000000';
const REPOSITORY = 'acme/bench-lib';
const PR_TITLE = 'feat(cli): add --json output';
const PR_COMMITS = ['feat(cli): add --json output', 'fix(parser): accept a trailing comma in the config', 'docs: explain the JSON output'];
const gitEnv = {
  ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Contributor', GIT_AUTHOR_EMAIL: 'c@example.com',
  GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com', GIT_AUTHOR_DATE: '2026-01-02T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-02T00:00:00Z',
};
const git = (dir: string, args: string[]) => execFileSync('git', args, { cwd: dir, env: gitEnv, encoding: 'utf8', maxBuffer: 1 << 30 }).trim();

/** A clone of the (cached, never modified) history with a PR branch merged on top; HEAD detached at the merge, as actions/checkout leaves it. */
function pullRequestCheckout(history: string): { dir: string; headSha: string; mergeSha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-preview-'));
  git(dir, ['clone', '-q', '--', history, '.']);
  const baseSha = git(dir, ['rev-parse', 'HEAD']);
  git(dir, ['checkout', '-q', '-b', 'feature']);
  PR_COMMITS.forEach((message, i) => {
    writeFileSync(join(dir, `pr_change_${i}.py`), `# ${message}\n`);
    git(dir, ['add', '--', `pr_change_${i}.py`]);
    git(dir, ['commit', '-q', '-m', message]);
  });
  const headSha = git(dir, ['rev-parse', 'HEAD']);
  git(dir, ['checkout', '-q', '--detach', 'main']);
  git(dir, ['merge', '-q', '--no-ff', '-m', `Merge ${headSha} into ${baseSha}`, 'feature']);
  git(dir, ['branch', '-q', '-D', 'feature']);
  return { dir, headSha, mergeSha: git(dir, ['rev-parse', 'HEAD']) };
}

/** Opens PR `number` in the stand-in and returns the runner of one preview step for it. */
function previewStep(gh: GitHubStandin, pr: { dir: string; headSha: string; mergeSha: string }, number: number): RunnerEnv {
  const at = gh.state.now();
  gh.state.pulls.push({ number, state: 'open', title: PR_TITLE, body: 'Adds `--json`.', draft: false, head: 'feature', base: 'main', labels: [], merged_at: null, merge_commit_sha: null, created_at: at, updated_at: at });
  return createRunnerEnv({
    workspace: pr.dir, repository: REPOSITORY, apiUrl: gh.url, sha: pr.mergeSha, inputs: { stage: 'preview', token: TOKEN },
    event: pullRequestEvent({ number, title: PR_TITLE, body: 'Adds `--json`.', headRef: 'feature', headSha: pr.headSha, baseRef: 'main', repository: REPOSITORY }),
  });
}

/** Wall time of one whole command, spawned the same way for the preview and its baselines; a failure throws. */
async function timed(program: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ ms: number; stdout: string }> {
  const t0 = process.hrtime.bigint();
  const r = await exec(program, args, { ...opts, maxBuffer: 1 << 30 }).catch((e: { code?: number; stdout?: string; stderr?: string }) => {
    throw new Error(`${program} ${args.join(' ')} exited ${e.code}:\n${e.stdout}\n${e.stderr}`);
  });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, stdout: r.stdout };
}

const runAction = (runner: RunnerEnv) => timed(process.execPath, [join(repoRoot, 'dist', 'index.js')], { cwd: runner.env.GITHUB_WORKSPACE!, env: runner.env });

const ratio = (a: Timing, b: Timing) => a.median / b.median;

it('preview', async () => {
  const planEnv = { ...process.env, GITHUB_REPOSITORY: REPOSITORY };
  const rows: Array<Record<string, unknown>> = [];
  let requests = { first: 0, rerun: 0 };
  let checked = 0;
  let nextPr = 100;
  for (const { commits, every, tail, runs } of [
    { commits: 2_000, every: 20, tail: 20, runs: 9 },
    { commits: 10_000, every: 10_000, tail: 9_000, runs: 5 },
    { commits: 50_000, every: 50_000, tail: 45_000, runs: 3 },
  ]) {
    const pr = pullRequestCheckout(makeHistory(repoRoot, { commits, every, tail }));
    const bare = mkdtempSync(join(tmpdir(), 'bench-preview-origin-'));
    git(bare, ['init', '-q', '--bare', '-b', 'main', '.']);
    const gh = await startGitHubStandin({ owner: 'acme', repo: 'bench-lib', bareRepo: bare, tokens: { [TOKEN]: ['contents', 'pull_requests', 'issues'] } });
    const runners: RunnerEnv[] = [];
    try {
      const planArgs = [join(repoRoot, 'dist', 'cli.js'), 'plan', '--cwd', pr.dir, '--json', '--date', '2026-01-01', '--branch', 'main'];
      const range = `${lastTag(pr.dir)}..HEAD`;
      const numbers = Array.from({ length: runs + 1 }, () => nextPr++);
      for (const number of numbers) runners.push(previewStep(gh, pr, number));
      // Round 0 is the warm-up. Each round: the first preview on a fresh PR (comment created), a
      // re-run on PR numbers[0] (comment found by its marker and edited), then both baselines:
      // interleaved, so a busy machine slows all four alike and the ratios stay meaningful.
      const samples = { first: [] as number[], rerun: [] as number[], plan: [] as number[], log: [] as number[] };
      let planned = { version: null as string | null, commits: 0 };
      for (let round = 0; round <= runs; round++) {
        const before = gh.log.count();
        const first = await runAction(runners[round]!);
        const afterFirst = gh.log.count();
        const rerun = await runAction(runners[0]!);
        requests = { first: afterFirst - before, rerun: gh.log.count() - afterFirst };
        const plan = await timed(process.execPath, planArgs, { cwd: repoRoot, env: planEnv });
        const log = await timed('git', ['-C', pr.dir, 'log', '--name-only', range], { cwd: repoRoot, env: process.env });
        planned = JSON.parse(plan.stdout) as typeof planned;
        if (round === 0) continue;
        samples.first.push(first.ms);
        samples.rerun.push(rerun.ms);
        samples.plan.push(plan.ms);
        samples.log.push(log.ms);
      }

      // Fail loudly: exactly one preview comment per PR after all the runs, edited on every re-run, and the plan's release.
      for (const number of numbers) {
        const comments = gh.state.comments.filter((c) => c.issue === number);
        if (comments.length !== 1 || !comments[0]!.body.startsWith(PREVIEW_MARKER)) throw new Error(`PR #${number}: expected exactly one preview comment, found ${comments.length}: ${JSON.stringify(comments.map((c) => c.body.slice(0, 80)))}`);
        checked++;
      }
      if (gh.log.count('PATCH') !== runs + 1) throw new Error(`expected ${runs + 1} comment edits from the re-runs, the stand-in saw ${gh.log.count('PATCH')}`);
      const previewed = JSON.parse(runners[0]!.readOutputs().preview ?? '{}') as { version?: string | null };
      if (previewed.version !== planned.version) throw new Error(`the preview would release ${previewed.version}, pyrelease plan ${planned.version}`);

      const [first, rerun, plan, log] = [samples.first, samples.rerun, samples.plan, samples.log].map((x) => summarize(x) as Timing) as [Timing, Timing, Timing, Timing];
      const n = commits.toLocaleString('en');
      rows.push({ measure: `preview: ${n} commits + a 3-commit PR merged (${range}, plan reads ${planned.commits.toLocaleString('en')}) → ${planned.version}`, value: fmtMs(first.median), baseline: `plan: ${fmtMs(plan.median)}`, ratio: `${ratio(first, plan).toFixed(2)}×`, target: '≤ 1.5×', ok: ratio(first, plan) <= 1.5 });
      rows.push({ measure: '  vs raw git log --name-only of the range', value: fmtMs(first.median), baseline: `git log: ${fmtMs(log.median)}`, ratio: `${ratio(first, log).toFixed(1)}×` });
      rows.push({ measure: '  re-run on the same PR (comment edited)', value: fmtMs(rerun.median), baseline: `plan: ${fmtMs(plan.median)}`, ratio: `${ratio(rerun, plan).toFixed(2)}×`, target: '≤ 1.5×', ok: ratio(rerun, plan) <= 1.5 });
    } finally {
      await gh.close(); // rejects if a request reached the stand-in addressed beyond loopback
      for (const runner of runners) runner.cleanup();
      rmSync(pr.dir, { recursive: true, force: true });
      rmSync(bare, { recursive: true, force: true });
    }
  }
  rows.push({ measure: 'GitHub requests per preview: first run (merge settings, list comments, create), re-run (settings, list, edit)', value: `${requests.first}, ${requests.rerun}`, target: '3, 3', ok: requests.first === 3 && requests.rerun === 3 });
  rows.push({ measure: 'preview comments per PR after all runs (the bench fails otherwise)', value: `1 on each of ${checked} PRs`, target: 'exactly 1', ok: true });
  printTable('Release preview (issue #12): node dist/index.js, stage: preview on a pull_request event, GitHub stand-in on loopback (medians of 9 / 5 / 3 interleaved runs after a warm-up)', rows);
});
