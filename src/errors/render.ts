/**
 * Errors for people: one line for the log (`file[:line:col]: what — fix: how [CODE]`), a longer
 * Markdown form for the job summary listing every problem with its fix. Never a stack trace:
 * the entries print one at debug level for errors we did not expect.
 */
import { catalogue } from './catalogue.js';
import { isPyreleaseError, PyreleaseErrors, type PyreleaseError } from './pyrelease-error.js';

const MORE_IN_LINE = 3;

/** One line for the log and `setFailed`; several problems are named after the first. */
export function renderErrorLine(error: unknown): string {
  if (!isPyreleaseError(error)) return oneLine(`internal error, please report: ${messageOf(error)}`);
  const [first, ...rest] = problemsOf(error);
  if (!first) return oneLine(`${error.message} [${error.code}]`);
  if (rest.length === 0) return problemLine(first);
  const named = rest.slice(0, MORE_IN_LINE).map((p) => `${p.details.key ?? p.details.file ?? p.message} [${p.code}]`);
  if (rest.length > MORE_IN_LINE) named.push('…');
  return `${problemLine(first)} (+${rest.length} more problem${rest.length > 1 ? 's' : ''}: ${named.join('; ')})`;
}

/** One line per problem, for a terminal where there is no job summary. */
export function renderErrorLines(error: unknown): string[] {
  if (!isPyreleaseError(error)) return [renderErrorLine(error)];
  const problems = problemsOf(error);
  return problems.length > 0 ? problems.map(problemLine) : [renderErrorLine(error)];
}

export function renderErrorMarkdown(error: unknown): string {
  const head = '### ❌ pyrelease failed';
  if (!isPyreleaseError(error)) {
    return `${head}\n\nInternal error, please report it with this message: ${escapeMd(messageOf(error))}\n`;
  }
  const problems = problemsOf(error);
  const lines = [head, ''];
  if (problems.length > 1) lines.push(`${problems.length} problems; fix them all before the next run:`, '');
  problems.forEach((p, i) => {
    const where = location(p);
    lines.push(`${i + 1}. ${where ? `\`${where}\` — ` : ''}${escapeMd(withoutLocation(p))} (\`${p.code}\`: ${escapeMd(catalogue[p.code]?.title ?? 'see docs/errors.md')})`);
    if (p.details.fix) lines.push(`   - **Fix:** ${escapeMd(p.details.fix)}`);
    for (const more of p.details.more ?? []) lines.push(`   - ${escapeMd(more)}`);
  });
  return `${lines.join('\n')}\n`;
}

function problemsOf(error: PyreleaseError): PyreleaseError[] {
  return error instanceof PyreleaseErrors ? error.problems : [error];
}

function problemLine(p: PyreleaseError): string {
  const where = location(p);
  const text = where ? `${where}: ${withoutLocation(p)}` : p.message;
  return oneLine(`${text}${p.details.fix ? ` — fix: ${p.details.fix}` : ''} [${p.code}]`);
}

/** `file`, `file:line:col` when the position is known; undefined when the error names no file. */
function location(p: PyreleaseError): string | undefined {
  const { file, line, column } = p.details;
  if (!file) return undefined;
  return line !== undefined ? `${file}:${line}${column !== undefined ? `:${column}` : ''}` : file;
}

/** The message after its own "file[:line[:col]]: " prefix, so the location is printed once. */
function withoutLocation(p: PyreleaseError): string {
  const file = p.details.file;
  if (!file || !p.message.startsWith(file)) return p.message;
  return p.message.slice(file.length).replace(/^(:\d+){0,2}:?\s*/, '');
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** User text (keys, values, paths) must not turn into Markdown or HTML in the summary. */
function escapeMd(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
