/** The squash commit GitHub writes, and the planned history with the PR's commits replaced by it. */
import { describe, expect, it } from 'vitest';
import type { RawCommit } from '../../../src/core/commits/raw-commit.js';
import { replacePullRequestCommits, squashCommitMessage } from '../../../src/core/preview/squash-commit.js';

const sha = (c: string) => c.repeat(40);

describe('squashCommitMessage', () => {
  const pr = { number: 12, title: '  feat: add x  ', body: 'Why:\r\nbecause.\r\n\r\nBREAKING CHANGE: y is gone\r\n', commitMessages: ['fix: a\n', 'feat: b\n\nbody of b\n'] };
  it('PR_BODY: title (#N), blank line, the body with CRLF made LF', () => {
    expect(squashCommitMessage(pr, 'PR_BODY')).toBe('feat: add x (#12)\n\nWhy:\nbecause.\n\nBREAKING CHANGE: y is gone');
  });
  it('COMMIT_MESSAGES: each commit as "* subject", its body, blank lines between, oldest first', () => {
    expect(squashCommitMessage(pr, 'COMMIT_MESSAGES')).toBe('feat: add x (#12)\n\n* fix: a\n\n* feat: b\n\nbody of b');
  });
  it('BLANK, or an empty PR body: the title line alone', () => {
    expect(squashCommitMessage(pr, 'BLANK')).toBe('feat: add x (#12)');
    expect(squashCommitMessage({ ...pr, body: '' }, 'PR_BODY')).toBe('feat: add x (#12)');
  });
});

describe('replacePullRequestCommits', () => {
  const merge: RawCommit = { sha: sha('m'), message: `Merge ${sha('b')} into ${sha('a')}\n`, files: ['src/x.py'] };
  const pr1: RawCommit = { sha: sha('1'), message: 'fix: one\n', files: ['src/x.py', 'README.md'] };
  const pr2: RawCommit = { sha: sha('2'), message: 'fix: two\n', files: ['src/a.py'] };
  const base: RawCommit = { sha: sha('c'), message: 'fix: on main\n', files: ['src/c.py'] };

  it('drops the merge commit and the PR commits; one squash commit stands where the merge was', () => {
    const out = replacePullRequestCommits([merge, pr2, base, pr1], { mergeSha: merge.sha, headSha: pr2.sha, commits: [pr2, pr1] }, 'feat: x (#7)');
    expect(out).toEqual([{ sha: pr2.sha, message: 'feat: x (#7)', files: ['README.md', 'src/a.py', 'src/x.py'] }, base]);
  });

  it('keeps the base commits that come before the PR\'s in the walk', () => {
    const out = replacePullRequestCommits([base, merge, pr1], { mergeSha: merge.sha, headSha: pr1.sha, commits: [pr1] }, 'feat: x (#7)');
    expect(out.map((c) => c.message)).toEqual(['fix: on main\n', 'feat: x (#7)']);
  });

  it('with nothing of the PR in the walk, the squash commit is still the newest', () => {
    expect(replacePullRequestCommits([base], { mergeSha: merge.sha, headSha: pr1.sha, commits: [pr1] }, 'feat: x (#7)').map((c) => c.sha)).toEqual([pr1.sha, base.sha]);
  });
});
