/** One function per quality gate: resolve the tool, run it, read its report (core/gates parses). */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingModule, runTool, type Resolution, type Toolchain } from '../../adapters/python-tools/toolchain.js';
import type { EnvironmentResult } from '../../adapters/python-tools/python-environment.js';
import { parseJUnit } from '../../core/gates/junit.js';
import { parseMypyOutput } from '../../core/gates/mypy-output.js';
import { parseRuffFormatCheck, parseRuffJson, ruffConfigError } from '../../core/gates/ruff.js';
import type { GateName, GateResult } from '../../core/gates/types.js';

const TIMEOUT_MS = 30 * 60_000;

function cannotRun(gate: GateName, blocking: boolean, reason: string, fix: string, extra: Partial<GateResult> = {}): GateResult {
  // A blocking gate that cannot run fails: never a silent pass.
  return { gate, status: blocking ? 'failed' : 'skipped', blocking, detail: `${reason} — fix: ${fix}`, findings: [], durationMs: 0, ...extra };
}

export type RuffResolution = Resolution & { why?: string };

export async function ruffFormatGate(ruff: RuffResolution, dir: string): Promise<GateResult> {
  if (!ruff.ok) return cannotRun('ruff-format', true, ruff.reason, ruff.fix);
  const out = await runTool({ ...ruff.command, args: [...ruff.command.args, 'format', '--check', '.'] }, dir, TIMEOUT_MS);
  const base = { gate: 'ruff-format' as const, blocking: true, durationMs: out.durationMs, output: out.stdout + out.stderr, ...(ruff.why ? { tool: ruff.why } : {}) };
  const configError = ruffConfigError(out.exitCode, out.stderr, dir);
  if (configError) return { ...base, status: 'failed', detail: configError.message, findings: [], configError };
  const findings = parseRuffFormatCheck(out.stdout + out.stderr);
  const failed = out.exitCode !== 0;
  return { ...base, status: failed ? 'failed' : 'passed', detail: failed ? `${findings.length} file(s) to reformat` : 'formatted', findings };
}

export async function ruffLintGate(ruff: RuffResolution, dir: string): Promise<GateResult> {
  if (!ruff.ok) return cannotRun('ruff-lint', true, ruff.reason, ruff.fix);
  const out = await runTool({ ...ruff.command, args: [...ruff.command.args, 'check', '--output-format=json', '--no-fix', '.'] }, dir, TIMEOUT_MS);
  const base = { gate: 'ruff-lint' as const, blocking: true, durationMs: out.durationMs, output: out.stdout + out.stderr, ...(ruff.why ? { tool: ruff.why } : {}) };
  const configError = ruffConfigError(out.exitCode, out.stderr, dir);
  if (configError) return { ...base, status: 'failed', detail: configError.message, findings: [], configError };
  const findings = out.stdout.trim().startsWith('[') ? parseRuffJson(out.stdout, dir) : [];
  const failed = out.exitCode !== 0;
  return { ...base, status: failed ? 'failed' : 'passed', detail: failed ? `${findings.length} finding(s)${findings.length === 0 ? `: ${firstLine(out.stderr)}` : ''}` : 'no findings', findings };
}

/** `targets` undefined: the project's mypy configuration names them; [] : nothing was found to check. */
export async function mypyGate(tc: Toolchain, env: EnvironmentResult, targets: readonly string[] | undefined, blocking: boolean, dir: string): Promise<GateResult> {
  if (targets?.length === 0) return cannotRun('mypy', blocking, 'the project names nothing for mypy to check and no package source was found (src/<package>, or a top-level package)', 'name it in [tool.mypy] files = ["…"]');
  if (!env.ok) return cannotRun('mypy', blocking, env.reason, env.fix);
  const out = await runTool(tc.module(env, 'mypy', ['--show-column-numbers', '--show-error-codes', '--no-error-summary', '--no-color-output', ...(targets ? ['--', ...targets] : [])]), dir, TIMEOUT_MS);
  const where = { environment: env.environment.label };
  if (missingModule(out, 'mypy')) return cannotRun('mypy', blocking, `mypy is not installed for ${env.environment.label}`, tc.installLine('mypy'), where);
  const findings = parseMypyOutput(out.stdout);
  const failed = out.exitCode !== 0;
  const detail = failed ? `${findings.length} error(s)${findings.length === 0 ? `: ${firstLine(out.stderr || out.stdout)}` : ''}` : `no errors${targets ? ` in ${targets.join(', ')}` : ''}`;
  return { gate: 'mypy', status: failed ? 'failed' : 'passed', blocking, detail, findings, durationMs: out.durationMs, output: out.stdout + out.stderr, ...where };
}

export interface PytestRun {
  version: string | undefined;
  env: EnvironmentResult;
  extraArgs: readonly string[];
  tempDir: string;
  missingPython: 'fail' | 'skip';
}

export async function pytestGate(tc: Toolchain, run: PytestRun, dir: string): Promise<GateResult> {
  const tag = run.version ? { pythonVersion: run.version } : {};
  if (!run.env.ok) {
    if (run.env.missingPython && run.missingPython === 'skip') return { ...cannotRun('pytest', true, run.env.reason, 'set missing-python: fail to make this an error', tag), status: 'skipped', detail: `${run.env.reason} — skipped (missing-python: skip)` };
    const configError = run.env.code === 'GATE_UV_LOCK_STALE' ? { code: run.env.code, message: run.env.reason, file: 'uv.lock', fix: run.env.fix } : undefined;
    return cannotRun('pytest', true, run.env.reason, run.env.fix, { ...tag, ...(configError ? { configError } : {}) });
  }
  mkdirSync(run.tempDir, { recursive: true });
  const junit = join(mkdtempSync(join(run.tempDir, 'pyrelease-junit-')), 'junit.xml');
  const env = run.env.environment;
  const out = await runTool(tc.module(run.env, 'pytest', ['-q', '-p', 'no:cacheprovider', `--junitxml=${junit}`, ...run.extraArgs]), dir, TIMEOUT_MS);
  const base = { gate: 'pytest' as const, blocking: true, findings: [], durationMs: out.durationMs, output: out.stdout + out.stderr, environment: `${env.label}, Python ${env.version}`, ...tag };
  if (missingModule(out, 'pytest')) return { ...base, status: 'failed', detail: `pytest is not installed for ${env.label} — fix: ${tc.installLine('pytest')}` };
  let report;
  try {
    report = parseJUnit(readFileSync(junit, 'utf8'));
  } catch {
    report = undefined;
  }
  if (!report) return { ...base, status: 'failed', detail: `pytest wrote no report (exit ${out.exitCode}): ${lastLine(out.stdout + out.stderr)}` };
  const passed = report.tests - report.failures - report.errors - report.skipped;
  // pytest exits 5 when no test was collected: a release with no tests is not a pass.
  const failed = out.exitCode !== 0;
  const counts = { passed, failed: report.failures + report.errors, skipped: report.skipped };
  return { ...base, counts, status: failed ? 'failed' : 'passed', detail: `${passed} passed, ${report.failures + report.errors} failed, ${report.skipped} skipped${out.exitCode === 5 ? ' (no tests collected)' : ''}`, failures: report.failed };
}

function firstLine(text: string): string {
  return text.trim().split(/\r?\n/)[0] ?? '';
}

function lastLine(text: string): string {
  return text.trim().split(/\r?\n/).slice(-1)[0] ?? '';
}
