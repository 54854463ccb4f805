/** JSON.parse with the line and column of a syntax error, in every Node version's message shape. */
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export function parseJsonText(text: string, file: string, code: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const { line, column } = locate(text, message);
    const what = message.replace(/^(Unexpected token|SyntaxError:)\s*/, (m) => m).replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    throw new PyreleaseError(code, `${file}:${line}:${column}: invalid JSON: ${what}`, {
      file,
      line,
      column,
      fix: 'fix the JSON at that position (a trailing comma or a missing quote is the usual cause)',
    });
  }
}

function locate(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
