/**
 * changelog.json, the machine-readable changelog, as release-please's ChangelogJson updater writes
 * it for release-type python: only when the file exists at the repository root, with the commits
 * the CHANGELOG sections show (its filterCommits), the new release first in `entries`.
 *
 * Two values release-please takes from the moment are taken from the plan instead, so the same
 * plan gives the same bytes and a re-run does not rewrite an unchanged release PR: `createTime`
 * (and `updateTime`) is the plan's date at 12:00 UTC, and `id` is a UUID-shaped value made of
 * the newest commit's sha instead of a random one.
 */
import { parseJsonText } from '../config/json-text.js';
import type { ChangelogSection } from '../config/types.js';
import type { ConventionalCommit } from '../commits/conventional-commit.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export const CHANGELOG_JSON = 'changelog.json';
const COMMIT_PREFIX = /^[^:]+: ?/;
const PR_SUFFIX = / ?\(#(?<pr>[0-9]+)\)$/;

interface Change {
  type: string;
  sha: string;
  message: string;
  issues: string[];
  scope?: string;
  breakingChangeNote?: string;
}

export interface ChangelogJsonInput {
  commits: readonly ConventionalCommit[];
  sections: readonly ChangelogSection[];
  version: string;
  artifactName: string;
  /** YYYY-MM-DD */
  date: string;
  /** host/owner/repo, as in the CHANGELOG's links. */
  repositoryUrl: string;
}

export function updateChangelogJson(content: string, input: ChangelogJsonInput): string {
  const parsed = parseJsonText(content, CHANGELOG_JSON, 'CHANGELOG_JSON_INVALID').value as { entries?: unknown; updateTime?: string };
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray(parsed.entries)) {
    throw new PyreleaseError('CHANGELOG_JSON_INVALID', `${CHANGELOG_JSON}: has no "entries" list, so the release cannot be added to it`, {
      file: CHANGELOG_JSON,
      fix: 'write {"repository": "owner/name", "entries": []} (the machine-readable changelog format), or delete the file',
    });
  }
  const changes = visibleCommits(input.commits, input.sections).map((c) => toChange(c, input.repositoryUrl));
  if (changes.length === 0) return content;
  const time = `${input.date}T12:00:00.000Z`;
  const newest = input.commits[0]!.sha;
  parsed.entries.unshift({ changes, version: input.version, language: 'PYTHON', artifactName: input.artifactName, id: uuidFromSha(newest), createTime: time });
  parsed.updateTime = time;
  return JSON.stringify(parsed, null, 2);
}

function toChange(commit: ConventionalCommit, repositoryUrl: string): Change {
  const issues = new Set<string>();
  let message = commit.header.replace(COMMIT_PREFIX, '');
  const pr = PR_SUFFIX.exec(message);
  if (pr?.groups?.pr) {
    message = message.replace(pr[0], '');
    issues.add(pr.groups.pr);
  }
  for (const ref of commit.references) issues.add(ref.issue);
  const change: Change = { type: commit.type, sha: commit.sha, message, issues: [...issues] };
  if (commit.scope) change.scope = commit.scope;
  // release-please's CHANGELOG rendering rewrites the first (#N) of each breaking note into a link
  // on the commit objects themselves, before changelog.json is written: the file gets the link too.
  for (const note of commit.notes) if (note.title === 'BREAKING CHANGE') change.breakingChangeNote = note.text.replace(/\(#(\d+)\)/, `([#$1](${repositoryUrl}/issues/$1))`);
  return change;
}

/** release-please's filterCommits: a visible section's type (case-sensitive), or a breaking change of a hidden one. */
function visibleCommits(commits: readonly ConventionalCommit[], sections: readonly ChangelogSection[]): ConventionalCommit[] {
  const visible = sections.filter((s) => !s.hidden).map((s) => s.type);
  const hidden = sections.filter((s) => s.hidden).map((s) => s.type);
  return commits.filter((c) => visible.includes(c.type) || (c.notes.some((n) => n.title === 'BREAKING CHANGE') && hidden.includes(c.type)));
}

function uuidFromSha(sha: string): string {
  const h = sha.padEnd(32, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[Number.parseInt(h[16]!, 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
