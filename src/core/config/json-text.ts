/**
 * JSON text → value, plus the line and column of any key, and one clear error with line and
 * column when the text is not JSON. The position comes from JSON.parse's own message when it
 * carries one (Node 20: "… in JSON at position N"; Node 22+: "… (line L column C)"); some V8
 * messages carry none ("Unexpected token 'x', "…" is not valid JSON"), and then the scanner's.
 */
import { PyreleaseError, PyreleaseErrors } from '../../errors/pyrelease-error.js';
import { pathKey, scanJson, type KeyPath } from './json-scan.js';

export interface Location {
  line: number;
  column: number;
}

export interface JsonDocument {
  value: unknown;
  /** Where the key (or list item) at this path starts; undefined for paths not in the text. */
  locate(path: KeyPath): Location | undefined;
}

export function parseJsonText(text: string, file: string, code: 'CONFIG_INVALID_JSON' | 'MANIFEST_INVALID_JSON'): JsonDocument {
  // A BOM is invisible in editors; strip it before parsing *and* before counting columns.
  const body = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    // Thrown as a list like every other config problem, so callers handle one shape.
    throw new PyreleaseErrors([syntaxError(body, file, code, e instanceof Error ? e.message : String(e))]);
  }
  const { positions } = scanJson(body);
  return {
    value,
    locate: (path) => {
      const offset = positions.get(pathKey(path));
      return offset === undefined ? undefined : locationOf(body, offset);
    },
  };
}

function syntaxError(body: string, file: string, code: string, message: string): PyreleaseError {
  const scanned = scanJson(body).error;
  const reported = positionFromMessage(message, body);
  // The scanner words the problem better ("trailing comma before '}'"); V8 decides where, when it says.
  const agree = scanned && (reported === undefined || Math.abs(scanned.offset - reported) <= 1 || /trailing comma/.test(scanned.reason));
  const offset = agree ? scanned.offset : (reported ?? scanned?.offset ?? body.length);
  const what = agree ? scanned.reason : describeV8(message);
  const { line, column } = locationOf(body, offset);
  return new PyreleaseError(code, `${file}:${line}:${column}: invalid JSON: ${what}`, {
    file,
    line,
    column,
    fix: fixFor(what, line, column, code),
  });
}

function fixFor(what: string, line: number, column: number, code: string): string {
  const at = `line ${line}, column ${column}`;
  if (what.startsWith('trailing comma')) return `remove the comma at ${at}: JSON allows no comma after the last item`;
  if (what.startsWith('comments')) return `remove the comment at ${at}: JSON has no comments`;
  if (what.includes('single quotes')) return `use double quotes at ${at}`;
  if (what.startsWith('the file is empty')) return code === 'MANIFEST_INVALID_JSON' ? 'write {".": "0.0.0"} before a first release, or the version last released' : 'write {"packages": {".": {"release-type": "python"}}}';
  return `correct the JSON at ${at} (JSON allows no trailing commas, no comments and only double quotes)`;
}

/** The 0-based offset a V8 JSON.parse message points at, in any Node version's wording. */
export function positionFromMessage(message: string, text: string): number | undefined {
  const lc = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lc) {
    const lines = text.split('\n');
    const line = Math.min(Number(lc[1]), lines.length);
    const before = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    return before + Array.from(lines[line - 1] ?? '').slice(0, Number(lc[2]) - 1).join('').length;
  }
  const pos = /at position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  return undefined;
}

/** V8's words without the echoed source text, which may span lines or be truncated. */
function describeV8(message: string): string {
  return message
    .replace(/,\s*".*" is not valid JSON$/s, '')
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '')
    .replace(/^./, (c) => c.toLowerCase());
}

/** 1-based line and column; columns count characters, as editors show them. */
export function locationOf(text: string, offset: number): Location {
  const before = text.slice(0, offset).split('\n');
  const last = before[before.length - 1] ?? '';
  return { line: before.length, column: Array.from(last.replace(/\r$/, '')).length + 1 };
}
