/** The release stage's part of the job summary: the plan, why, the entry, and links. */
import { severalReleases } from '../../core/plan-text.js';
import type { ReleasePlan } from '../../core/release-plan.js';
import type { PullRequestOutcome } from './ensure-release-pr.js';
import type { TaggedRelease } from './tag-merged-release.js';

export function renderReleaseSummary(tagged: TaggedRelease[], plan: ReleasePlan | undefined, pr: PullRequestOutcome | undefined, defaultTokenNote: boolean): string {
  const lines: string[] = ['### Release'];
  for (const t of tagged) lines.push('', `Released **${t.result.version}** as \`${t.tag}\` at \`${t.sha.slice(0, 7)}\`${t.result.htmlUrl ? ` — [GitHub release](${t.result.htmlUrl})` : ''}.`, ...t.actions.map((a) => `- ${a}`));
  if (plan?.version) {
    const several = severalReleases(plan);
    const what = several ? `Next releases: ${several.map((r) => `**${r.path} ${r.version}** (\`${r.tag}\`)`).join(', ')}` : `Next release: **${plan.version}** (\`${plan.tag}\`)`;
    lines.push('', `${what}${pr?.url ? ` — [release PR #${pr.pr.number}](${pr.url})` : ''}${pr ? `, ${pr.status}` : ''}.`);
    if (pr?.changes.length) lines.push(...pr.changes.map((c) => `- ${escape(c)}`));
    lines.push('', `<details><summary>Why ${several ? 'these versions' : 'this version'}</summary>`, '', ...plan.reasons.map((r) => `- ${escape(r)}`), '', '</details>');
    const entries = several ? several.map((r) => [`CHANGELOG entry: ${r.path}`, r.changelogEntry] as const) : [['CHANGELOG entry', plan.changelogEntry ?? ''] as const];
    for (const [title, entry] of entries) lines.push('', `<details><summary>${title}</summary>`, '', entry, '', '</details>');
  } else if (plan) {
    lines.push('', `No release is due: ${plan.reasons.map(escape).join('; ')}. Any open release PR is left as it is.`);
  }
  if (defaultTokenNote && (pr?.status === 'created' || tagged.length > 0)) {
    lines.push('', '> **Note:** a PR, tag or release made with the default `GITHUB_TOKEN` does not trigger other workflows (no CI on the release PR, no `on: release` workflow). Pass a GitHub App token as `token:` to change that, or run the publish stage in this same workflow.');
  }
  return lines.join('\n') + '\n';
}

function escape(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}
