/**
 * Which history the release preview plans from: what GitHub would put on the base branch when
 * the pull request is merged. Squash-only repositories get one commit made from the PR title (and
 * a body chosen by the repository's squash settings); anything else keeps the PR's own commits.
 */
import { squashCommitMessage, type SquashMessageSource } from './squash-commit.js';

export const PREVIEW_FROM = ['auto', 'commits', 'title'] as const;
/** `preview-from` input: decide from the repository's merge settings, or force one basis. */
export type PreviewFrom = (typeof PREVIEW_FROM)[number];

/** The fields of GET /repos/{owner}/{repo} that decide a merge; absent when the token cannot see them. */
export interface RepoMergeSettings {
  allowSquashMerge?: boolean;
  allowMergeCommit?: boolean;
  allowRebaseMerge?: boolean;
  squashMergeCommitTitle?: 'PR_TITLE' | 'COMMIT_OR_PR_TITLE';
  squashMergeCommitMessage?: SquashMessageSource;
}

/** The merge settings as read, or why they could not be (no token, 403, 404). */
export type MergeSettingsRead = { ok: true; settings: RepoMergeSettings } | { ok: false; why: string };

export interface PullRequestFacts {
  number: number;
  title: string;
  body: string;
  /** Messages of the PR's commits, oldest first; undefined when the checkout is not the PR's merge commit. */
  commitMessages: string[] | undefined;
}

export type MergeBasis =
  | { basis: 'title'; message: string; why: string }
  | { basis: 'commits'; why: string; commitCount: number | undefined };

/** GitHub's defaults for a new repository, used when an older server sends no squash title/message setting. */
const GITHUB_DEFAULTS = { title: 'COMMIT_OR_PR_TITLE', message: 'COMMIT_MESSAGES' } as const;

export function decideMergeBasis(mode: PreviewFrom, read: MergeSettingsRead | undefined, pr: PullRequestFacts): MergeBasis {
  const commits = (why: string): MergeBasis => ({ basis: 'commits', why, commitCount: pr.commitMessages?.length });
  if (pr.commitMessages === undefined) return commits(`the checkout is not the pull request's merge commit (HEAD has one parent), so its commits cannot be told apart${mode === 'title' ? ', even with preview-from: title' : ''}`);
  const settings = read?.ok ? read.settings : undefined;
  const title = (why: string): MergeBasis => ({ basis: 'title', why, message: squashCommitMessage(pr, settings?.squashMergeCommitMessage ?? GITHUB_DEFAULTS.message) });
  if (mode === 'commits') return commits('preview-from: commits');
  if (mode === 'title') return title('preview-from: title');
  if (!read?.ok) return commits(`${read?.why ?? 'the repository merge settings were not read'}; set preview-from: title if this repository only squash-merges`);
  const { allowSquashMerge, allowMergeCommit, allowRebaseMerge } = read.settings;
  if (allowSquashMerge === undefined || allowMergeCommit === undefined || allowRebaseMerge === undefined) {
    // GitHub leaves these fields out for a token without enough access to the repository's settings.
    return commits("the token cannot see the repository's merge settings; set preview-from: title if this repository only squash-merges");
  }
  if (allowMergeCommit && allowRebaseMerge) return commits('merge commits and rebase merging are allowed');
  if (allowMergeCommit) return commits('merge commits are allowed');
  if (allowRebaseMerge) return commits('rebase merging is allowed');
  if (!allowSquashMerge) return commits('the repository allows no merge method');
  // COMMIT_OR_PR_TITLE: GitHub squashes a one-commit PR under that commit's own message.
  if ((read.settings.squashMergeCommitTitle ?? GITHUB_DEFAULTS.title) === 'COMMIT_OR_PR_TITLE' && pr.commitMessages.length === 1) {
    return commits("this repository only allows squash merging, and GitHub keeps a one-commit PR's own message");
  }
  return title('this repository only allows squash merging');
}

/** The one line the comment and the summary show. */
export function describeBasis(basis: MergeBasis): string {
  if (basis.basis === 'title') return `Planned from the PR title: ${basis.why}.`;
  const n = basis.commitCount;
  const what = n === undefined ? 'the history at HEAD' : `the PR's ${n === 1 ? 'commit' : `${n} commits`}`;
  return `Planned from ${what}: ${basis.why}.`;
}
