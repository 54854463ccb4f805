/**
 * A small JSON scanner that JSON.parse does not replace: it records where every key and array
 * element starts (so a wrong value can be reported at its line and column), and on bad input
 * it names the first problem in words and at an offset that is the same on every Node version
 * (V8's messages differ between Node 20 and 22, and some carry no position at all).
 */
export type KeyPath = readonly (string | number)[];

export interface JsonScan {
  /** Offset of each value's key (or of the element, in arrays), by pathKey(path). */
  positions: Map<string, number>;
  error?: { offset: number; reason: string };
}

/** Map key for a path: unambiguous for keys holding dots, quotes or digits. */
export function pathKey(path: KeyPath): string {
  return JSON.stringify(path);
}

class Failure {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

export function scanJson(text: string): JsonScan {
  const positions = new Map<string, number>();
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new Failure(at, reason);
  };
  const ws = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) fail('comments are not allowed in JSON');
      else return;
    }
  };
  const unexpected = (expected: string): never => {
    if (i >= text.length) return fail(`unexpected end of file, expected ${expected}`);
    const c = text[i]!;
    if ((c === '}' || c === ']') && text.slice(0, i).trimEnd().endsWith(',')) {
      return fail(`trailing comma before '${c}'`, text.slice(0, i).trimEnd().length - 1);
    }
    if (c === "'") return fail('strings and keys must use double quotes, not single quotes');
    return fail(`unexpected ${JSON.stringify(c)}, expected ${expected}`);
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      const code = text.charCodeAt(i);
      if (code < 0x20) fail('unescaped line break or control character inside a string');
      if (text[i] === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(`bad escape \\${e ?? ''} inside a string`);
      } else i++;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
  };
  const value = (path: KeyPath) => {
    ws();
    const c = text[i];
    if (c === '{') return object(path);
    if (c === '[') return array(path);
    if (c === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (literal && !/[\w.]/.test(text[i + literal[0].length] ?? '')) return void (i += literal[0].length);
    if (c !== undefined && /[\w.+-]/.test(c)) fail(`${JSON.stringify(/^[\w.+-]+/.exec(text.slice(i))![0])} is not a JSON value (strings need double quotes; booleans are true/false)`);
    return unexpected('a value');
  };
  const object = (path: KeyPath) => {
    i++;
    ws();
    if (text[i] === '}') return void i++;
    for (;;) {
      ws();
      if (text[i] !== '"') unexpected('a property name in double quotes');
      const keyStart = i;
      string();
      const key = JSON.parse(text.slice(keyStart, i)) as string;
      positions.set(pathKey([...path, key]), keyStart);
      ws();
      if (text[i] !== ':') unexpected("':' after the property name");
      i++;
      value([...path, key]);
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === '}') return void i++;
      else unexpected("',' or '}' after the property value");
    }
  };
  const array = (path: KeyPath) => {
    i++;
    ws();
    if (text[i] === ']') return void i++;
    for (let n = 0; ; n++) {
      ws();
      positions.set(pathKey([...path, n]), i);
      value([...path, n]);
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === ']') return void i++;
      else unexpected("',' or ']' after the list item");
    }
  };
  try {
    positions.set(pathKey([]), 0);
    ws();
    if (i >= text.length) fail('the file is empty; a JSON object was expected');
    value([]);
    ws();
    if (i < text.length) fail('unexpected text after the end of the JSON value');
    return { positions };
  } catch (e) {
    if (e instanceof Failure) return { positions, error: { offset: e.offset, reason: e.reason } };
    throw e;
  }
}
