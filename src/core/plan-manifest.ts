/**
 * Several packages of one manifest → the release PRs release-please 17.11.2 would open
 * (Manifest.buildPullRequests): each package planned from its own commits and previous release,
 * then, unless separate-pull-requests, merged into one PR by the merge plugin. Pure: the caller
 * reads git. One package is planNextRelease's alone, as before.
 */
import type { RawCommit } from './commits/raw-commit.js';
import { commitsPerPath } from './commit-split.js';
import type { ReleaseConfig } from './config/types.js';
import { planNextRelease, type PlanInput } from './plan.js';
import type { ReleasePlan } from './release-plan.js';
import { mergeReleasePlans, packageRelease } from './release-pr/merge.js';

export interface ManifestPlanInput extends Omit<PlanInput, 'commits' | 'pkg' | 'previous' | 'githubNotes'> {
  /** Every commit of the walk (see core/manifest-walk.ts), newest first. */
  commits: readonly RawCommit[];
  /** Each package's previous release by path (sha: where its commits stop; null when only the manifest knows it). */
  previous: Readonly<Record<string, { version: string; tag: string; sha: string | null } | null>>;
  /** changelog-type github: GitHub's notes by package path. */
  githubNotes?: Readonly<Record<string, string>>;
}

export interface ManifestPlan {
  /** Each package's own plan, in config order (version null: nothing to release). */
  packages: Array<{ path: string; plan: ReleasePlan }>;
  /** The release PRs: one grouped PR (and any package kept separate), or one per package. */
  pullRequests: ReleasePlan[];
}

export function planManifest(input: ManifestPlanInput): ManifestPlan {
  const { config, githubNotes, commits: walk, previous: previousByPath, ...shared } = input;
  const shas = Object.fromEntries(Object.entries(previousByPath).map(([p, r]) => [p, r?.sha ?? undefined]));
  const split = commitsPerPath(walk, config.packages, shas);
  // Each package is planned as its own PR would be; the merge plugin regroups them afterwards.
  const alone: ReleaseConfig = { ...config, separatePullRequests: true };
  // A grouped PR edits shared files (the manifest, changelog.json) once per package, in config
  // order, each edit on the last one's output (release-please's CompositeUpdater).
  const edited = new Map<string, string>();
  let manifest = input.manifest.content;
  const packages = config.packages.map((pkg) => {
    const grouped = !config.separatePullRequests && !pkg.separatePullRequests;
    const previous = previousByPath[pkg.path];
    const plan = planNextRelease({
      ...shared,
      commits: split[pkg.path] ?? [],
      pkg,
      config: { ...alone, extraLabels: pkg.extraLabels ?? [] },
      previous: previous ? { version: previous.version, tag: previous.tag } : null,
      manifest: { path: input.manifest.path, content: grouped ? manifest : input.manifest.content },
      readFile: grouped ? (p) => (edited.has(p) ? edited.get(p) : input.readFile(p)) : input.readFile,
      ...(githubNotes?.[pkg.path] !== undefined && { githubNotes: githubNotes[pkg.path] }),
    });
    if (grouped && plan.version !== null) {
      for (const [path, text] of Object.entries(plan.files)) edited.set(path, text);
      manifest = plan.files[input.manifest.path] ?? manifest;
    }
    return { path: pkg.path, plan, grouped };
  });
  const released = packages.filter((p) => p.plan.version !== null);
  const separate = released.filter((p) => !p.grouped).map((p) => ({ ...p.plan, releases: [packageRelease(config, p.path, p.plan)] }));
  const inGroup = released.filter((p) => p.grouped);
  // release-please's merge plugin runs once any package has a release, and puts the grouped PR first.
  const pullRequests = config.separatePullRequests || released.length === 0 ? separate : [mergeReleasePlans(inGroup, config, input.targetBranch), ...separate];
  return { packages: packages.map(({ path, plan }) => ({ path, plan })), pullRequests };
}
