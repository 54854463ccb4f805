/**
 * release-please's merge plugin (plugins/merge.js, applied by the manifest when
 * separate-pull-requests is false): the packages' release PRs become one, on the plain branch
 * `release-please--branches--<target>`, titled by group-pull-request-title-pattern (default
 * "chore: release ${branch}") with the root package's component and version when "." is released,
 * one <details> section per package in the body, the union of files and labels, a draft only
 * when every package's PR is one. Header, footer and component-no-space come from the first
 * package in the config, released or not (release-please's mergeReleaserConfig sets every key).
 */
import type { ReleaseConfig } from '../config/types.js';
import { tagComponent } from '../config/parse.js';
import { ROOT_PATH } from '../package-path.js';
import type { PackageRelease, ReleasePlan } from '../release-plan.js';
import { DEFAULT_FOOTER, DEFAULT_HEADER, renderGroupedBody } from './body.js';
import { releaseBranchName } from './branch.js';
import { GROUP_TITLE_PATTERN, renderTitle } from './title.js';

export function mergeReleasePlans(candidates: ReadonlyArray<{ path: string; plan: ReleasePlan }>, config: ReleaseConfig, targetBranch: string): ReleasePlan {
  const first = config.packages[0]!;
  const releases = candidates.map((c) => packageRelease(config, c.path, c.plan));
  const root = releases.find((r) => r.path === ROOT_PATH);
  const lead = candidates[0]?.plan;
  const files: Record<string, string> = {};
  for (const c of candidates) Object.assign(files, c.plan.files);
  return {
    version: lead?.version ?? null,
    tag: lead?.tag ?? null,
    previousVersion: lead?.previousVersion ?? null,
    previousTag: lead?.previousTag ?? null,
    title: renderTitle({ component: root?.component ?? '', targetBranch, version: root?.version ?? '', pattern: config.groupPullRequestTitlePattern ?? GROUP_TITLE_PATTERN, componentNoSpace: first.componentNoSpace }),
    // release-please: `header || DEFAULT_HEADER`, so an empty one is the default.
    body: renderGroupedBody(releases.map((r) => ({ component: r.component, version: r.version, entry: r.changelogEntry })), first.pullRequestHeader || DEFAULT_HEADER, first.pullRequestFooter || DEFAULT_FOOTER),
    changelogEntry: lead?.changelogEntry ?? null,
    files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    commits: candidates.reduce((n, c) => n + c.plan.commits, 0),
    reasons: candidates.flatMap((c) => c.plan.reasons.map((r) => `${c.path}: ${r}`)),
    headBranch: releaseBranchName(targetBranch, ''),
    labels: [...new Set(candidates.flatMap((c) => c.plan.labels))],
    draftPullRequest: candidates.length > 0 && candidates.every((c) => c.plan.draftPullRequest),
    releaseName: lead?.releaseName ?? null,
    draftRelease: lead?.draftRelease ?? false,
    prerelease: lead?.prerelease ?? false,
    warnings: candidates.flatMap((c) => c.plan.warnings),
    releases,
  };
}

/** A package's planned release, as the release PR and the release stage read it. */
export function packageRelease(config: ReleaseConfig, path: string, plan: ReleasePlan): PackageRelease {
  const pkg = config.packages.find((p) => p.path === path);
  return {
    path,
    component: pkg ? tagComponent(pkg) : '',
    version: plan.version!,
    tag: plan.tag!,
    previousVersion: plan.previousVersion,
    previousTag: plan.previousTag,
    releaseName: plan.releaseName!,
    changelogEntry: plan.changelogEntry!,
    draftRelease: plan.draftRelease,
    prerelease: plan.prerelease,
  };
}
