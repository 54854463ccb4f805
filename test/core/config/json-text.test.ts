/** Line and column of JSON problems, in every Node version's message shape, and of every key. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../../src/core/config/json-scan.js';
import { locationOf, parseJsonText, positionFromMessage } from '../../../src/core/config/json-text.js';
import { PyreleaseErrors, type PyreleaseError } from '../../../src/errors/pyrelease-error.js';

function syntaxProblem(text: string): PyreleaseError {
  try {
    parseJsonText(text, 'c.json', 'CONFIG_INVALID_JSON');
  } catch (e) {
    if (e instanceof PyreleaseErrors && e.problems.length === 1) return e.problems[0]!;
    throw e;
  }
  throw new Error('expected invalid JSON');
}

describe('positionFromMessage', () => {
  const text = '{\n  "a": 1,\n  }';
  it.each([
    ['Node 20', "Expected double-quoted property name in JSON at position 14", 14],
    ['Node 22+', "Expected double-quoted property name in JSON at position 14 (line 3 column 3)", 14],
    ['line and column only', 'Unexpected token in JSON (line 3 column 3)', 14],
    ['end of input', 'Unexpected end of JSON input', text.length],
    ['no position at all', 'Unexpected token \'}\', "{\n  "a": 1,\n  }" is not valid JSON', undefined],
  ])('%s', (_shape, message, offset) => {
    expect(positionFromMessage(message, text)).toBe(offset);
  });

  it('counts a Node 22 column in characters, not UTF-16 units', () => {
    expect(positionFromMessage('x (line 1 column 4)', '"😀",x')).toBe(4);
  });
});

describe('syntax errors', () => {
  it.each([
    ['trailing comma: points at the comma', '{\n  "packages": {".": {},}\n}', 2, 23, "trailing comma before '}'"],
    ['comment', '{\n  /* no */ "a": 1}', 2, 3, 'comments are not allowed in JSON'],
    ['missing comma between keys', '{\n  "a": 1\n  "b": 2\n}', 3, 3, "unexpected \"\\\"\", expected ',' or '}' after the property value"],
    ['unquoted key', '{\n  packages: {}\n}', 2, 3, 'unexpected "p", expected a property name in double quotes'],
    ['bare word (V8 gives no position)', '{"a": yes}', 1, 7, '"yes" is not a JSON value (strings need double quotes; booleans are true/false)'],
    ['line break inside a string', '{"a": "x\ny"}', 1, 9, 'unescaped line break or control character inside a string'],
    ['text after the value', '{"a": 1}\n}', 2, 1, 'unexpected text after the end of the JSON value'],
    ['truncated', '{"a": [1, 2', 1, 12, "unexpected end of file, expected ',' or ']' after the list item"],
    ['only whitespace', ' \n ', 2, 2, 'the file is empty; a JSON object was expected'],
  ])('%s', (_name, text, line, column, what) => {
    const p = syntaxProblem(text);
    expect(p.code).toBe('CONFIG_INVALID_JSON');
    expect(p.details).toMatchObject({ file: 'c.json', line, column });
    expect(p.message).toBe(`c.json:${line}:${column}: invalid JSON: ${what}`);
  });

  it('strips a BOM before counting columns, and parses a file that has one', () => {
    expect(syntaxProblem('\uFEFF{"a": 1,}').details).toMatchObject({ line: 1, column: 8 });
    expect(parseJsonText('\uFEFF{"a": 1}', 'c.json', 'CONFIG_INVALID_JSON').value).toEqual({ a: 1 });
  });

  it('counts CRLF files by lines, without the carriage return in the column', () => {
    expect(syntaxProblem('{\r\n  "a": 1,\r\n}').details).toMatchObject({ line: 2, column: 9 });
  });

  it('agrees with this Node\'s JSON.parse on where each syntax fixture breaks', () => {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'config', 'bad');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      let message: string | undefined;
      try {
        JSON.parse(text);
      } catch (e) {
        message = (e as Error).message;
      }
      const scanned = scanJson(text).error;
      expect(scanned === undefined, name).toBe(message === undefined);
      const reported = message === undefined ? undefined : positionFromMessage(message, text);
      if (scanned && reported !== undefined && !scanned.reason.startsWith('trailing comma')) expect(Math.abs(scanned.offset - reported), name).toBeLessThanOrEqual(1);
    }
  });
});

describe('key locations', () => {
  const doc = parseJsonText('{\n  "packages": {\n    ".": {"extra-files": ["a", {"path": "b"}]}\n  }\n}', 'c.json', 'CONFIG_INVALID_JSON');
  it.each([
    [['packages'], 2, 3],
    [['packages', '.'], 3, 5],
    [['packages', '.', 'extra-files'], 3, 11],
    [['packages', '.', 'extra-files', 1], 3, 32],
    [['packages', '.', 'extra-files', 1, 'path'], 3, 33],
  ])('%j at %i:%i', (path, line, column) => {
    expect(doc.locate(path)).toEqual({ line, column });
  });
  it('knows no location for a key that is not there', () => {
    expect(doc.locate(['label'])).toBeUndefined();
  });
  it('keeps dotted and numeric-looking keys apart', () => {
    const d = parseJsonText('{"a.b": 1, "a": {"b": 2}, "0": [3]}', 'c.json', 'CONFIG_INVALID_JSON');
    expect([d.locate(['a.b']), d.locate(['a', 'b']), d.locate(['0']), d.locate(['0', 0])]).toEqual([
      { line: 1, column: 2 },
      { line: 1, column: 18 },
      { line: 1, column: 27 },
      { line: 1, column: 33 },
    ]);
  });
});

describe('locationOf', () => {
  it('is 1-based', () => {
    expect(locationOf('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(locationOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
