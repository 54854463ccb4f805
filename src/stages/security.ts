/**
 * stage: security — bandit (blocking at bandit-severity and bandit-confidence, honouring the
 * project's [tool.bandit] and `# nosec`), findings as annotations and a SARIF 2.1.0 file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCodeql } from '../adapters/codeql/codeql.js';
import { runTool, Toolchain } from '../adapters/python-tools/toolchain.js';
import { blocksAt, parseBanditJson } from '../core/gates/bandit.js';
import { banditArgs } from '../core/gates/bandit-config.js';
import { toSarif } from '../core/gates/sarif.js';
import type { GateResult } from '../core/gates/types.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { annotate, renderGatesSummary } from './gates/report.js';
import { projectDirectory, type StageContext, type StageDefinition, type StageOutcome } from './stage.js';

export const securityStage: StageDefinition = {
  name: 'security',
  title: 'Security scan',
  blocking: true,
  dryRunSafe: true,
  shouldRun: () => ({ run: true }),
  run: runSecurity,
};

async function runSecurity(ctx: StageContext): Promise<StageOutcome> {
  const { settings, runtime } = ctx;
  const dir = projectDirectory(ctx);
  const tc = await Toolchain.detect(dir);
  const pyproject = existsSync(join(dir, 'pyproject.toml')) ? readFileSync(join(dir, 'pyproject.toml'), 'utf8') : '';
  const args = ['-r', '.', '-f', 'json', '-q', ...banditArgs(pyproject)];
  const r = await tc.module('bandit', args, undefined);
  if (!r.ok) throw new PyreleaseError('GATE_TOOL_MISSING', `bandit cannot run: ${r.reason}`, { fix: r.fix });
  const out = await runTool(r.command, dir, 30 * 60_000);
  let findings;
  try {
    findings = parseBanditJson(out.stdout, dir);
  } catch {
    throw new PyreleaseError('GATE_TOOL_FAILED', `bandit did not produce a report (exit ${out.exitCode}): ${out.stderr.trim().split('\n').slice(-1)[0] ?? ''}`, { fix: 'run bandit -r . locally to see the error (a syntax error in the code is the usual cause)' });
  }
  const blocking = findings.filter((f) => blocksAt(f, settings.banditSeverity, settings.banditConfidence));
  const gate: GateResult = {
    gate: 'bandit',
    status: blocking.length > 0 ? 'failed' : 'passed',
    blocking: true,
    detail: `${findings.length} finding(s), ${blocking.length} at or above severity ${settings.banditSeverity.toLowerCase()} and confidence ${settings.banditConfidence.toLowerCase()}`,
    findings,
    durationMs: out.durationMs,
  };
  runtime.toolOutput(`bandit: ${gate.status}`, out.stdout.length > 20_000 ? `${out.stderr}(JSON report: ${findings.length} findings)` : out.stderr || `${findings.length} findings`);
  const cq = await runCodeql(dir, settings.tempDir);
  const codeql: GateResult = cq.ran
    ? { gate: 'codeql', status: 'passed', blocking: false, detail: `${cq.results} result(s), advisory — SARIF: ${cq.sarifFile}`, findings: [], durationMs: cq.durationMs }
    : { gate: 'codeql', status: 'skipped', blocking: false, detail: cq.reason, findings: [], durationMs: 0 };
  const sarifDir = join(settings.tempDir, 'pyrelease-security');
  mkdirSync(sarifDir, { recursive: true });
  const sarifFile = join(sarifDir, 'bandit.sarif');
  writeFileSync(sarifFile, JSON.stringify(toSarif({ name: 'bandit', version: 'unknown', informationUri: 'https://bandit.readthedocs.io/' }, findings), null, 2) + '\n');
  annotate(runtime, [gate]);
  const outputs: Record<string, string> = { security_passed: String(gate.status === 'passed'), sarif_file: sarifFile, security_findings: String(findings.length), security_blocking_findings: String(blocking.length) };
  if (cq.ran) outputs.codeql_sarif_file = cq.sarifFile;
  const summary = renderGatesSummary('Security scan', [gate, codeql], [`SARIF for code scanning: ${sarifFile}`]);
  if (gate.status === 'failed') {
    await runtime.appendSummary(summary);
    for (const [name, value] of Object.entries(outputs)) runtime.setOutput(name, value);
    throw new PyreleaseError('GATE_FAILED', `security scan failed: ${gate.detail}`, { fix: 'fix the findings, or mark a reviewed false positive with # nosec BXXX on its line' });
  }
  return { outputs, summary, headline: `bandit ${gate.detail}` };
}
