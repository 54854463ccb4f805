/** Gate results for people: annotations (GitHub shows 10 per level), one summary table, failing tests. */
import type { Runtime } from '../../adapters/runtime/runtime.js';
import type { GateResult } from '../../core/gates/types.js';

const ANNOTATIONS_PER_LEVEL = 10;

export function annotate(runtime: Runtime, results: readonly GateResult[]): void {
  const used = { error: 0, warning: 0, notice: 0 };
  for (const r of results) {
    for (const f of r.findings) {
      // A non-blocking gate's findings are warnings, whatever the tool calls them.
      const level = r.blocking ? f.level : f.level === 'error' ? 'warning' : f.level;
      if (used[level]++ >= ANNOTATIONS_PER_LEVEL) continue;
      const props = { title: `${f.tool} ${f.ruleId}`, file: f.file, startLine: f.line, ...(f.column ? { startColumn: f.column } : {}) };
      if (level === 'error') runtime.error(f.message, props);
      else if (level === 'warning') runtime.warning(f.message, props);
      else runtime.notice(f.message, props);
    }
  }
}

const icon = { passed: '✅', failed: '❌', skipped: '⏭️' } as const;

export function renderGatesSummary(title: string, results: readonly GateResult[], notes: readonly string[]): string {
  const esc = (t: string) => t.replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/\r?\n/g, ' ');
  const lines = [`### ${title}`, '', '| gate | Python | result | blocking | details |', '|---|---|---|---|---|'];
  for (const r of results) lines.push(`| ${r.gate} | ${r.pythonVersion ?? ''} | ${icon[r.status]} ${r.status} | ${r.blocking ? 'yes' : 'no'} | ${esc(r.detail)} |`);
  for (const r of results.filter((x) => x.failures?.length)) {
    lines.push('', `**Failing tests${r.pythonVersion ? ` on Python ${r.pythonVersion}` : ''}:**`, ...r.failures!.map((f) => `- \`${esc(f.name)}\`: ${esc(f.message)}`));
  }
  // Which release of each tool ran, and in which interpreter or environment: a verdict is only as good as that.
  const where = results.filter((r) => r.tool !== undefined || r.environment !== undefined);
  if (where.length > 0) lines.push('', '**Where each gate ran:**', ...where.map((r) => `- ${r.gate}${r.pythonVersion ? ` (Python ${r.pythonVersion})` : ''}: ${esc([r.tool, r.environment].filter((x) => x !== undefined).join(' — '))}`));
  const findings = results.flatMap((r) => r.findings.map((f) => `- \`${esc(f.file)}:${f.line}\` ${f.tool} ${esc(f.ruleId)}: ${esc(f.message)}`));
  if (findings.length > 0) lines.push('', '<details><summary>All findings</summary>', '', ...findings, '', '</details>');
  if (notes.length > 0) lines.push('', ...notes.map((n) => `> ${esc(n)}`));
  return lines.join('\n') + '\n';
}
