/**
 * stage: quality — ruff format check and ruff lint (blocking), mypy (advisory unless
 * mypy-blocking), pytest on every Python version the project declares (blocking), all at once.
 * Every gate runs and reports even when another failed; a version the runner lacks fails
 * (missing-python: skip makes it a loud skip), and zero pytest runs is a failure.
 */
import { declaredPythonVersions } from '../core/gates/declared-python-versions.js';
import { checkMypySection, mypyTargetsConfigured } from '../core/gates/mypy-config.js';
import { sourceRoots } from '../core/gates/source-roots.js';
import { verdict, type GateResult } from '../core/gates/types.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { mypyGate, pytestGate, ruffFormatGate, ruffLintGate } from './gates/quality-gates.js';
import { annotate, renderGatesSummary } from './gates/report.js';
import { runConcurrently } from './gates/run-gates.js';
import { stopOnConfigError } from './gates/config-error.js';
import { projectDirectory, type StageContext, type StageDefinition, type StageOutcome } from './stage.js';
import { toolchainFor } from './toolchain-for.js';
import { runForChangedMembers } from './gates/workspace-gates.js';

export const qualityStage: StageDefinition = {
  name: 'quality',
  title: 'Quality gates',
  blocking: true,
  gate: true,
  dryRunSafe: true,
  shouldRun: () => ({ run: true }),
  // A uv workspace without a path input: the members changed since their release and their dependents (#22).
  run: (ctx) => runForChangedMembers(ctx, 'Quality gates', runQuality),
};

const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((n, x) => n + f(x), 0);

async function runQuality(ctx: StageContext): Promise<StageOutcome> {
  const { settings, runtime, clock } = ctx;
  const dir = projectDirectory(ctx, 'stage quality');
  const tc = await toolchainFor(ctx);
  const project = tc.project;
  checkMypySection(project.pyproject);
  const declared = settings.pythonVersions.length > 0
    ? { versions: settings.pythonVersions, source: 'the python-versions input', warnings: [] }
    : declaredPythonVersions({ ...(project.pyproject ? { pyproject: project.pyproject } : {}), ...(project.setupCfg ? { setupCfg: project.setupCfg } : {}) }, clock.today());
  for (const w of declared.warnings) runtime.warning(w);
  const versions: Array<string | undefined> = declared.versions.length > 0 ? declared.versions : [undefined];
  const notes: string[] = [tc.note, declared.versions.length > 0 ? `Python versions: ${declared.versions.join(', ')} (from ${declared.source})` : "Python versions: none declared (no classifiers, requires-python or python-versions input): pytest runs on the runner's default interpreter", ...declared.warnings];

  // Each pytest run gets its own environment; mypy targets the package's source when its config names none.
  const mypyTargets = mypyTargetsConfigured(project).namesTargets ? undefined : sourceRoots(project.layout);
  const ruff = tc.ruff();
  const jobs: Array<() => Promise<GateResult>> = [
    async () => ruffFormatGate(await ruff, dir),
    async () => ruffLintGate(await ruff, dir),
    // mypy is installed where the workflow put it: the runner's default interpreter, or (uv) every environment.
    async () => mypyGate(tc, await tc.environment(tc.uv ? versions[0] : undefined), mypyTargets, settings.mypyBlocking, dir),
  ];
  if (settings.skipTests) {
    notes.push('⚠️ skip_tests: pytest was NOT run for this release (emergency path).');
    runtime.warning('skip_tests is set: pytest was not run');
  } else {
    for (const version of versions) {
      jobs.push(async () => pytestGate(tc, { version, env: await tc.environment(version), extraArgs: settings.pytestArgs, tempDir: settings.tempDir, missingPython: settings.missingPython }, dir));
    }
  }
  // mypy (index 2) and pytest (3…) take longest: start them first; results stay in declared order.
  const results = await runConcurrently(jobs, [...jobs.keys()].filter((i) => i >= 2));
  if (!settings.skipTests) results.push(...zeroRuns(results, versions));
  for (const r of results) runtime.toolOutput(`${r.gate}${r.pythonVersion ? ` (Python ${r.pythonVersion})` : ''}: ${r.status}`, r.output ?? r.detail);
  annotate(runtime, results);
  const { passed, blockers } = verdict(results);
  const pytestRuns = results.filter((r) => r.gate === 'pytest' && r.status !== 'skipped' && r.counts !== undefined);
  if (!settings.skipTests) notes.push(`pytest ran on ${pytestRuns.length} of ${versions.length} Python version${versions.length === 1 ? '' : 's'}${pytestRuns.length > 0 ? ` (${pytestRuns.map((r) => r.pythonVersion ?? 'default').join(', ')})` : ''}`);
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
    stopOnConfigError(results);
    throw new PyreleaseError('GATE_FAILED', `quality gates failed: ${blockers.map((b) => `${b.gate}${b.pythonVersion ? ` (Python ${b.pythonVersion})` : ''}: ${b.detail}`).join('; ')}`, {
      fix: 'fix what the annotations and the job summary list, then push again',
    });
  }
  return { outputs, summary, headline: results.map((r) => `${r.gate}${r.pythonVersion ? `@${r.pythonVersion}` : ''} ${r.status}`).join(', ') };
}

/** Zero pytest runs is a failure: every version was skipped, so nothing was tested. */
function zeroRuns(results: readonly GateResult[], versions: ReadonlyArray<string | undefined>): GateResult[] {
  const pytest = results.filter((r) => r.gate === 'pytest');
  if (pytest.length === 0 || pytest.some((r) => r.status !== 'skipped')) return [];
  return [{ gate: 'pytest', status: 'failed', blocking: true, findings: [], durationMs: 0, detail: `pytest ran on none of the ${versions.length} declared Python version(s): every one is missing from this runner — fix: install them (actions/setup-python with several versions, or uv), or name the ones you have in python-versions` }];
}
