/**
 * stage: preview plans from what GitHub would put on the base branch: the PR's commits, or its
 * title (one squash commit) when the repository only allows squash merging. The checkout is the
 * merge commit actions/checkout makes (HEAD^1 = base, HEAD^2 = PR head), built here with real git.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { previewStage } from '../../../src/stages/preview.js';
import type { Settings } from '../../../src/settings/settings.js';
import type { MergeSettings } from '../../standins/github/github-standin.js';
import { gitEnv } from '../../harness/fast-import.js';
import { releaseFixture, squashMergedFeature, type ReleaseFixture } from '../release/fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const SQUASH_ONLY: Partial<MergeSettings> = { allow_squash_merge: true, allow_merge_commit: false, allow_rebase_merge: false, squash_merge_commit_title: 'PR_TITLE', squash_merge_commit_message: 'PR_BODY' };
const REPO = '/repos/acme/widget';

/**
 * A pull request with these commits off main, checked out as GitHub's merge commit (detached),
 * each commit a minute after the last: git log walks by date. Returns the PR head.
 */
function checkoutPullRequest(f: ReleaseFixture, messages: string[], onMain?: string): string {
  let minute = 0;
  const git = (args: string[]) => {
    const date = `2026-01-02T00:${String(++minute).padStart(2, '0')}:00Z`;
    return execFileSync('git', args, { cwd: f.work, env: { ...gitEnv, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, encoding: 'utf8' }).trim();
  };
  git(['checkout', '-q', '-b', 'topic']);
  messages.forEach((m, i) => {
    writeFileSync(join(f.work, 'src', 'widget', `part${i}.py`), `PART = ${i}\n`);
    git(['add', '-A']);
    git(['commit', '-q', '-m', m]);
  });
  const head = git(['rev-parse', 'HEAD']);
  git(['push', '-q', 'origin', 'topic']);
  git(['checkout', '-q', 'main']);
  if (onMain) {
    git(['commit', '-q', '--allow-empty', '-m', onMain]);
    git(['push', '-q', 'origin', 'main']);
  }
  const base = git(['rev-parse', 'HEAD']);
  git(['checkout', '-q', '--detach']);
  git(['merge', '-q', '--no-ff', '-m', `Merge ${head} into ${base}`, 'topic']);
  const now = '2026-01-02T01:00:00Z';
  f.gh.state.pulls.push({ number: 7, state: 'open', title: 'the title', body: null, draft: false, head: 'topic', base: 'main', labels: [], merged_at: null, merge_commit_sha: null, created_at: now, updated_at: now });
  return head;
}

async function preview(f: ReleaseFixture, title: string, body = '', extra: Partial<Settings> = {}) {
  const out = await f.run({ eventName: 'pull_request', pullRequest: { number: 7, title, body, fromFork: false }, ...extra }, previewStage);
  const comment = f.gh.state.comments.find((c) => c.issue === 7)?.body ?? '';
  return { ...out, json: JSON.parse(out.outputs.preview!) as { version: string | null; basis: string; changelog: string | null }, comment };
}

describe('stage: preview, planned as GitHub would merge', () => {
  it('reads the base\'s merged PRs from GitHub (one GraphQL query) and applies this PR\'s own BEGIN_COMMIT_OVERRIDE, as release-please will once it is merged', async () => {
    fx = await releaseFixture({ mergeSettings: SQUASH_ONLY });
    squashMergedFeature(fx, 'feat: dates', 'BEGIN_COMMIT_OVERRIDE\nfeat: parse ISO dates\nEND_COMMIT_OVERRIDE');
    checkoutPullRequest(fx, ['wip: try', 'wip: again']);
    const out = await preview(fx, 'feat: the title', 'BEGIN_COMMIT_OVERRIDE\nfix(cli): exit 2 on a bad date\nEND_COMMIT_OVERRIDE');
    expect(out.json.changelog).toContain('* parse ISO dates (');
    expect(out.json.changelog).toContain('* **cli:** exit 2 on a bad date (');
    expect(out.json.changelog).not.toContain('the title');
    expect(out.json.changelog).not.toContain('* dates (');
    expect(fx.gh.log.count('POST', '/graphql')).toBe(1);
  });

  it('squash-only repository: a feat: title over fix: commits is a minor release from the title', async () => {
    fx = await releaseFixture({ mergeSettings: SQUASH_ONLY });
    const head = checkoutPullRequest(fx, ['fix: parse flags', 'fix: typo'], 'fix(core): on main already');
    const out = await preview(fx, 'feat(cli): add --json');
    expect(out.json).toMatchObject({ version: '1.1.0', basis: 'title' });
    expect(out.comment).toContain('_Planned from the PR title: this repository only allows squash merging._');
    expect(out.summary).toContain('Planned from the PR title: this repository only allows squash merging.');
    // The squash commit as GitHub writes it ("(#7)" appended), linked to the PR head; the base's commit kept.
    expect(out.json.changelog).toContain(`* **cli:** add --json ([#7](https://github.com/acme/widget/issues/7)) ([${head.slice(0, 7)}]`);
    expect(out.json.changelog).toContain('**core:** on main already');
    expect(out.json.changelog).not.toMatch(/parse flags|typo/);
    expect(fx.gh.log.count('GET', REPO)).toBe(1);
  });

  it('squash-only repository: a title that is not a conventional commit makes no release, whatever the commits say', async () => {
    fx = await releaseFixture({ mergeSettings: SQUASH_ONLY });
    checkoutPullRequest(fx, ['feat: a real feature', 'feat!: and a breaking one']);
    const out = await preview(fx, 'Add the thing');
    expect(out.json).toMatchObject({ version: null, basis: 'title' });
    expect(out.comment).toMatch(/### 📦 Merging this makes no release\n\n_Planned from the PR title: this repository only allows squash merging._/);
  });

  it('merge commits allowed: the PR\'s commits decide, not the title', async () => {
    fx = await releaseFixture({ mergeSettings: { allow_rebase_merge: false } });
    checkoutPullRequest(fx, ['feat: a', 'fix: b', 'fix: c']);
    const out = await preview(fx, 'chore: tidy up');
    expect(out.json).toMatchObject({ version: '1.1.0', basis: 'commits' });
    expect(out.comment).toContain("_Planned from the PR's 3 commits: merge commits are allowed._");
  });

  it('a new repository\'s settings (every method allowed) plan from the commits', async () => {
    fx = await releaseFixture();
    checkoutPullRequest(fx, ['fix: b']);
    const out = await preview(fx, 'feat: x');
    expect(out.json).toMatchObject({ version: '1.0.1', basis: 'commits' });
    expect(out.comment).toContain("_Planned from the PR's commit: merge commits and rebase merging are allowed._");
  });

  it('squash-only with COMMIT_OR_PR_TITLE and one commit: GitHub keeps that commit, so it decides', async () => {
    fx = await releaseFixture({ mergeSettings: { ...SQUASH_ONLY, squash_merge_commit_title: 'COMMIT_OR_PR_TITLE' } });
    checkoutPullRequest(fx, ['fix: the only commit']);
    const out = await preview(fx, 'feat: a grander title');
    expect(out.json).toMatchObject({ version: '1.0.1', basis: 'commits' });
    expect(out.comment).toContain("_Planned from the PR's commit: this repository only allows squash merging, and GitHub keeps a one-commit PR's own message._");
  });

  it('squash-only with PR_BODY: a BREAKING CHANGE in the PR body is a major release', async () => {
    fx = await releaseFixture({ mergeSettings: SQUASH_ONLY });
    checkoutPullRequest(fx, ['fix: a', 'fix: b']);
    const out = await preview(fx, 'feat: new config format', 'Reworks the config.\r\n\r\nBREAKING CHANGE: the old keys are gone\r\n');
    expect(out.json).toMatchObject({ version: '2.0.0', basis: 'title' });
    expect(out.json.changelog).toContain('the old keys are gone');
  });

  it('squash-only with COMMIT_MESSAGES: the commits are bullets under the title, which alone decides', async () => {
    fx = await releaseFixture({ mergeSettings: { ...SQUASH_ONLY, squash_merge_commit_message: 'COMMIT_MESSAGES' } });
    checkoutPullRequest(fx, ['feat: a', 'feat: b']);
    const out = await preview(fx, 'chore: housekeeping');
    // release-please does not parse "* feat: a" bullets in a squash body (release-please-behaviour.md §3.1).
    expect(out.json).toMatchObject({ version: null, basis: 'title' });
  });

  it('merge settings the token cannot see: the commits, and the comment says why', async () => {
    fx = await releaseFixture({ mergeSettings: 'hidden' });
    checkoutPullRequest(fx, ['feat: a', 'fix: b']);
    const out = await preview(fx, 'Not conventional');
    expect(out.json).toMatchObject({ version: '1.1.0', basis: 'commits' });
    expect(out.comment).toContain("_Planned from the PR's 2 commits: the token cannot see the repository's merge settings; set preview-from: title if this repository only squash-merges._");
  });

  it('a read GitHub refuses (403): the commits, with the status in the reason', async () => {
    fx = await releaseFixture({ mergeSettings: SQUASH_ONLY });
    fx.gh.faults.add({ method: 'GET', path: REPO, status: 403, body: { message: 'Resource not accessible by integration' } });
    checkoutPullRequest(fx, ['fix: a']);
    const out = await preview(fx, 'feat: x');
    expect(out.json).toMatchObject({ version: '1.0.1', basis: 'commits' });
    expect(out.comment).toContain('the token may not read the repository merge settings (GitHub answered 403)');
  });

  it('preview-from: title forces the title where merge commits are allowed', async () => {
    fx = await releaseFixture();
    checkoutPullRequest(fx, ['fix: a', 'fix: b']);
    const out = await preview(fx, 'feat: x', '', { previewFrom: 'title' });
    expect(out.json).toMatchObject({ version: '1.1.0', basis: 'title' });
    expect(out.comment).toContain('_Planned from the PR title: preview-from: title._');
  });

  it('preview-from: commits plans from the commits of a squash-only repository without asking GitHub', async () => {
    fx = await releaseFixture({ mergeSettings: SQUASH_ONLY });
    checkoutPullRequest(fx, ['fix: a']);
    const out = await preview(fx, 'feat: x', '', { previewFrom: 'commits' });
    expect(out.json).toMatchObject({ version: '1.0.1', basis: 'commits' });
    expect(fx.gh.log.count('GET', REPO)).toBe(0);
  });
});
