/**
 * The shapes nearly every commit message takes, read without @conventional-commits/parser and
 * giving exactly what parse-message.ts's walk of the parser's tree gives (before postProcess):
 * a `type(scope)!: subject` header, body lines that cannot start a footer, and a trailing block
 * of `Token: value` / `Token #value` footers with indented continuation lines, `BREAKING CHANGE:`
 * among them. Anything else — `BREAKING CHANGE` anywhere but in that last block or without its
 * colon, a line opening with `BREAKING-CHANGE` or `!`, a footer token with a scope or `!`, a ` #`
 * header separator — returns undefined and goes to the parser (ADR 0006: the
 * parser's character-at-a-time scanner was most of the plan's CPU time, issue #21).
 * test/core/commits/common-shapes.test.ts runs both on every message it can find and requires
 * byte-identical results.
 *
 * The grammar as the parser applies it (lib/parser.js), which this follows:
 * - lines are separated by runs of CR and LF characters (its <newline>+), the text trimmed first;
 * - the body ends before the first line from which every line is a footer or a continuation
 *   (body() tries <pre-footer> at each line), so the footers are that last block;
 * - a footer line is a <type> followed by ":" or " #"; a continuation is a line opening with
 *   the parser's <whitespace>; any other line ends a footer block.
 */
import type { CommitReference, ParsedCommit } from './conventional-commit.js';
import { afterType, isConventionalMessage, scopeEnd } from './header-check.js';

const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const HASH = 35;
const OPEN = 40;
const CLOSE = 41;
const COLON = 58;
const B = 66;

/** A reference's issue: what release-please keeps (a number). */
export const ISSUE_NUMBER = /^[0-9]+$/;

// What a line after the header can be, as the parser's body and footer rules see it.
const PLAIN = 0;
const FOOTER = 1;
const CONTINUATION = 2;
const NOT_COMMON = 3;
/** `BREAKING CHANGE: …`, a footer whose text becomes the breaking note (the parser's breaking-change token). */
const BREAKING_FOOTER = 4;
const BREAKING_CHANGE = 'BREAKING CHANGE';

/** The parser's <whitespace>: ZWNBSP TAB VT FF SP NBSP (lib/type-checks.js). */
function isWhitespace(c: number): boolean {
  return c === SPACE || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff;
}

function skipWhitespace(s: string, i: number): number {
  while (isWhitespace(s.charCodeAt(i))) i++;
  return i;
}

function skipNewlines(s: string, i: number): number {
  let c = s.charCodeAt(i);
  while (c === LF || c === CR) c = s.charCodeAt(++i);
  return i;
}

function lineEnd(s: string, i: number): number {
  const n = s.length;
  let c = s.charCodeAt(i);
  while (i < n && c !== LF && c !== CR) c = s.charCodeAt(++i);
  return i;
}

function lineKind(s: string, start: number): number {
  const c = s.charCodeAt(start);
  if (isWhitespace(c)) return CONTINUATION;
  // <token> tries "!" and the BREAKING literals first (and the body reads them specially).
  if (c === B && s.startsWith(BREAKING_CHANGE, start) && s.charCodeAt(start + BREAKING_CHANGE.length) === COLON) return BREAKING_FOOTER;
  if (c === BANG || (c === B && (s.startsWith(BREAKING_CHANGE, start) || s.startsWith('BREAKING-CHANGE', start)))) return NOT_COMMON;
  const end = afterType(s, start);
  if (end === start) return PLAIN;
  const d = s.charCodeAt(end);
  if (d === COLON || (d === SPACE && s.charCodeAt(end + 1) === HASH)) return FOOTER;
  // A scope or "!" after a footer's type (and an unclosed scope, which the parser throws on).
  if (d === OPEN || d === BANG) return NOT_COMMON;
  return PLAIN;
}

/**
 * The commits parse-message.ts's toCommits makes of `message` (footer-commits first, then the
 * header commit), or undefined when the message is not of a common shape.
 */
export function commonShapeCommits(message: string): ParsedCommit[] | undefined {
  const s = message.trim();
  const typeEnd = afterType(s, 0);
  if (typeEnd === 0) return undefined;
  let at = typeEnd;
  let scope: string | null = null;
  if (s.charCodeAt(at) === OPEN) {
    const close = scopeEnd(s, at + 1);
    if (s.charCodeAt(close) !== CLOSE || close === at + 1) return undefined;
    scope = s.slice(at + 1, close);
    at = close + 1;
  }
  const bang = s.charCodeAt(at) === BANG;
  if (bang) at++;
  if (s.charCodeAt(at) !== COLON) return undefined;
  const subjectStart = skipWhitespace(s, at + 1);
  const headerEnd = lineEnd(s, subjectStart);
  const type = s.slice(0, typeEnd);
  const subject = s.slice(subjectStart, headerEnd);
  const head: ParsedCommit = { header: `${type}${scope === null ? '' : `(${scope})`}${bang ? '!' : ''}: ${subject}`, type, scope, subject, body: '', notes: [], references: [] };
  if (bang && subject !== '') head.notes.push({ title: 'BREAKING CHANGE', text: subject });

  // One pass over the lines: where the body starts, and where the last block of footers starts.
  let firstLine = -1;
  let footerStart = -1;
  let bodyEnd = -1;
  // A BREAKING CHANGE line the body turns out to hold (a plain line follows) is read by the body rule: the parser's.
  let breakingInBlock = false;
  for (let end = headerEnd; end < s.length; ) {
    const start = skipNewlines(s, end);
    const kind = lineKind(s, start);
    if (kind === NOT_COMMON) return undefined;
    if (firstLine === -1) firstLine = start;
    if (kind === PLAIN) {
      if (breakingInBlock) return undefined;
      footerStart = -1;
    } else if ((kind === FOOTER || kind === BREAKING_FOOTER) && footerStart === -1) {
      footerStart = start;
      bodyEnd = end;
    }
    if (kind === BREAKING_FOOTER) breakingInBlock = true;
    end = lineEnd(s, start);
  }
  if (firstLine !== -1 && footerStart !== firstLine) head.body = s.slice(firstLine, footerStart === -1 ? s.length : bodyEnd);

  const commits: ParsedCommit[] = [];
  // The breaking note's text: the header's subject after "!", then each BREAKING CHANGE footer's last text (the last one wins).
  let breakingText: string | undefined;
  for (let start = footerStart; start !== -1 && start < s.length; ) {
    const breaking = s.startsWith(BREAKING_CHANGE, start) && s.charCodeAt(start + BREAKING_CHANGE.length) === COLON;
    const tokenEnd = breaking ? start + BREAKING_CHANGE.length : afterType(s, start);
    const token = s.slice(start, tokenEnd);
    const hashSeparator = s.charCodeAt(tokenEnd) !== COLON;
    const valueStart = skipWhitespace(s, tokenEnd + (hashSeparator ? 2 : 1));
    let end = lineEnd(s, valueStart);
    let text = s.slice(valueStart, end);
    // The header release-please re-reads the footer as: separator ": " (" #" is left out), texts and newlines.
    let footerText = hashSeparator ? `${token}${text}` : `${token}: ${text}`;
    // A breaking-change token holds no <type>: its reference has no action.
    const reference: CommitReference = { prefix: '#', action: breaking ? '' : token, issue: '' };
    let hasReference = hashSeparator;
    for (let next = skipNewlines(s, end); ; next = skipNewlines(s, end)) {
      // Each text of the footer in turn; the last one is the issue (and the Release-As version).
      if (text.charCodeAt(0) === HASH) {
        hasReference = true;
        reference.issue = text.substring(1);
      } else reference.issue = text;
      if (next >= s.length || !isWhitespace(s.charCodeAt(next))) {
        start = next;
        break;
      }
      const textStart = skipWhitespace(s, next);
      const newlines = s.slice(end, next);
      end = lineEnd(s, textStart);
      text = s.slice(textStart, end);
      footerText += newlines + text;
    }
    if (hasReference && ISSUE_NUMBER.test(reference.issue)) head.references.push(reference);
    if (breaking) {
      if (text === '') return undefined;
      breakingText = text;
      continue;
    }
    if (token.toLowerCase() === 'release-as') head.notes.push({ title: 'RELEASE AS', text });
    if (isConventionalMessage(footerText)) {
      const nested = commonShapeCommits(footerText);
      if (!nested) return undefined;
      commits.push(...nested);
    }
  }
  if (breakingText !== undefined) {
    // One note, ahead of the Release-As ones, as the parser's walk makes it.
    if (bang && subject !== '') head.notes[0]!.text = breakingText;
    else head.notes.unshift({ title: 'BREAKING CHANGE', text: breakingText });
  }
  commits.push(head);
  return commits;
}
