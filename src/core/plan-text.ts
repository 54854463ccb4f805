/** The plan rendered for a person: `pyrelease plan` without --json, and the job summary. */
import type { ReleasePlan } from './release-plan.js';

export function renderPlanText(plan: ReleasePlan): string {
  if (plan.version === null) {
    const lines = [`No release is due: ${plan.commits} commit${plan.commits === 1 ? '' : 's'} since ${plan.previousTag ?? 'the beginning'}, none releasable.`];
    for (const r of plan.reasons) lines.push(`  - ${r}`);
    return lines.join('\n') + '\n';
  }
  const lines = [
    `Next release: ${plan.version} (tag ${plan.tag})${plan.previousVersion ? `, after ${plan.previousVersion}${plan.previousTag ? ` (${plan.previousTag})` : ''}` : ', the first release'}`,
    `Commits read: ${plan.commits}`,
    '',
    'Why:',
    ...plan.reasons.map((r) => `  - ${r}`),
    '',
    `Release PR: ${plan.title}`,
    `  branch ${plan.headBranch}, label${plan.labels.length === 1 ? '' : 's'} ${plan.labels.join(', ')}${plan.draftPullRequest ? ', draft' : ''}`,
    '',
    'Files:',
    ...Object.keys(plan.files).map((f) => `  ${f}`),
  ];
  if (plan.warnings.length > 0) lines.push('', 'Warnings:', ...plan.warnings.map((w) => `  - ${w}`));
  lines.push('', 'CHANGELOG entry:', '', plan.changelogEntry ?? '');
  return lines.join('\n') + '\n';
}

/** The JSON contract of `pyrelease plan --json` (field names are public; keep them). */
export function planJson(plan: ReleasePlan): Record<string, unknown> {
  return {
    version: plan.version,
    tag: plan.tag,
    previousVersion: plan.previousVersion,
    previousTag: plan.previousTag,
    title: plan.title,
    body: plan.body,
    changelogEntry: plan.changelogEntry,
    files: plan.files,
    commits: plan.commits,
    reasons: plan.reasons,
    headBranch: plan.headBranch,
    labels: plan.labels,
    warnings: plan.warnings,
  };
}
