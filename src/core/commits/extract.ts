/**
 * Reads a parsed message the way release-please's commit.ts does: the header commit, its
 * breaking-change and Release-As notes, numeric references, and extra commits hidden in
 * footers that look like headers ("fix: a\nfeat: b" is two commits).
 */
import { parseMessage, walk, type Node } from './grammar.js';
import type { CommitReference, ParsedCommit } from './conventional-commit.js';

/** Footer-commits first, then the header commit: the order release-please emits them in. */
export function extractCommits(message: string): ParsedCommit[] {
  return toCommits(parseMessage(message)).map(postProcess);
}

function toCommits(ast: Node): ParsedCommit[] {
  const commits: ParsedCommit[] = [];
  const head: ParsedCommit = { header: '', type: '', scope: null, subject: '', body: '', notes: [], references: [] };
  const summary = ast.children!.find((n) => n.type === 'summary');
  const body = ast.children!.find((n) => n.type === 'body');
  walk(summary!, (n) => {
    if (n.type === 'type') {
      head.type = n.value!;
      head.header += n.value;
    } else if (n.type === 'scope') {
      head.scope = n.value!;
      head.header += `(${n.value})`;
    } else if (n.type === 'breaking-change') head.header += '!';
    else if (n.type === 'text') {
      head.subject = n.value!;
      head.header += `: ${n.value}`;
    }
  });
  if (body) walk(body, (n) => void ((n.type === 'text' || n.type === 'newline') && (head.body += n.value)));

  let breakingText = '';
  walk(ast, (n, ancestors) => {
    if (n.type !== 'breaking-change') return;
    const parent = ancestors[ancestors.length - 1];
    if (!parent) return;
    if (parent.type === 'summary') breakingText = head.subject;
    else if (parent.type === 'body') {
      // Everything after the first marker to the end of the body; whitespace nodes are skipped.
      breakingText = '';
      let hit = false;
      walk(parent, (m) => {
        if (m.type === 'breaking-change') hit = true;
        else if (hit && (m.type === 'text' || m.type === 'newline')) breakingText += m.value;
      });
    } else if (parent.type === 'token' && n.value!.includes('BREAKING')) {
      // Upstream assigns every text/newline of the footer in turn: the last one wins.
      walk(ancestors[ancestors.length - 2]!, (m) => void ((m.type === 'text' || m.type === 'newline') && (breakingText = m.value!)));
    }
  });
  if (breakingText !== '') head.notes.push({ title: 'BREAKING CHANGE', text: breakingText });

  walk(ast, (n) => {
    if (n.type !== 'footer') return;
    const ref: CommitReference = { prefix: '#', action: '', issue: '' };
    let isRef = false;
    walk(n, (m) => {
      if (m.type === 'type') ref.action = m.value!;
      else if (m.type === 'separator' && m.value!.includes('#')) isRef = true;
      else if (m.type === 'text') {
        if (m.value!.startsWith('#')) {
          isRef = true;
          ref.issue = m.value!.slice(1);
        } else ref.issue = m.value!;
      }
    });
    if (isRef && /^[0-9]+$/.test(ref.issue)) head.references.push(ref);
  });

  walk(ast, (n, ancestors) => {
    if (n.type !== 'type' || ancestors[ancestors.length - 1]?.type !== 'token') return;
    const footerNode = ancestors[ancestors.length - 2]!;
    let footerText = '';
    walk(footerNode, (m) => {
      if (m.type === 'scope') footerText += `(${m.value})`;
      else if (m.type === 'separator') {
        if (!m.value!.includes('#')) footerText += `${m.value} `;
      } else if (['type', 'breaking-change', 'text', 'newline'].includes(m.type)) footerText += m.value;
    });
    if (n.value!.toLowerCase() === 'release-as') {
      let releaseAs = '';
      walk(footerNode, (m) => void (m.type === 'text' && (releaseAs = m.value!)));
      head.notes.push({ title: 'RELEASE AS', text: releaseAs });
    }
    try {
      commits.push(...toCommits(parseMessage(footerText)));
    } catch {
      // A footer that is not a header is just a footer.
    }
  });
  commits.push(head);
  return commits;
}

/** Note text: first paragraph joined with spaces; "* ", "- ", "#### " lines kept as indented lines. */
function postProcess(commit: ParsedCommit): ParsedCommit {
  for (const note of commit.notes) {
    let text = '';
    let extended = false;
    note.text.split(/\r?\n/).some((chunk, i) => {
      if (i > 0 && /^#### |^[*-] /.test(chunk) && !extended) {
        text = `${text.trim()}\n`;
        extended = true;
      }
      if (chunk === '') return true;
      text += extended ? `    ${chunk}\n` : `${chunk} `;
      return false;
    });
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
