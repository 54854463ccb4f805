/**
 * JSON text → value, plus the line and column of any key, and one clear error with line and
 * column when the text is not JSON. JSON.parse gives the value; jsonc-parser (strict: no
 * comments, no trailing commas) gives offsets and error codes that are the same on every Node
 * version, which V8's messages are not. Its first error is worded for a person here.
 */
import { createScanner, findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { PyreleaseError, PyreleaseErrors } from '../../errors/pyrelease-error.js';

/** Keys from the root of a JSON document; numbers index lists. */
export type KeyPath = readonly (string | number)[];

export interface Location {
  line: number;
  column: number;
}

export interface JsonDocument {
  value: unknown;
  /** Where the key (or list item) at this path starts; undefined for paths not in the text. */
  locate(path: KeyPath): Location | undefined;
}

export type JsonErrorCode = 'CONFIG_INVALID_JSON' | 'MANIFEST_INVALID_JSON' | 'EXTRA_FILE_INVALID' | 'CHANGELOG_JSON_INVALID';

// jsonc-parser declares its token kinds as a const enum, which isolated modules cannot read: its values.
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, eof: 17 } as const;

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

export function parseJsonText(text: string, file: string, code: JsonErrorCode): JsonDocument {
  // A BOM is invisible in editors; strip it before parsing *and* before counting columns.
  const body = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    // Thrown as a list like every other config problem, so callers handle one shape.
    throw new PyreleaseErrors([syntaxError(body, file, code, e instanceof Error ? e.message : String(e))]);
  }
  let tree: Node | undefined;
  return {
    value,
    locate: (path) => {
      tree ??= parseTree(body, [], STRICT);
      const node = tree && findNodeAtLocation(tree, [...path]);
      if (!node) return undefined;
      // A property's value → its key; a list item → the item itself (the root: the file's start).
      const at = node.parent?.type === 'property' ? node.parent.offset : path.length === 0 ? 0 : node.offset;
      return locationOf(body, at);
    },
  };
}

function syntaxError(body: string, file: string, code: JsonErrorCode, v8Message: string): PyreleaseError {
  const errors: ParseError[] = [];
  if (body.trim() !== '') parseTree(body, errors, STRICT);
  const problem = body.trim() === '' ? { offset: body.length, what: 'the file is empty; a JSON object was expected' } : describe(body, errors);
  // jsonc-parser accepts nothing JSON.parse refuses that we know of; should it, V8's words at the start.
  const { offset, what } = problem ?? { offset: 0, what: v8Message.replace(/^./, (c) => c.toLowerCase()) };
  const { line, column } = locationOf(body, offset);
  return new PyreleaseError(code, `${file}:${line}:${column}: invalid JSON: ${what}`, { file, line, column, fix: fixFor(what, line, column, code) });
}

/** The first error, in words, at the offset a person should look at. */
function describe(body: string, errors: readonly ParseError[]): { offset: number; what: string } | undefined {
  const first = errors[0];
  if (!first) return undefined;
  const { offset, length } = first;
  const token = body.slice(offset, offset + length);
  const found = offset >= body.length ? undefined : body.charAt(offset);
  const unexpected = (expected: string) => (found === undefined ? `unexpected end of file, expected ${expected}` : `unexpected ${JSON.stringify(found)}, expected ${expected}`);
  const inList = containerAt(body, offset) === '[';
  const afterItem = inList ? "',' or ']' after the list item" : "',' or '}' after the property value";
  switch (printParseErrorCode(first.error)) {
    case 'InvalidCommentToken':
      return { offset, what: 'comments are not allowed in JSON' };
    case 'InvalidSymbol': {
      if (token.startsWith("'")) return { offset, what: 'strings and keys must use double quotes, not single quotes' };
      // The next error tells where the symbol stood: a key ("property name expected") or a value.
      if (errors[1] && printParseErrorCode(errors[1].error) === 'PropertyNameExpected') return { offset, what: unexpected('a property name in double quotes') };
      if (/^[\w.+-]/.test(token)) return { offset, what: `${JSON.stringify(/^[\w.+-]+/.exec(token)![0])} is not a JSON value (strings need double quotes; booleans are true/false)` };
      return { offset, what: unexpected('a value') };
    }
    case 'PropertyNameExpected':
    case 'ValueExpected': {
      const before = body.slice(0, offset).trimEnd();
      if ((found === '}' || found === ']') && before.endsWith(',')) return { offset: before.length - 1, what: `trailing comma before '${found}'` };
      return { offset, what: unexpected(printParseErrorCode(first.error) === 'ValueExpected' ? 'a value' : 'a property name in double quotes') };
    }
    case 'ColonExpected':
      return { offset, what: unexpected("':' after the property name") };
    case 'CommaExpected':
    case 'CloseBraceExpected':
    case 'CloseBracketExpected':
      return { offset, what: unexpected(afterItem) };
    case 'EndOfFileExpected':
      return { offset, what: 'unexpected text after the end of the JSON value' };
    case 'UnexpectedEndOfString':
    case 'InvalidCharacter': {
      // jsonc-parser points at the string's opening quote; the person needs the character itself.
      // (An unterminated string ends before the line break that cut it.)
      const control = body.slice(offset, offset + length + 1).search(/[\u0000-\u001f]/);
      if (control > 0) return { offset: offset + control, what: 'unescaped line break or control character inside a string' };
      return { offset, what: 'unterminated string' };
    }
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode': {
      const escape = /\\(u[0-9a-fA-F]{0,3}(?![0-9a-fA-F])|[^"\\/bfnrtu])/.exec(token);
      return { offset: offset + (escape?.index ?? 0), what: `bad escape \\${escape?.[1] ?? ''} inside a string` };
    }
    default:
      return { offset, what: `${JSON.stringify(token)} is not a JSON number` };
  }
}

/** "{" or "[": the innermost open container at an offset, by jsonc-parser's own tokens. */
function containerAt(body: string, offset: number): '{' | '[' | undefined {
  const scanner = createScanner(body, true);
  const open: Array<'{' | '['> = [];
  for (let kind: number = scanner.scan(); kind !== TOKEN.eof && scanner.getTokenOffset() < offset; kind = scanner.scan()) {
    if (kind === TOKEN.openBrace) open.push('{');
    else if (kind === TOKEN.openBracket) open.push('[');
    else if (kind === TOKEN.closeBrace || kind === TOKEN.closeBracket) open.pop();
  }
  return open[open.length - 1];
}

function fixFor(what: string, line: number, column: number, code: JsonErrorCode): string {
  const at = `line ${line}, column ${column}`;
  if (what.startsWith('trailing comma')) return `remove the comma at ${at}: JSON allows no comma after the last item`;
  if (what.startsWith('comments')) return `remove the comment at ${at}: JSON has no comments`;
  if (what.includes('single quotes')) return `use double quotes at ${at}`;
  if (what.startsWith('the file is empty')) {
    if (code === 'MANIFEST_INVALID_JSON') return 'write {".": "0.0.0"} before a first release, or the version last released';
    if (code === 'CONFIG_INVALID_JSON') return 'write {"packages": {".": {"release-type": "python"}}}';
  }
  return `correct the JSON at ${at} (JSON allows no trailing commas, no comments and only double quotes)`;
}

/** 1-based line and column; columns count characters, as editors show them. */
export function locationOf(text: string, offset: number): Location {
  const before = text.slice(0, offset).split('\n');
  const last = before[before.length - 1] ?? '';
  return { line: before.length, column: Array.from(last.replace(/\r$/, '')).length + 1 };
}
