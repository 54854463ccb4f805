/** mypy's `--show-column-numbers --show-error-codes --no-error-summary` lines → findings. */
import type { Finding } from './types.js';

const LINE = /^(.+?):(\d+):(?:(\d+):)? (error|warning|note): (.*?)(?:  \[([\w-]+)\])?$/;

export function parseMypyOutput(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const m = LINE.exec(raw);
    if (!m || m[4] === 'note') continue;
    const f: Finding = { tool: 'mypy', ruleId: m[6] ?? 'mypy', level: m[4] === 'error' ? 'error' : 'warning', message: m[5]!, file: m[1]!.split('\\').join('/'), line: Number(m[2]) };
    if (m[3]) f.column = Number(m[3]);
    findings.push(f);
  }
  return findings;
}
