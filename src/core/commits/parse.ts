/**
 * Raw commits → conventional commits, as release-please 17.11.2's parseConventionalCommits:
 * PR-body overrides, nested commits, splitting before embedded headers, unparseable messages
 * dropped silently (release-please only logs them at debug level).
 */
import type { RawCommit } from './raw-commit.js';
import type { ConventionalCommit } from './conventional-commit.js';
import { extractCommits } from './extract.js';

const SPLIT = /\r?\n\r?\n(?=(?:feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)(?:\(.*?\))?: )/;

export function splitMessages(message: string): string[] {
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

function effectiveMessage(commit: RawCommit): string {
  const body = commit.pullRequest?.body;
  if (body) {
    const override = (body.split('BEGIN_COMMIT_OVERRIDE')[1] ?? '').split('END_COMMIT_OVERRIDE')[0]!.trim();
    if (override) return override;
  }
  return commit.message;
}

export function parseConventionalCommits(commits: readonly RawCommit[]): ConventionalCommit[] {
  const out: ConventionalCommit[] = [];
  for (const commit of commits) {
    for (const message of splitMessages(effectiveMessage(commit))) {
      let parsed;
      try {
        parsed = extractCommits(message);
      } catch {
        continue;
      }
      for (const p of parsed) {
        const c: ConventionalCommit = { sha: commit.sha, ...p, breaking: p.notes.some((n) => n.title === 'BREAKING CHANGE') };
        if (commit.files) c.files = commit.files;
        if (commit.pullRequest) c.pullRequest = commit.pullRequest;
        out.push(c);
      }
    }
  }
  return out;
}
