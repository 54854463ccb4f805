/** Line and column of JSON problems (jsonc-parser's offsets, the same on every Node version), and of every key. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locationOf, parseJsonText } from '../../../src/core/config/json-text.js';
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

  it('refuses exactly the syntax fixtures JSON.parse refuses, each with a line and column', () => {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'config', 'bad');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      let valid = true;
      try {
        JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        valid = false;
      }
      if (valid) expect(() => parseJsonText(text, name, 'CONFIG_INVALID_JSON'), name).not.toThrow();
      else expect(syntaxProblem(text).message, name).toMatch(/^c\.json:\d+:\d+: invalid JSON: \S/);
    }
  });

  it.each([
    ['bad escape', '{"a": "\\q"}', 1, 8, 'bad escape \\q inside a string'],
    ['tab inside a string', '{"a": "x\ty"}', 1, 9, 'unescaped line break or control character inside a string'],
    ['unterminated string', '{"a": "abc', 1, 7, 'unterminated string'],
    ['trailing comma in a list', '{"a": [1,]}', 1, 9, "trailing comma before ']'"],
    ['missing comma in a list', '[1 2]', 1, 4, "unexpected \"2\", expected ',' or ']' after the list item"],
    ['missing colon', '{"a" 1}', 1, 6, "unexpected \"1\", expected ':' after the property name"],
    ['a no-break space', '{"a":\u00a01}', 1, 6, 'unexpected "\u00a0", expected a value'],
  ])('%s', (_name, text, line, column, what) => {
    const p = syntaxProblem(text);
    expect(p.message).toBe(`c.json:${line}:${column}: invalid JSON: ${what}`);
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
