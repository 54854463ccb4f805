/** One function per quality gate: resolve the tool, run it, read its report (core/gates parses). */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTool, type Toolchain } from '../../adapters/python-tools/toolchain.js';
import { parseJUnit } from '../../core/gates/junit.js';
import { parseMypyOutput } from '../../core/gates/mypy-output.js';
import { parseRuffFormatCheck, parseRuffJson } from '../../core/gates/ruff.js';
import type { GateName, GateResult } from '../../core/gates/types.js';

const TIMEOUT_MS = 30 * 60_000;

function missing(gate: GateName, blocking: boolean, reason: string, fix: string, pythonVersion?: string): GateResult {
  // A blocking gate whose tool is missing fails: never a silent pass.
  return { gate, status: blocking ? 'failed' : 'skipped', blocking, detail: `${reason} — fix: ${fix}`, findings: [], durationMs: 0, ...(pythonVersion ? { pythonVersion } : {}) };
}

export async function ruffFormatGate(tc: Toolchain, dir: string): Promise<GateResult> {
  const r = await tc.ruff(['format', '--check', '.']);
  if (!r.ok) return missing('ruff-format', true, r.reason, r.fix);
  const out = await runTool(r.command, dir, TIMEOUT_MS);
  const findings = parseRuffFormatCheck(out.stdout + out.stderr);
  const failed = out.exitCode !== 0;
  return { gate: 'ruff-format', status: failed ? 'failed' : 'passed', blocking: true, detail: failed ? `${findings.length} file(s) to reformat` : 'formatted', findings, durationMs: out.durationMs, output: out.stdout + out.stderr };
}

export async function ruffLintGate(tc: Toolchain, dir: string): Promise<GateResult> {
  const r = await tc.ruff(['check', '--output-format=json', '--no-fix', '.']);
  if (!r.ok) return missing('ruff-lint', true, r.reason, r.fix);
  const out = await runTool(r.command, dir, TIMEOUT_MS);
  const findings = out.stdout.trim().startsWith('[') ? parseRuffJson(out.stdout, dir) : [];
  const failed = out.exitCode !== 0;
  return { gate: 'ruff-lint', status: failed ? 'failed' : 'passed', blocking: true, detail: failed ? `${findings.length} finding(s)${findings.length === 0 ? `: ${out.stderr.trim().split('\n')[0]}` : ''}` : 'no findings', findings, durationMs: out.durationMs, output: out.stdout + out.stderr };
}

export async function mypyGate(tc: Toolchain, dir: string, blocking: boolean): Promise<GateResult> {
  const r = await tc.module('mypy', ['--show-column-numbers', '--show-error-codes', '--no-error-summary', '--no-color-output'], undefined);
  if (!r.ok) return missing('mypy', blocking, r.reason, r.fix);
  const out = await runTool(r.command, dir, TIMEOUT_MS);
  const findings = parseMypyOutput(out.stdout);
  const failed = out.exitCode !== 0;
  const detail = failed ? `${findings.length} error(s)${findings.length === 0 ? `: ${(out.stderr || out.stdout).trim().split('\n')[0]}` : ''}` : 'no errors';
  return { gate: 'mypy', status: failed ? 'failed' : 'passed', blocking, detail, findings, durationMs: out.durationMs, output: out.stdout + out.stderr };
}

export async function pytestGate(tc: Toolchain, dir: string, version: string | undefined, extraArgs: string[], tempDir: string): Promise<GateResult> {
  mkdirSync(tempDir, { recursive: true });
  const junit = join(mkdtempSync(join(tempDir, 'pyrelease-junit-')), 'junit.xml');
  const r = await tc.module('pytest', ['-q', '-p', 'no:cacheprovider', `--junitxml=${junit}`, ...extraArgs], version);
  if (!r.ok) return r.reason.includes('is not on this runner') ? { ...missing('pytest', false, r.reason, r.fix, version), status: 'skipped', blocking: true } : missing('pytest', true, r.reason, r.fix, version);
  const out = await runTool(r.command, dir, TIMEOUT_MS);
  let report;
  try {
    report = parseJUnit(readFileSync(junit, 'utf8'));
  } catch {
    report = undefined;
  }
  const base = { gate: 'pytest' as const, blocking: true, findings: [], durationMs: out.durationMs, output: out.stdout + out.stderr, ...(version ? { pythonVersion: version } : {}) };
  if (!report) return { ...base, status: 'failed', detail: `pytest wrote no report (exit ${out.exitCode}): ${(out.stdout + out.stderr).trim().split('\n').slice(-1)[0] ?? ''}` };
  const passed = report.tests - report.failures - report.errors - report.skipped;
  // pytest exits 5 when no test was collected: a release with no tests is not a pass.
  const failed = out.exitCode !== 0;
  const counts = { passed, failed: report.failures + report.errors, skipped: report.skipped };
  return { ...base, counts, status: failed ? 'failed' : 'passed', detail: `${passed} passed, ${report.failures + report.errors} failed, ${report.skipped} skipped${out.exitCode === 5 ? ' (no tests collected)' : ''}`, failures: report.failed };
}
