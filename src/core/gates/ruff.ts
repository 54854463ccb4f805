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

/**
 * ruff exits 2 and prints `ruff failed` / `Cause: Failed to parse <file>` / the TOML or schema
 * error when it cannot read its configuration: that is the project's bad input, one line.
 */
export function ruffConfigError(exitCode: number, stderr: string, root: string): { code: string; message: string; file?: string; fix: string } | undefined {
  if (exitCode !== 2 || !/ruff failed/.test(stderr)) return undefined;
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !/^\|/.test(l) && !/^\d+ \|/.test(l));
  const parsed = /Failed to parse (.+)$/.exec(lines.find((l) => /Failed to parse/.test(l)) ?? '')?.[1];
  const file = parsed === undefined ? undefined : parsed.split('\\').join('/').replace(`${root.split('\\').join('/')}/`, '');
  const at = /line (\d+), column (\d+)/.exec(stderr);
  const cause = lines[lines.length - 1]!.replace(/^Cause:\s*/, '');
  return {
    code: 'GATE_CONFIG_INVALID',
    message: `ruff cannot read its configuration${file ? ` in ${file}${at ? `:${at[1]}:${at[2]}` : ''}` : ''}: ${cause}`,
    ...(file ? { file } : {}),
    fix: 'correct that [tool.ruff] / ruff.toml setting (ruff check --show-settings shows what ruff reads)',
  };
}
