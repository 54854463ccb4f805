/**
 * stage: security — bandit (blocking at bandit-severity and bandit-confidence, honouring the
 * project's [tool.bandit] and `# nosec`, never scanning environments or build output), findings
 * as annotations and a SARIF 2.1.0 file; CodeQL advisory when its CLI is found.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runCodeql } from '../adapters/codeql/codeql.js';
import { missingModule, runTool, type Command, type Toolchain } from '../adapters/python-tools/toolchain.js';
import type { ProcessResult } from '../adapters/process/run-process.js';
import { blocksAt, parseBanditJson } from '../core/gates/bandit.js';
import { banditArgs } from '../core/gates/bandit-config.js';
import { toSarif } from '../core/gates/sarif.js';
import type { GateResult } from '../core/gates/types.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { annotate, renderGatesSummary } from './gates/report.js';
import { projectDirectory, type StageContext, type StageDefinition, type StageOutcome } from './stage.js';
import { toolchainFor } from './toolchain-for.js';
import { runForChangedMembers } from './gates/workspace-gates.js';

export const securityStage: StageDefinition = {
  name: 'security',
  title: 'Security scan',
  blocking: true,
  gate: true,
  dryRunSafe: true,
  shouldRun: () => ({ run: true }),
  // A uv workspace without a path input: the members changed since their release and their dependents (#22).
  run: (ctx) => runForChangedMembers(ctx, 'Security scan', runSecurity),
};

const TIMEOUT_MS = 30 * 60_000;

async function runSecurity(ctx: StageContext): Promise<StageOutcome> {
  const { settings, runtime } = ctx;
  const dir = projectDirectory(ctx, 'stage security');
  const tc = await toolchainFor(ctx);
  const uvEnvironment = join(settings.tempDir, 'pyrelease-uv');
  const environments = [...tc.project.environments, uvEnvironment].map((e) => relative(dir, e)).filter((e) => e !== '' && !e.startsWith('..'));
  const args = ['-r', '.', '-f', 'json', '-q', ...banditArgs({ environments, windows: process.platform === 'win32', ...(tc.project.pyproject ? { pyproject: tc.project.pyproject } : {}) })];
  const { out, why } = await runBandit(tc, args, dir);
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
    ...(why ? { tool: why } : {}),
  };
  runtime.toolOutput(`bandit: ${gate.status}`, out.stdout.length > 20_000 ? `${out.stderr}(JSON report: ${findings.length} findings)` : out.stderr || `${findings.length} findings`);
  const cq = await runCodeql({ dir, tempDir: settings.tempDir, codeqlPath: settings.codeqlPath, ...(process.env.RUNNER_TOOL_CACHE ? { toolCache: process.env.RUNNER_TOOL_CACHE } : {}) });
  const codeql: GateResult = cq.ran
    ? { gate: 'codeql', status: 'passed', blocking: false, detail: `${cq.results} result(s), advisory — SARIF: ${cq.sarifFile}`, findings: [], durationMs: cq.durationMs, tool: cq.cli }
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

/** uvx bandit at the project's pin under uv; else the runner's `python -m bandit`, then its `bandit` script. */
async function runBandit(tc: Toolchain, args: string[], dir: string): Promise<{ out: ProcessResult; why?: string }> {
  if (tc.uv || tc.problem) {
    const tool = tc.bandit();
    if (!tool.ok) throw new PyreleaseError('GATE_TOOL_MISSING', `bandit cannot run: ${tool.reason}`, { fix: tool.fix });
    const out = await runTool({ ...tool.command, args: [...tool.command.args, ...args] }, dir, TIMEOUT_MS);
    if (out.stdout.trim() === '' && out.exitCode !== 0) {
      throw new PyreleaseError('GATE_TOOL_MISSING', `uvx ${tool.command.args[0]} could not run bandit: ${out.stderr.trim().split(/\r?\n/).slice(-1)[0] ?? ''}`, { fix: tc.installLine('bandit') });
    }
    return { out, ...(tool.why ? { why: tool.why } : {}) };
  }
  const env = await tc.environment(undefined);
  const viaModule: Command | undefined = env.ok ? tc.module(env, 'bandit', args) : undefined;
  const out = viaModule ? await runTool(viaModule, dir, TIMEOUT_MS) : undefined;
  if (out && !missingModule(out, 'bandit')) return { out };
  try {
    return { out: await runTool({ program: 'bandit', args }, dir, TIMEOUT_MS) };
  } catch (error) {
    if (error instanceof PyreleaseError && error.code === 'PROCESS_NOT_FOUND') {
      throw new PyreleaseError('GATE_TOOL_MISSING', `bandit is not installed${env.ok ? ` for ${env.environment.label}` : ''} (no bandit module, no bandit command)`, { fix: tc.installLine('bandit') });
    }
    throw error;
  }
}
