/** Errors for people: one line for the log, a longer Markdown form for the job summary; never a stack. */
import { isPyreleaseError, PyreleaseErrors, type PyreleaseError } from './pyrelease-error.js';

export function renderErrorLine(error: unknown): string {
  if (!isPyreleaseError(error)) return `internal error, please report it: ${error instanceof Error ? error.message : String(error)}`;
  const fix = error.details.fix ? ` — fix: ${error.details.fix}` : '';
  return oneLine(`${error.message}${fix} [${error.code}]`);
}

export function renderErrorMarkdown(error: unknown): string {
  if (!isPyreleaseError(error)) return `### ❌ pyrelease failed\n\nInternal error, please report it: \`${oneLine(error instanceof Error ? error.message : String(error))}\`\n`;
  const problems: PyreleaseError[] = error instanceof PyreleaseErrors ? error.problems : [error];
  const lines = [`### ❌ pyrelease failed`, '', problems.length > 1 ? `${problems.length} problems, all to fix before a re-run:` : ''];
  for (const p of problems) {
    lines.push(`- **${escapeMd(p.message)}** \`${p.code}\``);
    if (p.details.fix) lines.push(`  - fix: ${escapeMd(p.details.fix)}`);
    for (const more of p.details.more ?? []) lines.push(`  - ${escapeMd(more)}`);
  }
  return lines.filter((l, i) => l !== '' || i < 2).join('\n') + '\n';
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ');
}

function escapeMd(text: string): string {
  return oneLine(text).replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}
