/** bandit's JSON report → findings, and which of them block at a severity/confidence threshold. */
import type { Finding } from './types.js';

export type Level = 'LOW' | 'MEDIUM' | 'HIGH';
const rank: Record<Level, number> = { LOW: 1, MEDIUM: 2, HIGH: 3 };

export function parseBanditJson(text: string, root: string): Finding[] {
  const data = JSON.parse(text) as { results?: Array<Record<string, unknown>> };
  return (data.results ?? []).map((r) => {
    const severity = String(r.issue_severity ?? 'LOW').toUpperCase() as Level;
    const file = String(r.filename ?? '').split('\\').join('/').replace(new RegExp(`^${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/?`), '').replace(/^\.\//, '');
    const f: Finding = {
      tool: 'bandit',
      ruleId: `${String(r.test_id ?? 'B000')}:${String(r.test_name ?? 'finding')}`,
      level: severity === 'HIGH' ? 'error' : severity === 'MEDIUM' ? 'warning' : 'notice',
      message: String(r.issue_text ?? ''),
      file,
      line: Number(r.line_number ?? 1),
      severity,
      confidence: String(r.issue_confidence ?? 'LOW').toUpperCase() as Level,
    };
    if (typeof r.col_offset === 'number') f.column = r.col_offset + 1;
    return f;
  });
}

export function blocksAt(f: Finding, severity: Level, confidence: Level): boolean {
  return rank[f.severity ?? 'LOW'] >= rank[severity] && rank[f.confidence ?? 'LOW'] >= rank[confidence];
}
