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
const isNewline = (c: string | undefined) => c === '\r' || c === '\n';

export function isConventionalMessage(message: string): boolean {
  const s = message.trim();
  if (!summaryParses(s)) return false;
  for (let i = s.search(/[\r\n]/); i !== -1 && i < s.length; i++) {
    if (isNewline(s[i]) && !isNewline(s[i + 1]) && i + 1 < s.length && scopeThrowsAt(s, i + 1)) return false;
  }
  return true;
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

/** token() at a line start: "BREAKING CHANGE" first, else <type> and a "(" whose scope never closes throws. */
function scopeThrowsAt(s: string, start: number): boolean {
  if (startsWithBreaking(s, start)) return false;
  const i = afterType(s, start);
  if (i === start || s[i] !== '(') return false;
  return s[scopeEnd(s, i + 1)] !== ')';
}

function afterType(s: string, start: number): number {
  let i = start;
  while (i < s.length && !TYPE_END.has(s[i]!)) i++;
  return i;
}

function scopeEnd(s: string, start: number): number {
  let i = start;
  while (i < s.length && s[i] !== '(' && s[i] !== ')' && !isNewline(s[i])) i++;
  return i;
}

function startsWithBreaking(s: string, at: number): boolean {
  return s.startsWith('BREAKING CHANGE', at) || s.startsWith('BREAKING-CHANGE', at);
}
