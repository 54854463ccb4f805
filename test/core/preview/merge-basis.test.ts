/** What GitHub would put on the base branch: the PR title (squash only) or the PR's commits, and why. */
import { describe, expect, it } from 'vitest';
import { decideMergeBasis, describeBasis, type MergeSettingsRead, type PullRequestFacts, type RepoMergeSettings } from '../../../src/core/preview/merge-basis.js';

const pr = (commitMessages: string[] | undefined = ['fix: a\n', 'fix: b\n\nmore about b\n'], body = 'The body.'): PullRequestFacts => ({ number: 7, title: 'feat(cli): add --json', body, commitMessages });
const squashOnly: RepoMergeSettings = { allowSquashMerge: true, allowMergeCommit: false, allowRebaseMerge: false, squashMergeCommitTitle: 'PR_TITLE', squashMergeCommitMessage: 'PR_BODY' };
const read = (settings: RepoMergeSettings): MergeSettingsRead => ({ ok: true, settings });

describe('decideMergeBasis (auto)', () => {
  it('squash as the only method: the title, with the PR number GitHub appends and the PR body', () => {
    const basis = decideMergeBasis('auto', read(squashOnly), pr());
    expect(basis).toEqual({ basis: 'title', why: 'this repository only allows squash merging', message: 'feat(cli): add --json (#7)\n\nThe body.' });
    expect(describeBasis(basis)).toBe('Planned from the PR title: this repository only allows squash merging.');
  });

  it.each([
    [{ allowMergeCommit: true }, 'merge commits are allowed'],
    [{ allowRebaseMerge: true }, 'rebase merging is allowed'],
    [{ allowMergeCommit: true, allowRebaseMerge: true }, 'merge commits and rebase merging are allowed'],
  ])('another method allowed (%o): the commits', (allowed, why) => {
    const basis = decideMergeBasis('auto', read({ ...squashOnly, ...allowed }), pr());
    expect(basis).toEqual({ basis: 'commits', why, commitCount: 2 });
    expect(describeBasis(basis)).toBe(`Planned from the PR's 2 commits: ${why}.`);
  });

  it('COMMIT_OR_PR_TITLE: a one-commit PR keeps its commit, a longer one gets the title', () => {
    const settings = read({ ...squashOnly, squashMergeCommitTitle: 'COMMIT_OR_PR_TITLE' });
    const one = decideMergeBasis('auto', settings, pr(['fix: only\n']));
    expect(one.basis).toBe('commits');
    expect(describeBasis(one)).toBe("Planned from the PR's commit: this repository only allows squash merging, and GitHub keeps a one-commit PR's own message.");
    expect(decideMergeBasis('auto', settings, pr()).basis).toBe('title');
  });

  it('fields the token cannot see, or a refused read: the commits, saying why and what to set', () => {
    const hidden = decideMergeBasis('auto', read({}), pr());
    expect(hidden.basis).toBe('commits');
    expect(describeBasis(hidden)).toBe("Planned from the PR's 2 commits: the token cannot see the repository's merge settings; set preview-from: title if this repository only squash-merges.");
    const refused = decideMergeBasis('auto', { ok: false, why: 'the token may not read the repository merge settings (GitHub answered 403)' }, pr());
    expect(refused).toMatchObject({ basis: 'commits', why: expect.stringMatching(/^the token may not read .*403\); set preview-from: title/) });
  });

  it('a checkout that is not a merge commit: the history at HEAD, whatever the mode', () => {
    for (const mode of ['auto', 'title'] as const) {
      const basis = decideMergeBasis(mode, read(squashOnly), { ...pr(), commitMessages: undefined });
      expect(basis.basis).toBe('commits');
      expect(describeBasis(basis)).toMatch(/^Planned from the history at HEAD: the checkout is not the pull request's merge commit/);
    }
  });

  it('missing squash title/message settings (older servers) read as GitHub\'s defaults', () => {
    const basis = decideMergeBasis('auto', read({ allowSquashMerge: true, allowMergeCommit: false, allowRebaseMerge: false }), pr());
    expect(basis).toMatchObject({ basis: 'title', message: 'feat(cli): add --json (#7)\n\n* fix: a\n\n* fix: b\n\nmore about b' });
  });
});

describe('decideMergeBasis (forced)', () => {
  it('preview-from: title ignores the merge methods; the body still follows the squash setting', () => {
    const basis = decideMergeBasis('title', read({ ...squashOnly, allowMergeCommit: true, squashMergeCommitMessage: 'BLANK' }), pr());
    expect(basis).toEqual({ basis: 'title', why: 'preview-from: title', message: 'feat(cli): add --json (#7)' });
  });

  it('preview-from: title without readable settings uses GitHub\'s default body: the commit messages', () => {
    expect(decideMergeBasis('title', undefined, pr())).toMatchObject({ message: 'feat(cli): add --json (#7)\n\n* fix: a\n\n* fix: b\n\nmore about b' });
  });

  it('preview-from: commits ignores a squash-only repository', () => {
    expect(decideMergeBasis('commits', read(squashOnly), pr())).toEqual({ basis: 'commits', why: 'preview-from: commits', commitCount: 2 });
  });
});
