/**
 * Writes a value exactly as JSON.stringify(value) would, in pieces. The plan's JSON holds its
 * CHANGELOG entry three times (body, changelogEntry, the CHANGELOG file), about 0.9 MB each at
 * 10,000 commits; one string of all of it (two bytes a character once the entry's "⚠" is in it),
 * its copy with the newline and its UTF-8 copy were a fifth of `pyrelease plan --json`'s peak
 * memory (issue #21). Plain objects and arrays are walked, long strings go out a slice at a
 * time, anything else is JSON.stringify's own.
 */

/** Characters per written slice of a long string. */
const SLICE = 1 << 16;

/** `write` gets pieces of about SLICE characters (short parts are gathered), the newline-free JSON text in order. */
export function writeJson(value: unknown, write: (piece: string) => void): void {
  let pending = '';
  emit(value, (piece) => {
    pending += piece;
    if (pending.length >= SLICE) {
      write(pending);
      pending = '';
    }
  });
  if (pending !== '') write(pending);
}

function emit(value: unknown, write: (piece: string) => void): void {
  if (typeof value === 'string') writeString(value, write);
  else if (Array.isArray(value)) {
    write('[');
    value.forEach((item, i) => {
      if (i > 0) write(',');
      // JSON.stringify writes null for what it cannot (undefined, functions) inside an array.
      if (isOmitted(item)) write('null');
      else emit(item, write);
    });
    write(']');
  } else if (isPlainObject(value)) {
    write('{');
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (isOmitted(item)) continue;
      write(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      emit(item, write);
    }
    write('}');
  } else write(JSON.stringify(value) ?? 'null');
}

function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || 'toJSON' in value) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function writeString(s: string, write: (piece: string) => void): void {
  if (s.length <= SLICE) {
    write(JSON.stringify(s));
    return;
  }
  write('"');
  for (let start = 0; start < s.length; ) {
    let end = Math.min(start + SLICE, s.length);
    // Never between the halves of a surrogate pair: alone, each would be escaped as \udxxx.
    const last = s.charCodeAt(end - 1);
    if (end < s.length && last >= 0xd800 && last <= 0xdbff) end--;
    write(JSON.stringify(s.slice(start, end)).slice(1, -1));
    start = end;
  }
  write('"');
}
