/**
 * The conventional-commit grammar of @conventional-commits/parser, the parser release-please
 * 17 uses: https://github.com/conventional-commits/parser#the-grammar. Reimplemented because
 * pyrelease must drop, split and read messages exactly as release-please does, including its
 * quirks (the " #" separator, footers that look like headers, a lone CR as a newline).
 * The tree keeps the grammar's node names so extract.ts can read it the way release-please does.
 */
export interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

class ParseError extends Error {}

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}
  eof(): boolean {
    return this.pos >= this.text.length;
  }
  peek(): string {
    const c = this.text.charAt(this.pos);
    return c === '\r' && this.text.charAt(this.pos + 1) === '\n' ? '\r\n' : c;
  }
  next(n?: number): string {
    const token = n ? this.text.slice(this.pos, this.pos + n) : this.peek();
    this.pos += token.length;
    return token;
  }
  startsWith(literal: string): boolean {
    return this.text.startsWith(literal, this.pos);
  }
}

const WHITESPACE = new Set(['\ufeff', '\t', '\v', '\f', ' ', '\u00a0']);
const isWhitespace = (t: string) => WHITESPACE.has(t);
const isNewline = (t: string) => t.charAt(0) === '\r' || t.charAt(0) === '\n';
const isParens = (t: string) => t === '(' || t === ')';
const leaf = (type: string, value: string): Node => ({ type, value });

/** Parses one message; throws when the summary is not `type[(scope)][!]: text`. */
export function parseMessage(commitText: string): Node {
  const s = new Scanner(commitText.trim());
  const node: Node = { type: 'message', children: [] };
  const summaryNode = summary(s);
  if (!summaryNode) throw new ParseError('not a conventional commit header');
  node.children!.push(summaryNode);
  if (s.eof()) return node;
  const nl = newline(s);
  if (!nl) throw new ParseError('expected a newline');
  node.children!.push(nl);
  const b = body(s);
  if (b) node.children!.push(b);
  if (s.eof()) return node;
  if (b) {
    const nl2 = newline(s);
    if (!nl2) throw new ParseError('expected a newline');
    node.children!.push(nl2);
  }
  while (!s.eof()) {
    const f = footer(s);
    if (!f) break;
    node.children!.push(f);
    const n = newline(s);
    if (!n) break;
    node.children!.push(n);
  }
  return node;
}

function summary(s: Scanner): Node | undefined {
  const start = s.pos;
  const children: Node[] = [];
  const t = type(s);
  if (!t) return undefined;
  children.push(t);
  const sc = scope(s);
  if (sc) children.push(sc);
  const b = breakingChange(s, true);
  if (b) children.push(b);
  const sep = separator(s);
  if (!sep) {
    s.pos = start;
    return undefined;
  }
  children.push(sep);
  const ws = whitespace(s);
  if (ws) children.push(ws);
  children.push(text(s));
  return { type: 'summary', children };
}

function type(s: Scanner): Node | undefined {
  let value = '';
  while (!s.eof()) {
    const t = s.peek();
    if (isParens(t) || isWhitespace(t) || isNewline(t) || t === '!' || t === ':') break;
    value += s.next();
  }
  return value === '' ? undefined : leaf('type', value);
}

function text(s: Scanner): Node {
  let value = '';
  while (!s.eof() && !isNewline(s.peek())) value += s.next();
  return leaf('text', value);
}

/** An unclosed "(" fails the whole message, as in the original parser. */
function scope(s: Scanner): Node | undefined {
  if (s.peek() !== '(') return undefined;
  const start = s.pos;
  s.next();
  let value = '';
  while (!s.eof()) {
    const t = s.peek();
    if (isParens(t) || isNewline(t)) break;
    value += s.next();
  }
  if (s.peek() !== ')') throw new ParseError('unclosed scope');
  s.next();
  if (value === '') {
    s.pos = start;
    return undefined;
  }
  return leaf('scope', value);
}

function body(s: Scanner): Node | undefined {
  const start = s.pos;
  if (preFooter(s)) {
    s.pos = start;
    return undefined;
  }
  const children: Node[] = [];
  // Without a following ":" the marker stays consumed (and out of the body text): upstream does the same.
  const b = breakingChange(s, false);
  if (b && s.peek() === ':') {
    children.push(b, separator(s)!);
    const w = whitespace(s);
    if (w) children.push(w);
  }
  children.push(text(s));
  const nlStart = s.pos;
  const nl = newline(s);
  if (nl) {
    const rest = body(s);
    if (!rest) s.pos = nlStart;
    else children.push(nl, ...rest.children!);
  }
  return { type: 'body', children };
}

/** True when everything left is newlines and footers (so it is not body text). */
function preFooter(s: Scanner): boolean {
  const start = s.pos;
  while (!s.eof()) {
    newline(s);
    if (!footer(s)) {
      s.pos = start;
      return false;
    }
  }
  return true;
}

function footer(s: Scanner): Node | undefined {
  const start = s.pos;
  const t = token(s);
  if (!t) return undefined;
  const sep = separator(s);
  if (!sep) {
    s.pos = start;
    return undefined;
  }
  const children: Node[] = [t, sep];
  const ws = whitespace(s);
  if (ws) children.push(ws);
  children.push(value(s));
  return { type: 'footer', children };
}

function token(s: Scanner): Node | undefined {
  const b = breakingChange(s, true);
  if (b) return { type: 'token', children: [b] };
  const t = type(s);
  if (!t) return undefined;
  const children: Node[] = [t];
  const sc = scope(s);
  if (sc) children.push(sc);
  const bang = breakingChange(s, true);
  if (bang) children.push(bang);
  return { type: 'token', children };
}

function breakingChange(s: Scanner, allowBang: boolean): Node | undefined {
  if (allowBang && s.peek() === '!') return leaf('breaking-change', s.next());
  if (s.startsWith('BREAKING CHANGE') || s.startsWith('BREAKING-CHANGE')) return leaf('breaking-change', s.next(15));
  return undefined;
}

function value(s: Scanner): Node {
  const children: Node[] = [text(s)];
  for (let c = continuation(s); c; c = continuation(s)) children.push(c);
  return { type: 'value', children };
}

function continuation(s: Scanner): Node | undefined {
  const start = s.pos;
  const nl = newline(s);
  if (!nl) return undefined;
  const ws = whitespace(s);
  if (!ws) {
    s.pos = start;
    return undefined;
  }
  return { type: 'continuation', children: [nl, ws, text(s)] };
}

function separator(s: Scanner): Node | undefined {
  if (s.peek() === ':') return leaf('separator', s.next());
  if (s.peek() === ' ' && s.text.charAt(s.pos + 1) === '#') {
    s.pos += 2;
    return leaf('separator', ' #');
  }
  return undefined;
}

function whitespace(s: Scanner): Node | undefined {
  let value = '';
  while (isWhitespace(s.peek())) value += s.next();
  return value === '' ? undefined : leaf('whitespace', value);
}

function newline(s: Scanner): Node | undefined {
  let value = '';
  while (!s.eof() && isNewline(s.peek())) value += s.next();
  return value === '' ? undefined : leaf('newline', value);
}

/** Pre-order walk with the ancestors of each node, like unist-util-visit-parents. */
export function walk(node: Node, visit: (node: Node, ancestors: Node[]) => void, ancestors: Node[] = []): void {
  visit(node, ancestors);
  for (const child of node.children ?? []) walk(child, visit, [...ancestors, node]);
}
