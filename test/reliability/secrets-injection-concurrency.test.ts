/**
 * Secrets, injection, concurrency and kill-and-resume (issue #11), on whole runs of the built
 * action against the stand-ins: sentinel secrets searched for everywhere a runner shows or keeps
 * them; commit text that tries to speak workflow commands; two runs racing for one release; the
 * process killed between writes and run again. The first three run at once, then kill and resume
 * with many worlds at a time (each world closed when its test ends): most of a run is the 1 s spacing
 * GitHub asks between writes. The gates of the stage-all runs never share the machine with the kill
 * worlds; on a loaded machine each whole-run test still gets 5 minutes, not the default 60 s.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type OnTestFinishedHandler } from 'vitest';
import type { ActionRun } from '../harness/action-run.js';
import { missingTools, missingToolsReason } from '../harness/tools.js';
import { errorLines, inBatches, KILLS_AT_ONCE, logMarks, runKilledAfter, writeKindsSince } from './kill-after-write.js';
import { createWorld, type World } from './world.js';

const missing = missingTools(['build', 'hatchling', 'twine', 'venv', 'pip', 'pytest', 'mypy', 'bandit']);
beforeAll(() => {
  process.env.PATH = '/usr/bin:/bin';
});
const figures = { leaks: 0, duplicates: 0, kills: 0, resumed: 0 };
afterAll(() => console.log(`secrets/injection/concurrency: ${figures.leaks} leaks, ${figures.duplicates} duplicates, ${figures.kills} kills, ${figures.resumed} resumed to one release`));

/** A world closed when the test ends (`onTestFinished` is the test's own: concurrent tests must not use the global one). */
async function world(onTestFinished: (fn: OnTestFinishedHandler) => void): Promise<World> {
  const w = await createWorld({ fastVenv: true });
  onTestFinished(() => w.close());
  return w;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** The release exists exactly once everywhere it can be counted. */
function expectOneRelease(w: World, version: string): void {
  const tag = `v${version}`;
  const dup = (what: string, n: number) => {
    if (n !== 1) figures.duplicates++;
    expect(n, what).toBe(1);
  };
  dup('GitHub releases', w.gh.state.releases.filter((r) => r.tag_name === tag).length);
  dup('"Created releases" comments', w.gh.state.comments.filter((c) => c.body.includes(`[${tag}]`) && c.body.startsWith('🤖 Created releases')).length);
  expect(w.pypi.files('demo-pkg', version).map((f) => f.filename).sort()).toEqual([`demo_pkg-${version}-py3-none-any.whl`, `demo_pkg-${version}.tar.gz`]);
  const assets = w.gh.state.releases.find((r) => r.tag_name === tag)!.assets.map((a) => a.name).sort();
  expect(new Set(assets).size).toBe(assets.length);
  expect(assets).toHaveLength(5);
  const released = w.gh.state.comments.filter((c) => c.body.includes(`pyrelease:released ${tag}`));
  expect(new Set(released.map((c) => c.issue)).size, 'one "released in" comment per issue').toBe(released.length);
}

describe.skipIf(missing.length > 0)(`reliability: whole runs${missing.length ? ` (skipped: ${missingToolsReason(missing)})` : ''}`, () => {
  it.concurrent('secrets: no sentinel in stdout, stderr, summary, outputs, annotations, workspace files or any URL a stand-in saw', async ({ onTestFinished }) => {
    const w = await world(onTestFinished);
    w.commit('feat: a feature');
    w.push();
    const runs: ActionRun[] = [await w.action()];
    expect(runs[0]!.exitCode, runs[0]!.stdout.split('\n').filter((l) => l.startsWith('::error') || /^[✔✖○]/.test(l)).join('\n')).toBe(0);
    w.mergeReleasePr();
    runs.push(await w.action());
    expect(runs.map((r) => r.exitCode), runs.map((r) => r.stdout).join('\n')).toEqual([0, 0]);
    const secrets = w.secrets();
    expect(w.pypi.mintedTokens.length).toBeGreaterThan(0);
    expect(w.oidc.issued.length).toBeGreaterThan(2);
    const places: Array<[string, string]> = runs.flatMap((r, i) => [
      [`run ${i} stdout`, r.stdout.replace(/^::add-mask::.*$/gm, '')],
      [`run ${i} stderr`, r.stderr],
      [`run ${i} summary`, r.summary],
      [`run ${i} outputs`, JSON.stringify(r.outputs)],
      [`run ${i} annotations`, JSON.stringify(r.annotations)],
    ] as Array<[string, string]>);
    for (const f of filesUnder(w.repo)) places.push([f, readFileSync(f, 'latin1')]);
    // The webhook's own server is the one place its URL belongs.
    for (const s of w.standins().filter((x) => x !== w.hook)) places.push([`URLs seen by a stand-in`, s.log.entries.map((e) => `${e.path}${e.query}`).join('\n')]);
    const leaks = places.flatMap(([where, text]) => secrets.filter((s) => text.includes(s)).map((s) => `${where}: ${s.slice(0, 12)}…`));
    figures.leaks += leaks.length;
    if (leaks.length) console.log('LEAKS', leaks);
    expect(leaks).toEqual([]);
    // The webhook got its messages, and only loopback was ever contacted (the stand-ins refuse anything else).
    expect(w.hook.log.entries.filter((e) => e.method === 'POST')).toHaveLength(2);
  }, 300_000);

  it.concurrent('injection: workflow commands, expressions, shell and HTML in commit messages stay inert in logs, outputs and the summary', async ({ onTestFinished }) => {
    const w = await world(onTestFinished);
    const evil = [
      'feat: ::set-output name=hacked::yes',
      'fix: %0A::error::INJECTED-ERROR',
      'feat: ${{ secrets.GITHUB_TOKEN }} and $(touch /tmp/pwned) and `id`',
      'fix: <script>alert(1)</script> <img src=x onerror=alert(2)>',
      'feat: multi\n\n::add-mask::INJECTED-MASK\n::error file=x::INJECTED-BODY\nBREAKING CHANGE: ::warning::INJECTED-WARNING',
    ];
    for (const m of evil) w.commit(m);
    w.push();
    const run = await w.action({ stage: 'release' });
    expect(run.exitCode, run.stdout).toBe(0);
    const commandLines = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(commandLines.filter((l) => /INJECTED|set-output|hacked/.test(l)), 'no injected workflow command').toEqual([]);
    expect(run.annotations.filter((a) => /INJECTED/.test(a.message))).toEqual([]);
    expect(run.masks.some((m) => m.includes('INJECTED'))).toBe(false);
    expect(Object.keys(run.outputs).filter((k) => k === 'hacked')).toEqual([]);
    // The PR output still carries the text verbatim (data, not code), and parses.
    const pr = JSON.parse(run.outputs.pr!) as { body: string };
    expect(pr.body).toContain('${{ secrets.GITHUB_TOKEN }}');
    // In the job summary, commit text cannot open HTML.
    expect(run.summary).not.toMatch(/<script>|<img /);
    expect(run.summary).toContain('&lt;script&gt;');
    expect(readdirSync('/tmp').includes('pwned')).toBe(false);
  }, 300_000);

  it.concurrent('concurrency: two runs for the same merged commit at once end with one tag, one release, one upload set, one comment each', async ({ onTestFinished }) => {
    const w = await world(onTestFinished);
    const bug = w.gh.state.addIssue('a bug');
    w.commit(`fix: a bug\n\nFixes #${bug.number}`);
    w.push();
    const opened = await w.action({ stage: 'release' });
    expect(opened.exitCode, errorLines(opened)).toBe(0);
    w.mergeReleasePr();
    const [a, b] = await Promise.all([w.action({ stage: 'release publish validate' }), w.action({ stage: 'release publish validate' })]);
    // Re-running either converges too; both end green or the loser says what the winner did.
    const outcome = [a, b].map((r) => r.exitCode);
    if (outcome.includes(1)) expect((await w.action({ stage: 'release publish validate' })).exitCode).toBe(0);
    expectOneRelease(w, '0.1.1');
    expect(w.gh.state.comments.filter((c) => c.issue === bug.number && c.body.includes('pyrelease:released'))).toHaveLength(1);
  }, 300_000);

  it('kill and resume: the process killed after each kind of write, then run again, ends with exactly one release', async ({ onTestFinished }) => {
    // First, one undisturbed release run, to learn the order of its writes.
    const probe = await world(onTestFinished);
    probe.commit('feat: something');
    probe.push();
    const first = await probe.action({ stage: 'release' });
    expect(first.exitCode, errorLines(first)).toBe(0);
    probe.mergeReleasePr();
    const before = logMarks(probe);
    expect((await probe.action({ stage: 'release publish validate', 'smoke-test': '' })).exitCode).toBe(0);
    const kinds = writeKindsSince(probe, before);
    expect(kinds.length).toBeGreaterThan(8);

    // Many worlds at a time: each kill is independent.
    await inBatches(kinds, KILLS_AT_ONCE, async (kind) => {
      const w = await world(onTestFinished);
      w.commit('feat: something');
      w.push();
      const opened = await w.action({ stage: 'release' });
      expect(opened.exitCode, errorLines(opened)).toBe(0);
      w.mergeReleasePr();
      // Kill the step right after the first write of this kind has been answered.
      const killed = await runKilledAfter(w, kind, { stage: 'release publish validate' });
      if (killed.exitCode === 137) figures.kills++;
      const resumed = await w.action({ stage: 'release publish validate' });
      expect(resumed.exitCode, `${kind}: ${errorLines(resumed)}`).toBe(0);
      expectOneRelease(w, '0.2.0');
      figures.resumed++;
    });
  }, 600_000);
});
