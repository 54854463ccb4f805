/**
 * Finds where pyproject.toml's version is written, so the updater can replace just that span and
 * keep the file's comments, layout and line endings (what release-please's toml-edit does). Handles the
 * shapes version keys take in practice: `[a.b]` tables, `[[array]]` tables, dotted keys.
 */
export interface Span {
  start: number;
  end: number;
}

interface Line {
  text: string;
  offset: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let offset = 0;
  for (const part of text.split('\n')) {
    out.push({ text: part, offset });
    offset += part.length + 1;
  }
  return out;
}

const unquote = (k: string) => k.trim().replace(/^"(.*)"$|^'(.*)'$/, (_m, a?: string, b?: string) => a ?? b ?? '');
const splitKey = (k: string) => k.split('.').map(unquote);

/** The span of the value of `key` in table `table` (each entry in the table path, every [[array]] entry when it is an array). */
export function locateValues(text: string, table: string[], key: string): Span[] {
  let current: string[] = [];
  const spans: Span[] = [];
  for (const { text: line, offset } of lines(text)) {
    const header = /^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?\r?$/.exec(line);
    if (header) {
      current = splitKey(header[2]!);
      continue;
    }
    const kv = /^(\s*)([A-Za-z0-9_."'-][^=]*?)\s*=\s*/.exec(line);
    if (!kv) continue;
    const fullKey = [...current, ...splitKey(kv[2]!)];
    if (fullKey.length !== table.length + 1 || fullKey[fullKey.length - 1] !== key || !table.every((t, i) => fullKey[i] === t)) continue;
    const valueStart = offset + kv[0].length;
    const end = valueEnd(text, valueStart);
    if (end !== undefined) spans.push({ start: valueStart, end });
  }
  return spans;
}

/** End of a string value starting at `start` (basic or literal, single-line). */
function valueEnd(text: string, start: number): number | undefined {
  const q = text.charAt(start);
  if (q !== '"' && q !== "'") return undefined;
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') return undefined;
    if (q === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c === q) return i + 1;
  }
  return undefined;
}

export function replaceSpans(text: string, spans: Span[], replacement: string): string {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + replacement + out.slice(s.end);
  return out;
}
