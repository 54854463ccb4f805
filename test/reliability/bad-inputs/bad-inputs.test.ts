/**
 * The bad-input corpus (issue #11): every case in cases/*.json is run through the BUILT action
 * (`node dist/index.js`) in a simulated runner, against a GitHub stand-in serving the case's bare
 * origin and a PyPI stand-in, and must end as the case says:
 *
 * - `expect: {code, line}` — exit 1; exactly one `::error` line, matching `line` (a regex naming
 *   the file or input), holding " — fix: " and ending with `[code]`, a catalogue code; the long
 *   form in the job summary; no stack trace anywhere;
 * - `expect: {success: true}` — a state pyrelease handles (a shallow clone it deepens…): exit 0,
 *   no error, and nothing in the summary matching `notInSummary` when given;
 *
 * and in both: no write reached either stand-in or the origin (no ref, PR, label, comment,
 * release, upload), and the sentinel token (and any other secret the case passes) appears
 * nowhere in stdout (but `::add-mask::`), stderr, the summary or the outputs, as it is, in base64
 * or URL-encoded.
 *
 * A case with `defect` documents a defect found and not fixed here (it lives outside settings/
 * and core/config/): it runs with `it.fails`, so it turns red the day the defect is fixed and
 * the marker should go. Case fields: see BadInputCase in run-case.ts; states: workspace.ts.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/errors/catalogue.js';
import { loadCases, runCase, TOKEN, type BadInputCase, type CaseResult } from './run-case.js';

const cases = loadCases(join(import.meta.dirname, 'cases'));
const results = new Map<string, Promise<CaseResult>>();
const figures = { cases: 0, failedCleanly: 0, succeeded: 0, writes: 0, leaks: 0, defects: 0, defectWrites: 0 };

/** Every case starts at once but runs in a pool of its own size: each spawns node, git and two stand-ins. */
function runAll(list: BadInputCase[], concurrency: number): void {
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = () => (running < concurrency ? (running++, Promise.resolve()) : new Promise<void>((go) => waiting.push(go)));
  const release = () => {
    const go = waiting.shift();
    if (go) go();
    else running--;
  };
  for (const c of list) {
    const run = slot().then(() => runCase(c)).finally(release);
    run.catch(() => undefined); // awaited (and reported) by the case's test, maybe later
    results.set(c.name, run);
  }
}

/** Secrets a case hands the action: the sentinel token, whatever it passes as token, password or webhook, and its own list. */
function secretsOf(c: BadInputCase): string[] {
  const given = ['token', 'password', 'notify-webhook'].map((k) => c.with?.[k] ?? '').filter((v) => v.length >= 8);
  return [...new Set([TOKEN, ...given, ...(c.secrets ?? [])])];
}

/** Where a secret shows: the raw value, base64 (Basic auth), URL-encoded; `::add-mask::` lines are where it must be. */
function leaksOf(c: BadInputCase, r: CaseResult): string[] {
  const stdout = r.run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  const places = { stdout, stderr: r.run.stderr, summary: r.run.summary, outputs: JSON.stringify(r.run.outputs) };
  const found: string[] = [];
  for (const secret of secretsOf(c)) {
    const forms = [secret, Buffer.from(secret).toString('base64'), encodeURIComponent(secret)];
    for (const [place, text] of Object.entries(places)) if (forms.some((f) => text.includes(f))) found.push(`${secret.slice(0, 12)}… in ${place}`);
  }
  return found;
}

const STACK_LINE = /^\s+at \S.*$/m;
const NODE_ERROR = /^(\w*Error: |Node\.js v\d+)/m;

function check(c: BadInputCase, r: CaseResult): void {
  const { run } = r;
  const errors = run.annotations.filter((a) => a.level === 'error');
  const context = `${c.name}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}\n--- writes\n${r.writes.map((w) => `${w.method} ${w.path} → ${w.status}`).join('\n')}`;
  const leaks = leaksOf(c, r);
  const oneLine = run.exitCode === 1 && errors.length === 1 && !STACK_LINE.test(run.stdout + run.stderr) && !NODE_ERROR.test(run.stdout + run.stderr);
  figures.cases++;
  if (c.defect) {
    figures.defects++;
    figures.defectWrites += r.writes.length;
  } else {
    figures.writes += r.writes.length;
    figures.leaks += leaks.length;
    if ('code' in c.expect && oneLine) figures.failedCleanly++;
    if ('success' in c.expect && run.exitCode === 0) figures.succeeded++;
  }

  expect(STACK_LINE.exec(run.stdout + run.stderr)?.[0], `a stack trace: ${context}`).toBeUndefined();
  expect(NODE_ERROR.exec(run.stdout + run.stderr)?.[0], `node printed an uncaught error: ${context}`).toBeUndefined();
  expect(r.writes.map((w) => `${w.method} ${w.path}`), `writes reached a stand-in: ${context}`).toEqual([]);
  expect(r.originAfter, 'the origin\'s refs changed').toBe(r.originBefore);
  expect(leaks, `a secret leaked: ${context}`).toEqual([]);

  if ('success' in c.expect) {
    expect(run.exitCode, context).toBe(0);
    expect(errors.map((e) => e.message), context).toEqual([]);
    if (c.expect.notInSummary !== undefined) expect(run.summary).not.toMatch(new RegExp(c.expect.notInSummary));
    return;
  }
  const { code, line } = c.expect;
  expect(Object.hasOwn(catalogue, code), `${code} is not in the error catalogue`).toBe(true);
  expect(run.exitCode, context).toBe(1);
  expect(errors, context).toHaveLength(1);
  const message = errors[0]!.message;
  expect(message).not.toContain('\n');
  expect(message).toMatch(new RegExp(line));
  expect(message).toContain(' — fix: ');
  // Several problems at once: the first one's line, then the others named after its code (errors/render.ts).
  const ending = new RegExp(` \\[${code}\\]( \\(\\+\\d+ more problems?: .*\\))?$`);
  expect(message, `should end with [${code}]`).toMatch(ending);
  expect(run.summary, 'the job summary has the long form').toContain(`\`${code}\``);
}

describe('bad-input corpus', () => {
  beforeAll(() => {
    runAll(cases, Math.max(2, Math.min(8, availableParallelism() * 2)));
  });

  afterAll(() => {
    const defects = figures.defects > 0 ? `; ${figures.defects} known defects, not fixed here (${figures.defectWrites} writes among them)` : '';
    console.log(`bad-input corpus: ${figures.cases} cases, ${figures.failedCleanly} exit 1 with one line, ${figures.writes} writes, ${figures.leaks} leaks; ${figures.succeeded} handled states exit 0${defects}`);
  });

  it('has at least 65 cases with unique names, covering every category', () => {
    expect(cases.length).toBeGreaterThanOrEqual(65);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.name.split(':')[0]))).toEqual(new Set(['config', 'manifest', 'inputs', 'pyproject', 'event', 'repository']));
  });

  for (const c of cases) {
    const test = c.defect ? it.concurrent.fails : it.concurrent;
    test(c.defect ? `${c.name} [known defect: ${c.defect.slice(0, 60)}…]` : c.name, async () => {
      const r = await results.get(c.name);
      if (!r) throw new Error(`${c.name} was never started`);
      check(c, r);
    }, 120_000);
  }
});
