/**
 * Whether @conventional-commits/parser 0.4.1 (the parser release-please 17.11.2 calls) accepts a
 * message, decided without calling it. Calling the parser on a message it rejects costs an
 * Error built per alternative tried and a throw (issue #21); this answers first. It throws in
 * two places only (lib/parser.js): when <summary> fails on the first line of the trimmed text,
 * and when scope() meets "(" without ")" — which, past the first line, happens where <token> is
 * tried, at the start of every line that is not a continuation (body() tries pre-footer there,
 * and the footer loop goes line by line). test/core/commits/header-check.test.ts proves it
 * agrees with the parser on the corpus, generated histories and strings built from every
 * character the grammar distinguishes.
 */

// <type> ends at parens, <whitespace> (lib/type-checks.js: ZWNBSP TAB VT FF SP NBSP), newlines, "!" and ":".
const TYPE_END = new Set(['(', ')', '\ufeff', '\t', '\v', '\f', ' ', '\u00a0', '\r', '\n', '!', ':']);

// token() at a line start that throws: not "BREAKING CHANGE"/"BREAKING-CHANGE" (tried first),
// then <type>, then "(" and a scope that meets "(", a newline or the end before any ")".
// After a newline, a <type> character is a line start (a newline is not one).
const UNCLOSED_SCOPE_AT_LINE_START = /[\r\n](?!BREAKING[ -]CHANGE)[^()\ufeff\t\v\f \u00a0\r\n!:]+\([^()\r\n]*(?:[(\r\n]|$)/;

export function isConventionalMessage(message: string): boolean {
  const s = message.trim();
  return summaryParses(s) && !UNCLOSED_SCOPE_AT_LINE_START.test(s);
}

/** <summary> ::= <type> ["(" <scope> ")"] ["!"] ":" … (a breaking-change literal is taken where "!" is). */
function summaryParses(s: string): boolean {
  const i = afterType(s, 0);
  if (i === 0) return false;
  let j = i;
  if (s[j] === '(') {
    const close = scopeEnd(s, j + 1);
    // No ")" throws; an empty scope rewinds to the ")" itself, where neither "!" nor ":" follows.
    if (s[close] !== ')' || close === j + 1) return false;
    j = close + 1;
  }
  if (s[j] === '!') j++;
  else if (startsWithBreaking(s, j)) j += 15;
  return s[j] === ':' || (s[j] === ' ' && s[j + 1] === '#');
}

/** Where a <type> starting at `start` ends (start itself when there is none). */
export function afterType(s: string, start: number): number {
  let i = start;
  while (i < s.length && !TYPE_END.has(s[i]!)) i++;
  return i;
}

/** Where a <scope> starting at `start` ends: at the first paren or newline, or the end. */
export function scopeEnd(s: string, start: number): number {
  let i = start;
  while (i < s.length && s[i] !== '(' && s[i] !== ')' && s[i] !== '\r' && s[i] !== '\n') i++;
  return i;
}

function startsWithBreaking(s: string, at: number): boolean {
  return s.startsWith('BREAKING CHANGE', at) || s.startsWith('BREAKING-CHANGE', at);
}
