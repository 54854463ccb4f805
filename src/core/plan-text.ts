/** The plan rendered for a person: `pyrelease plan` without --json, and the job summary. */
import type { PackageRelease, ReleasePlan } from './release-plan.js';

export function renderPlanText(plan: ReleasePlan): string {
  if (plan.version === null) {
    const lines = [`No release is due: ${plan.commits} commit${plan.commits === 1 ? '' : 's'} since ${plan.previousTag ?? 'the beginning'}, none releasable.`];
    for (const r of plan.reasons) lines.push(`  - ${r}`);
    return lines.join('\n') + '\n';
  }
  const several = severalReleases(plan);
  const after = (r: { previousVersion: string | null; previousTag: string | null }) => (r.previousVersion ? `, after ${r.previousVersion}${r.previousTag ? ` (${r.previousTag})` : ''}` : ', the first release');
  const lines = [
    ...(several
      ? [`Next releases, in one PR: ${several.length}`, ...several.map((r) => `  ${r.path}: ${r.version} (tag ${r.tag})${after(r)}`)]
      : [`Next release: ${plan.version} (tag ${plan.tag})${after(plan)}`]),
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
  if (several) for (const r of several) lines.push('', `CHANGELOG entry (${r.path}):`, '', r.changelogEntry);
  else lines.push('', 'CHANGELOG entry:', '', plan.changelogEntry ?? '');
  return lines.join('\n') + '\n';
}

/**
 * A release PR of several packages: each one's release. The plan's own version, tag and entry are
 * the first package's only (the oracle's summary view), so a headline built from them alone would
 * name one package of the PR and hide the others.
 */
export function severalReleases(plan: ReleasePlan): PackageRelease[] | undefined {
  return plan.releases && plan.releases.length > 1 ? plan.releases : undefined;
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
