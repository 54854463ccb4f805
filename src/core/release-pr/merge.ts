/**
 * release-please's merge plugin (plugins/merge.js): several candidate release PRs become one —
 * the title from the pattern with the root package's component and version when "." is among
 * them, one <details> section per package in the body (useComponents), the union of files and
 * labels, a draft only when every one is. The manifest applies it when separate-pull-requests is
 * false (header, footer and component-no-space from the first package in the config, released or
 * not: mergeReleaserConfig sets every key); linked-versions applies it to its group.
 */
import type { PackageConfig, ReleaseConfig } from '../config/types.js';
import { tagComponent } from '../config/tag-style.js';
import { ROOT_PATH } from '../package-path.js';
import type { PackageRelease, ReleasePlan } from '../release-plan.js';
import { DEFAULT_FOOTER, DEFAULT_HEADER, renderGroupedBody } from './body.js';
import { renderTitle } from './title.js';

/** A release PR on its way through the plugins (release-please's CandidateReleasePullRequest). */
export interface Candidate {
  /** "." for a merged PR, as release-please gives it. */
  path: string;
  plan: ReleasePlan;
  /** The packages it releases, in body order (a package's own PR: itself). */
  members: PackageConfig[];
  /** Kept out of the manifest's merge (the package's separate-pull-requests). */
  separate: boolean;
  /** The `component` key as configured (linked-versions matches candidates by it); merged PRs have none. */
  configuredComponent: string;
  /** What its title was made of: a root package's component and version carry into a merged title. */
  titleParts: { component: string; version: string };
}

export interface MergeOptions {
  pattern: string;
  header?: string;
  footer?: string;
  componentNoSpace?: boolean;
  headBranch: string;
}

export function mergeCandidates(candidates: readonly Candidate[], targetBranch: string, o: MergeOptions): Candidate {
  // release-please keeps the last candidate at "." as the root release.
  const root = [...candidates].reverse().find((c) => c.path === ROOT_PATH);
  const releases = candidates.flatMap((c) => c.plan.releases ?? []);
  const lead = candidates[0]?.plan;
  const files: Record<string, string> = {};
  for (const c of candidates) Object.assign(files, c.plan.files);
  const titleParts = { component: root?.titleParts.component ?? '', version: root?.titleParts.version ?? '' };
  const plan: ReleasePlan = {
    version: lead?.version ?? null,
    tag: lead?.tag ?? null,
    previousVersion: lead?.previousVersion ?? null,
    previousTag: lead?.previousTag ?? null,
    title: renderTitle({ ...titleParts, targetBranch, pattern: o.pattern, ...(o.componentNoSpace !== undefined && { componentNoSpace: o.componentNoSpace }) }),
    // release-please: `header || DEFAULT_HEADER`, so an empty one is the default.
    body: renderGroupedBody(releases.map((r) => ({ component: r.component, version: r.version, entry: r.changelogEntry })), o.header || DEFAULT_HEADER, o.footer || DEFAULT_FOOTER),
    changelogEntry: lead?.changelogEntry ?? null,
    files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    commits: candidates.reduce((n, c) => n + c.plan.commits, 0),
    reasons: candidates.flatMap((c) => c.plan.reasons),
    headBranch: o.headBranch,
    labels: [...new Set(candidates.flatMap((c) => c.plan.labels))],
    draftPullRequest: candidates.length > 0 && candidates.every((c) => c.plan.draftPullRequest),
    releaseName: lead?.releaseName ?? null,
    draftRelease: lead?.draftRelease ?? false,
    prerelease: lead?.prerelease ?? false,
    warnings: candidates.flatMap((c) => c.plan.warnings),
    releases,
  };
  return { path: ROOT_PATH, plan, members: candidates.flatMap((c) => c.members), separate: false, configuredComponent: '', titleParts };
}

/** A package's own release PR as a candidate. */
export function packageCandidate(pkg: PackageConfig, plan: ReleasePlan): Candidate {
  const release = packageRelease(pkg, plan);
  return {
    path: pkg.path,
    plan: { ...plan, reasons: plan.reasons.map((r) => `${pkg.path}: ${r}`), releases: [release] },
    members: [pkg],
    separate: pkg.separatePullRequests === true,
    configuredComponent: pkg.component ?? '',
    titleParts: { component: release.component, version: release.version },
  };
}

/** The merge the manifest itself applies (separate-pull-requests false). */
export function manifestMergeOptions(config: ReleaseConfig, headBranch: string, pattern: string): MergeOptions {
  const first = config.packages[0]!;
  return { pattern, headBranch, componentNoSpace: first.componentNoSpace, ...(first.pullRequestHeader !== undefined && { header: first.pullRequestHeader }), ...(first.pullRequestFooter !== undefined && { footer: first.pullRequestFooter }) };
}

/** A package's planned release, as the release PR and the release stage read it. */
export function packageRelease(pkg: PackageConfig, plan: ReleasePlan): PackageRelease {
  return {
    path: pkg.path,
    component: tagComponent(pkg),
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
