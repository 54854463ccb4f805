/**
 * Reads what decides the preview's basis — the PR's commits (HEAD^1..HEAD^2 of the merge commit
 * actions/checkout makes) and the repository's merge settings — and rewrites the planned history
 * when GitHub would squash the PR into one commit made from its title.
 */
import type { RawCommit } from '../../core/commits/raw-commit.js';
import { decideMergeBasis, type MergeBasis, type MergeSettingsRead } from '../../core/preview/merge-basis.js';
import { replacePullRequestCommits } from '../../core/preview/squash-commit.js';
import type { StageContext } from '../stage.js';

/** Far beyond GitHub's 250-commit pull request; only a bound on a runaway walk. */
const MAX_PR_COMMITS = 10_000;

export interface BasisOutcome {
  commits: RawCommit[];
  basis: MergeBasis;
}

/** `history` as planned from HEAD (`mergeSha`), possibly with the PR's commits squashed into one. */
export async function applyMergeBasis(ctx: StageContext, history: RawCommit[], mergeSha: string): Promise<BasisOutcome> {
  const { settings, services } = ctx;
  const pr = settings.pullRequest!;
  const parents = await services.git.parents(mergeSha);
  const [base, head] = parents;
  const prCommits = parents.length === 2 ? await services.git.log(head!, new Set(), MAX_PR_COMMITS, base) : undefined;
  const read = settings.previewFrom === 'commits' || !prCommits ? undefined : await readMergeSettings(ctx);
  // git log lists newest first; GitHub lists a PR's commits oldest first.
  const basis = decideMergeBasis(settings.previewFrom, read, { ...pr, commitMessages: prCommits?.map((c) => c.message).reverse() });
  if (!prCommits) return { commits: history, basis };
  const planned = basis.basis === 'title' ? replacePullRequestCommits(history, { mergeSha, headSha: head!, commits: prCommits }, basis.message) : history;
  // Once merged, GitHub associates this PR with its commits, its merge commit and its squash commit:
  // its body's BEGIN_COMMIT_OVERRIDE applies to them, as release-please will read it then.
  const own = new Set([mergeSha, head!, ...prCommits.map((c) => c.sha)]);
  const pullRequest = { number: pr.number, title: pr.title, body: pr.body };
  return { commits: planned.map((c) => (own.has(c.sha) && !c.pullRequest ? { ...c, pullRequest } : c)), basis };
}

/** A token that may not read the repository (403, 404) or none at all is a reason, not a failure. */
async function readMergeSettings(ctx: StageContext): Promise<MergeSettingsRead> {
  if (!ctx.settings.token) return { ok: false, why: 'there is no token to read the repository merge settings with' };
  try {
    return { ok: true, settings: await ctx.services.github().getMergeSettings() };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status !== 403 && status !== 404) throw error;
    return { ok: false, why: `the token may not read the repository merge settings (GitHub answered ${status})` };
  }
}
