/** ruff's `--output-format=json` → findings (lint), and `format --check` output → files to reformat. */
import type { Finding } from './types.js';

export function parseRuffJson(text: string, root: string): Finding[] {
  const items = JSON.parse(text || '[]') as Array<{ code?: string | null; message?: string; filename?: string; location?: { row?: number; column?: number } }>;
  return items.map((i) => ({
    tool: 'ruff',
    ruleId: i.code ?? 'ruff',
    level: 'error' as const,
    message: i.message ?? '',
    file: (i.filename ?? '').split('\\').join('/').replace(`${root.split('\\').join('/')}/`, ''),
    line: i.location?.row ?? 1,
    column: i.location?.column ?? 1,
  }));
}

export function parseRuffFormatCheck(text: string): Finding[] {
  return text
    .split(/\r?\n/)
    .map((l) => /^Would reformat: (.+)$/.exec(l.trim())?.[1])
    .filter((f): f is string => f !== undefined)
    .map((file) => ({ tool: 'ruff', ruleId: 'format', level: 'error' as const, message: 'file is not formatted (run ruff format)', file, line: 1 }));
}
