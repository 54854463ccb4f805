/**
 * stage: preview — on a pull request: the release it would make if merged (version, why, the
 * CHANGELOG entry), upserted as ONE comment found again by its marker; on a fork's pull request,
 * whose token cannot comment, the preview goes to the summary and the output only, and says so.
 * With lint-pr-title, a title that is not a conventional commit of a known type fails the stage.
 * preview-from (auto by default) plans from the PR title where GitHub would squash the PR into it.
 */
import type { RawCommit } from '../core/commits/raw-commit.js';
import { describeBasis, type MergeBasis } from '../core/preview/merge-basis.js';
import { lintPrTitle, PREVIEW_MARKER, titleFix } from '../core/preview/pr-title.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { planFromRepository } from './plan-from-repository.js';
import { applyMergeBasis } from './preview/apply-merge-basis.js';
import { notRead, readPullRequestsOfCommits } from './pull-requests-of-commits.js';
import { generatedNotesIfAllowed } from './github-notes.js';
import type { StageContext, StageDefinition, StageOutcome } from './stage.js';

export const previewStage: StageDefinition = {
  name: 'preview',
  title: 'Release preview',
  blocking: true,
  dryRunSafe: true,
  shouldRun: (ctx) => (ctx.settings.pullRequest ? { run: true } : { run: false, reason: 'not a pull_request event: there is nothing to preview', fix: 'run stage: preview in a workflow on: pull_request' }),
  run: runPreview,
};

async function runPreview(ctx: StageContext): Promise<StageOutcome> {
  const { settings, services, runtime, clock } = ctx;
  const pr = settings.pullRequest!;
  const loaded = services.releaseConfig;
  const sections = loaded?.config.packages[0]?.changelogSections;
  const lint = lintPrTitle(pr.title, pr.body, sections);
  if (settings.lintPrTitle && !lint.ok) throw new PyreleaseError('PR_TITLE_INVALID', lint.problem, { key: 'lint-pr-title', fix: titleFix(lint.allowed) });

  // actions/checkout of a pull_request is the merge commit: the history as if the PR were merged,
  // with the PR's commits squashed into its title when that is what GitHub would do.
  const decided: { basis?: MergeBasis } = {};
  const rewriteCommits = async (history: RawCommit[], headSha: string) => {
    const applied = await applyMergeBasis(ctx, history, headSha);
    decided.basis = applied.basis;
    return applied.commits;
  };
  // The base's commits carry their merged PRs (overrides) from GitHub; without a token, say so once.
  const readPullRequests = settings.token ? (commits: RawCommit[], where: { targetBranch: string; stopSha?: string; maxCommits: number }) => readPullRequestsOfCommits(services.github(), where.targetBranch, commits, where) : undefined;
  if (!readPullRequests) runtime.notice(notRead('no GitHub token'));
  const generateNotes = settings.token ? (r: { tag: string; previousTag: string | null; targetBranch: string }) => generatedNotesIfAllowed(services.github(), runtime, r) : undefined;
  const outcome = await planFromRepository(services.git, { ref: 'HEAD', date: clock.today(), configFile: loaded?.configFile, manifestFile: settings.manifestFile, ...(loaded?.manifestLess && { manifestLess: loaded.config }), ...(settings.packagePath !== undefined && { onlyPath: settings.packagePath }), targetBranch: settings.targetBranch, repository: settings.repository, rewriteCommits, ...(readPullRequests && { readPullRequests }), ...(generateNotes && { generateNotes }) });
  if (outcome.pullRequestsWarning) runtime.warning(outcome.pullRequestsWarning);
  const plan = outcome.plan;
  // planFromRepository always hands the history to rewriteCommits before it plans.
  const basis = decided.basis!;
  const basisLine = describeBasis(basis);
  runtime.info(`  ${basisLine}`);
  const text = plan.version
    ? [`${PREVIEW_MARKER}`, `### 📦 Merging this releases **${plan.version}** (\`${plan.tag}\`)`, '', `_${basisLine}_`, '', ...plan.reasons.map((r) => `- ${escapeHtml(r)}`), '', '<details><summary>CHANGELOG entry</summary>', '', plan.changelogEntry ?? '', '', '</details>', ''].join('\n')
    : [`${PREVIEW_MARKER}`, '### 📦 Merging this makes no release', '', `_${basisLine}_`, '', `${plan.reasons.map(escapeHtml).join('; ')}.`, ''].join('\n');

  let where: string;
  if (settings.dryRun) where = 'dry run: no comment written';
  else if (pr.fromFork || !settings.token) where = `pull request from a fork: its token cannot comment, so the preview is in this summary and the \`preview\` output only`;
  else {
    const gh = services.github();
    try {
      const existing = (await gh.listComments(pr.number)).find((c) => c.body.startsWith(PREVIEW_MARKER));
      if (existing) await gh.updateComment(existing.id, text);
      else await gh.createComment(pr.number, text);
      where = existing ? `comment on #${pr.number} updated` : `commented on #${pr.number}`;
    } catch (error) {
      // A read-only token (forks, restricted permissions): the preview still reaches the summary.
      if ((error as { status?: number }).status !== 403) throw error;
      where = 'the token may not comment here (403): the preview is in this summary and the `preview` output only';
    }
  }
  runtime.info(`  ${where}`);
  const outputs = { preview: JSON.stringify({ version: plan.version, tag: plan.version ? plan.tag : null, basis: basis.basis, reasons: plan.reasons, changelog: plan.changelogEntry }), pr_title_valid: String(lint.ok) };
  const titleNote = lint.ok ? '' : `\n> ⚠️ ${lint.problem} — ${titleFix(lint.allowed)}\n`;
  return { outputs, headline: `${plan.version ? `would release ${plan.version}` : 'no release'}; ${where}`, summary: `${text.replace(PREVIEW_MARKER, '### Release preview')}${titleNote}\n_${where}._\n` };
}

function escapeHtml(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}
