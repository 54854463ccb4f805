/**
 * Raw commits → conventional commits, as release-please 17.11.2's parseConventionalCommits:
 * PR-body overrides, nested commits, splitting before embedded headers, unparseable messages
 * dropped silently (release-please only logs them at debug level).
 */
import type { RawCommit } from './raw-commit.js';
import type { ConventionalCommit } from './conventional-commit.js';
import { parseMessage } from './parse-message.js';

const SPLIT = /\r?\n\r?\n(?=(?:feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)(?:\(.*?\))?: )/;
const BEGIN = 'BEGIN_COMMIT_OVERRIDE';
const END = 'END_COMMIT_OVERRIDE';

export function splitMessages(message: string): string[] {
  // Nearly every message is one message: said without the four arrays below (issue #21).
  if (!message.includes('BEGIN_NESTED_COMMIT') && !SPLIT.test(message)) return message === '' ? [] : [message];
  const parts = message.split('BEGIN_NESTED_COMMIT');
  let main = parts.shift() ?? '';
  const nested: string[] = [];
  for (const part of parts) {
    const [inner, ...rest] = part.split('END_NESTED_COMMIT');
    nested.push(inner ?? '');
    main += rest.join('END_NESTED_COMMIT');
  }
  return [...main.split(SPLIT).filter(Boolean), ...nested];
}

/**
 * release-please's preprocessCommitMessage: the trimmed text after the first BEGIN marker, up to
 * the next END marker, replaces the message of every commit of that PR. Without an END marker it
 * takes the rest of the body; release-please says nothing then, pyrelease keeps that plan and warns.
 */
function effectiveMessage(commit: RawCommit, warnings: Set<string>): string {
  const pr = commit.pullRequest;
  const body = pr?.body;
  if (!pr || !body) return commit.message;
  const after = body.split(BEGIN)[1];
  const override = (after ?? '').split(END)[0]!.trim();
  if (!override) return commit.message;
  if (!after!.includes(END)) {
    warnings.add(`pull request #${pr.number}: its body opens ${BEGIN} without ${END}; release-please (and so pyrelease) uses the rest of the body as the commit message — close the block with ${END} on its own line`);
  }
  return override;
}

export interface ParsedHistory {
  commits: ConventionalCommit[];
  /** One per pull request, in walk order: override blocks that are not closed. */
  warnings: string[];
}

export function parseConventionalCommits(commits: readonly RawCommit[]): ParsedHistory {
  const out: ConventionalCommit[] = [];
  const warnings = new Set<string>();
  for (const commit of commits) parseCommitInto(commit, out, warnings);
  return { commits: out, warnings: [...warnings] };
}

/**
 * One raw commit's conventional commits appended to `out` (a planner streaming the log calls it
 * per commit). The commit's files are not kept: the package filter has read them already, and
 * 10,000 kept lists were 6 MiB of the plan's peak memory (issue #21).
 */
export function parseCommitInto(commit: RawCommit, out: ConventionalCommit[], warnings: Set<string>): void {
  for (const message of splitMessages(effectiveMessage(commit, warnings))) {
    for (const p of parseMessage(message)) {
      const c: ConventionalCommit = { sha: commit.sha, ...p, header: flat(p.header), subject: flat(p.subject), body: flat(p.body), breaking: p.notes.some((n) => n.title === 'BREAKING CHANGE') };
      for (const n of c.notes) n.text = flat(n.text);
      if (commit.pullRequest) c.pullRequest = commit.pullRequest;
      out.push(c);
    }
  }
}

/**
 * The parser builds each text a character at a time (`value += next()`), which V8 keeps as a
 * tree of pieces, about 30 bytes a character; converting it to a number flattens it in place
 * to one run of characters (what npm's flatstr does). The commits a plan keeps are then a
 * fraction of the memory (issue #21); the value is the same string.
 */
function flat(text: string): string {
  void ((text as unknown as number) | 0);
  return text;
}
