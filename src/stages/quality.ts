/**
 * stage: quality — ruff format check and ruff lint (blocking), mypy (advisory unless
 * mypy-blocking), pytest on each Python version asked for (blocking), all at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Toolchain } from '../adapters/python-tools/toolchain.js';
import { versionsFromClassifiers } from '../core/gates/python-versions.js';
import { verdict, type GateResult } from '../core/gates/types.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { mypyGate, pytestGate, ruffFormatGate, ruffLintGate } from './gates/quality-gates.js';
import { annotate, renderGatesSummary } from './gates/report.js';
import { runConcurrently } from './gates/run-gates.js';
import { projectDirectory, type StageContext, type StageDefinition, type StageOutcome } from './stage.js';

export const qualityStage: StageDefinition = {
  name: 'quality',
  title: 'Quality gates',
  blocking: true,
  dryRunSafe: true,
  shouldRun: () => ({ run: true }),
  run: runQuality,
};

const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((n, x) => n + f(x), 0);

async function runQuality(ctx: StageContext): Promise<StageOutcome> {
  const { settings, runtime } = ctx;
  const dir = projectDirectory(ctx);
  const tc = await Toolchain.detect(dir);
  const notes: string[] = tc.note ? [tc.note] : [];
  // python-versions, else the project's classifiers, else the runner's own interpreter.
  const declared = versionsFromClassifiers(existsSync(join(dir, 'pyproject.toml')) ? readFileSync(join(dir, 'pyproject.toml'), 'utf8') : undefined);
  const versions: Array<string | undefined> = settings.pythonVersions.length > 0 ? settings.pythonVersions : declared.length > 0 ? declared : [undefined];
  const jobs: Array<() => Promise<GateResult>> = [() => ruffFormatGate(tc, dir), () => ruffLintGate(tc, dir), () => mypyGate(tc, dir, settings.mypyBlocking)];
  if (settings.skipTests) {
    notes.push('⚠️ skip_tests: pytest was NOT run for this release (emergency path).');
    runtime.warning('skip_tests is set: pytest was not run');
  } else {
    for (const v of versions) jobs.push(() => pytestGate(tc, dir, v, settings.pytestArgs, settings.tempDir));
  }
  // mypy (index 2) and pytest (3…) take longest: start them first; results stay in declared order.
  const results = await runConcurrently(jobs, [...jobs.keys()].filter((i) => i >= 2));
  for (const r of results) runtime.toolOutput(`${r.gate}${r.pythonVersion ? ` (Python ${r.pythonVersion})` : ''}: ${r.status}`, r.output ?? r.detail);
  annotate(runtime, results);
  const { passed, blockers } = verdict(results);
  const status = (gate: string) => {
    const rs = results.filter((r) => r.gate === gate);
    if (rs.length === 0) return 'skipped';
    return rs.some((r) => r.status === 'failed') ? 'failed' : rs.every((r) => r.status === 'skipped') ? 'skipped' : 'passed';
  };
  const outputs = {
    quality_passed: String(passed),
    ruff_format: status('ruff-format'),
    ruff_lint: status('ruff-lint'),
    mypy: status('mypy'),
    pytest: status('pytest'),
    tests_skipped: String(settings.skipTests),
    // Counts over every Python version run, and the findings of the lint/type gates.
    tests_passed: String(sum(results, (r) => r.counts?.passed ?? 0)),
    tests_failed: String(sum(results, (r) => r.counts?.failed ?? 0)),
    lint_findings: String(sum(results.filter((r) => r.gate.startsWith('ruff')), (r) => r.findings.length)),
    type_errors: String(sum(results.filter((r) => r.gate === 'mypy'), (r) => r.findings.length)),
  };
  const summary = renderGatesSummary('Quality gates', results, notes);
  if (!passed) {
    await runtime.appendSummary(summary);
    for (const [name, value] of Object.entries(outputs)) runtime.setOutput(name, value);
    throw new PyreleaseError('GATE_FAILED', `quality gates failed: ${blockers.map((b) => `${b.gate}${b.pythonVersion ? ` (Python ${b.pythonVersion})` : ''}: ${b.detail}`).join('; ')}`, {
      fix: 'fix what the annotations and the job summary list, then push again',
    });
  }
  return { outputs, summary, headline: results.map((r) => `${r.gate}${r.pythonVersion ? `@${r.pythonVersion}` : ''} ${r.status}`).join(', ') };
}
