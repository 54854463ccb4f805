/**
 * One message → the commits release-please 17.11.2 reads from it: the tree of
 * @conventional-commits/parser, the parser release-please calls, read by release-please's
 * `toConventionalChangelogFormat` and `postProcessCommits` (build/src/commit.js) step for step,
 * quirks included: the visitors pop the ancestor arrays the walk hands them (shared by
 * siblings), the body's `BREAKING-CHANGE:` check tests `String(node)` ("[object Object]") and
 * so never matches there, and the last text of a BREAKING CHANGE footer wins. A message the
 * parser rejects gives no commits (release-please drops it), decided by header-check.ts
 * without the parser's throw (issue #21).
 */
import { parser } from '@conventional-commits/parser';
import Scanner from '@conventional-commits/parser/lib/scanner.js';
import { isConventionalMessage } from './header-check.js';
import { commonShapeCommits, ISSUE_NUMBER } from './common-shapes.js';
import type { CommitNote, CommitReference, ParsedCommit } from './conventional-commit.js';

/** The parser's nodes, as the walk reads them. */
interface AstNode {
  type: string;
  value?: string;
  children?: AstNode[];
}

/**
 * unist-util-visit-parents 3 (what release-please walks the tree with), as its visitors use it:
 * pre-order, nodes of the given types (all when null), and the visitor gets the very array of
 * ancestors its siblings get, so what one visitor pops is missing for the next. It costs as much
 * as the parse itself in that library (a display name and closures per node), hence this; the
 * differential test against release-please's own parseConventionalCommits keeps it exact (ADR 4).
 */
function walkWithAncestors(node: AstNode, types: string[] | null, visitor: (node: AstNode, ancestors: AstNode[]) => void, ancestors: AstNode[] = []): void {
  // One array per parent, shared by its children, taken before the visitor may pop from
  // `ancestors` (unist's grandparents = parents.concat(node)); leaves need none.
  const children = node.children;
  const below = children && children.length > 0 ? [...ancestors, node] : undefined;
  if (!types || types.includes(node.type)) visitor(node, ancestors);
  if (below) for (const child of children!) walkWithAncestors(child, types, visitor, below);
}

/** unist-util-visit 2: the same pre-order walk; release-please's visitors use neither index nor parent, so no ancestors are kept. */
function walk(node: AstNode, types: string[] | null, visitor: (node: AstNode) => void): void {
  if (!types || types.includes(node.type)) visitor(node);
  const children = node.children;
  if (children) for (const child of children) walk(child, types, visitor);
}

/**
 * Footer-commits first, then the header commit (release-please's order). release-please also
 * passes the list through conventional-commits-filter, which only drops commits reverted by a
 * `revert` field; the walk never sets one, so the filter changes nothing and is left out.
 */
export function parseMessage(message: string): ParsedCommit[] {
  // Most messages are of a shape read directly, with the same result (common-shapes.ts, ADR 0006).
  const common = commonShapeCommits(message);
  return common ? common.map(postProcess) : parseWithParser(message);
}

/** The parser's path, for any message; the reference the common shapes are tested against. */
export function parseWithParser(message: string): ParsedCommit[] {
  if (!isConventionalMessage(message)) return [];
  try {
    return toCommits(parse(message)).map(postProcess);
  } catch {
    // header-check.ts rejects every message the parser throws on (test/core/commits/header-check.test.ts);
    // should one get through, it is still what release-please does with it: dropped.
    return [];
  }
}

/**
 * The parser's scanner builds an Error for every alternative it rules out (`abort`: a message
 * formatted from the position and the tokens expected, then a rewind), and the parser only
 * tests them with `instanceof Error`; they reach no one, since a message it would throw on is
 * never given to it (header-check.ts). Building them was most of its time, even without stack
 * traces (issue #21), so `abort` rewinds as before and returns one Error made once. `position`
 * copies the same three fields without a generic spread. The tree it builds is unchanged.
 */
const REJECTED = new Error('not this alternative');
Scanner.prototype.abort = function abort(node) {
  this.rewind(node.position.start);
  return REJECTED;
};
Scanner.prototype.position = function position() {
  const { line, column, offset } = this.pos;
  return { line, column, offset };
};

const parse = (text: string) => parser(text) as unknown as AstNode;

function blank(): ParsedCommit {
  return { header: '', type: '', scope: null, subject: '', body: '', notes: [], references: [] };
}

function toCommits(ast: AstNode): ParsedCommit[] {
  const commits: ParsedCommit[] = [];
  const head = blank();
  let body: AstNode | undefined;
  let summary: AstNode | undefined;
  walk(ast, ['body', 'summary'], (node) => {
    if (node.type === 'body') body = node;
    else summary = node;
  });
  // No test: every node of the summary, as release-please's visit(summary, visitor).
  walk(summary!, null, (node) => {
    switch (node.type) {
      case 'type':
        head.type = node.value!;
        head.header += node.value;
        break;
      case 'scope':
        head.scope = node.value!;
        head.header += `(${node.value})`;
        break;
      case 'breaking-change':
        head.header += '!';
        break;
      case 'text':
        head.subject = node.value!;
        head.header += `: ${node.value}`;
        break;
    }
  });
  if (body) walk(body, ['text', 'newline'], (node) => void (head.body += node.value));

  const breaking: CommitNote = { title: 'BREAKING CHANGE', text: '' };
  walkWithAncestors(ast, ['breaking-change'], (node, ancestors) => {
    let parent = ancestors.pop();
    if (!parent) return;
    if (parent.type === 'summary') breaking.text = head.subject;
    else if (parent.type === 'body') {
      breaking.text = '';
      let hit = false;
      walk(parent, ['breaking-change', 'text', 'newline'], (n) => {
        if (n.type === 'breaking-change') hit = true;
        else if (hit) breaking.text += n.value;
      });
    } else if (parent.type === 'token') {
      if (!node.value!.includes('BREAKING')) return;
      parent = ancestors.pop();
      walk(parent!, ['text', 'newline'], (n) => void (breaking.text = n.value!));
    }
  });
  if (breaking.text !== '') head.notes.push(breaking);

  walk(ast, ['footer'], (footer) => {
    const reference: CommitReference = { prefix: '#', action: '', issue: '' };
    let hasRefSeparator = false;
    walk(footer, ['type', 'separator', 'text'], (n) => {
      if (n.type === 'type') reference.action = n.value!;
      else if (n.type === 'separator') {
        if (n.value!.includes('#')) hasRefSeparator = true;
      } else if (n.value!.charAt(0) === '#') {
        hasRefSeparator = true;
        reference.issue = n.value!.substring(1);
      } else reference.issue = n.value!;
    });
    if (hasRefSeparator && ISSUE_NUMBER.test(reference.issue)) head.references.push(reference);
  });

  // Footers that look like headers ("fix: a\nfeat: b") are commits of their own.
  walkWithAncestors(ast, ['type'], (node, ancestors) => {
    let parent = ancestors.pop();
    if (!parent || parent.type !== 'token') return;
    parent = ancestors.pop()!;
    let footerText = '';
    walk(parent, ['type', 'scope', 'breaking-change', 'separator', 'text', 'newline'], (n) => {
      if (n.type === 'scope') footerText += `(${n.value})`;
      else if (n.type === 'separator') {
        if (!n.value!.includes('#')) footerText += `${n.value} `;
      } else footerText += n.value;
    });
    if (node.value!.toLowerCase() === 'release-as') {
      let releaseAs = '';
      walk(parent, ['text'], (n) => void (releaseAs = n.value!));
      head.notes.push({ title: 'RELEASE AS', text: releaseAs });
    }
    // A footer that is not a header is just a footer.
    if (isConventionalMessage(footerText)) commits.push(...toCommits(parse(footerText)));
  });
  commits.push(head);
  return commits;
}

/** Note text: first paragraph joined with spaces; "* ", "- ", "#### " lines kept as indented lines. */
function postProcess(commit: ParsedCommit): ParsedCommit {
  for (const note of commit.notes) {
    let text = '';
    let extended = false;
    let i = 0;
    for (const chunk of note.text.split(/\r?\n/)) {
      if (i > 0 && /^#### |^[*-] /.test(chunk) && !extended) {
        text = `${text.trim()}\n`;
        extended = true;
      }
      if (chunk === '') break;
      text += extended ? `    ${chunk}\n` : `${chunk} `;
      i++;
    }
    note.text = text.trim();
  }
  const hyphenated = /BREAKING-CHANGE:\s*(.*)/.exec(commit.body);
  if (hyphenated?.[1]) {
    const existing = commit.notes.find((n) => n.title === 'BREAKING CHANGE');
    if (existing) existing.text += `\n${hyphenated[1].trim()}`;
    else commit.notes.push({ title: 'BREAKING CHANGE', text: hyphenated[1].trim() });
  }
  return commit;
}
