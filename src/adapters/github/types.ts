/** The GitHub objects pyrelease reads, checked where they enter (never cast blindly). */
import type { RepoMergeSettings } from '../../core/preview/merge-basis.js';
import { asRecord } from '../../core/records.js';

export interface PullRequestInfo {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  draft: boolean;
  labels: string[];
  headRef: string;
  headSha: string | null;
  baseRef: string;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  htmlUrl: string;
}

export interface ReleaseInfo {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
  htmlUrl: string;
  uploadUrl: string;
}

export interface CommitInfo {
  sha: string;
  treeSha: string;
  parents: string[];
  message: string;
}

type Json = Record<string, unknown>;

function obj(v: unknown, what: string): Json {
  const record = asRecord(v);
  if (!record) throw new Error(`GitHub answered ${what} with something that is not an object`);
  return record;
}
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function toPullRequest(v: unknown): PullRequestInfo {
  const p = obj(v, 'a pull request');
  const head = obj(p.head ?? {}, 'a pull request head');
  const base = obj(p.base ?? {}, 'a pull request base');
  const labels = Array.isArray(p.labels) ? p.labels.map((l) => str(obj(l, 'a label').name)) : [];
  if (typeof p.number !== 'number') throw new Error('GitHub answered a pull request without a number');
  return {
    number: p.number,
    state: p.state === 'closed' ? 'closed' : 'open',
    title: str(p.title),
    body: str(p.body),
    draft: p.draft === true,
    labels,
    headRef: str(head.ref),
    headSha: strOrNull(head.sha),
    baseRef: str(base.ref),
    mergedAt: strOrNull(p.merged_at),
    mergeCommitSha: strOrNull(p.merge_commit_sha),
    htmlUrl: str(p.html_url),
  };
}

export function toRelease(v: unknown): ReleaseInfo {
  const r = obj(v, 'a release');
  if (typeof r.id !== 'number') throw new Error('GitHub answered a release without an id');
  return {
    id: r.id,
    tagName: str(r.tag_name),
    targetCommitish: str(r.target_commitish),
    name: str(r.name),
    body: str(r.body),
    draft: r.draft === true,
    prerelease: r.prerelease === true,
    htmlUrl: str(r.html_url),
    uploadUrl: str(r.upload_url),
  };
}

export function toCommit(v: unknown): CommitInfo {
  const c = obj(v, 'a commit');
  const tree = obj(c.tree ?? {}, 'a commit tree');
  return { sha: str(c.sha), treeSha: str(tree.sha), parents: Array.isArray(c.parents) ? c.parents.map((p) => str(obj(p, 'a parent').sha)) : [], message: str(c.message) };
}

export function shaOf(v: unknown): string {
  const sha = obj(v, 'an object').sha;
  if (typeof sha !== 'string') throw new Error('GitHub answered without a sha');
  return sha;
}

/** Only values GitHub documents are kept; anything else reads as not visible. */
export function toMergeSettings(v: unknown): RepoMergeSettings {
  const r = obj(v, 'a repository');
  const bool = (x: unknown) => (typeof x === 'boolean' ? x : undefined);
  const oneOf = <T extends string>(x: unknown, allowed: readonly T[]) => allowed.find((a) => a === x);
  return {
    allowSquashMerge: bool(r.allow_squash_merge),
    allowMergeCommit: bool(r.allow_merge_commit),
    allowRebaseMerge: bool(r.allow_rebase_merge),
    squashMergeCommitTitle: oneOf(r.squash_merge_commit_title, ['PR_TITLE', 'COMMIT_OR_PR_TITLE'] as const),
    squashMergeCommitMessage: oneOf(r.squash_merge_commit_message, ['PR_BODY', 'COMMIT_MESSAGES', 'BLANK'] as const),
  };
}
