import { formatMs, type StageReport } from './runner.js';

const icon: Record<StageReport['status'], string> = { done: '✅', failed: '❌', skipped: '⏭️' };

/** The run's table in the job summary: one row per stage, in pipeline order. */
export function renderRunSummary(reports: StageReport[]): string {
  if (reports.length === 0) return '';
  const rows = reports.map((r) => `| ${icon[r.status]} ${r.stage} | ${r.status} | ${escapeCell(r.headline)} | ${formatMs(r.durationMs)} |`);
  return ['## pyrelease', '', '| stage | result | details | time |', '|---|---|---|---|', ...rows, ''].join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
