/**
 * After a release PR is merged: tag the merge commit, create the GitHub release, comment,
 * swap the labels. Every step is an ensure (find, compare, create), so a re-run after any
 * failure finishes the job without duplicates; a tag at another commit stops everything.
 */
import type { GitHubClient } from '../../adapters/github/client.js';
import type { PullRequestInfo } from '../../adapters/github/types.js';
import type { PackageConfig, ReleaseConfig } from '../../core/config/types.js';
import { releaseFromPullRequest, type ReleaseToCreate } from '../../core/release-pr/release-from-pr.js';
import { ensureComment } from '../ensure-comment.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { ReleaseResult } from '../../settings/handoff.js';

export interface TaggedRelease {
  result: ReleaseResult;
  tag: string;
  sha: string;
  /** What this run wrote, for the summary ("reused" when a re-run found it done). */
  actions: string[];
  warnings: string[];
  /** A draft release without force-tag-creation: no tag exists yet. */
  untagged?: boolean;
}

export async function tagMergedRelease(gh: GitHubClient, pr: PullRequestInfo, pkg: PackageConfig, config: ReleaseConfig, dryRun: boolean): Promise<TaggedRelease> {
  const rel = releaseFromPullRequest(pr, pkg);
  if (!rel || !pr.mergeCommitSha) throw unreadable(pr, config);
  const tagged = await ensurePackageRelease(gh, pr, rel, pkg, dryRun);
  if (!dryRun) await finishMergedPullRequest(gh, pr, config, [tagged], tagged.actions);
  return tagged;
}

export function unreadable(pr: PullRequestInfo, config: ReleaseConfig): PyreleaseError {
  return new PyreleaseError('RELEASE_PR_UNREADABLE', `merged release PR #${pr.number} has no version in its body or title`, {
    fix: `restore the "## [x.y.z]" heading in the PR body, or remove the "${config.labels.join(', ')}" label from #${pr.number} if it was not a release`,
  });
}

/** The tag and GitHub release of one package released by a merged PR (a grouped PR releases several). */
export async function ensurePackageRelease(gh: GitHubClient, pr: PullRequestInfo, rel: ReleaseToCreate, pkg: PackageConfig, dryRun: boolean): Promise<TaggedRelease> {
  const sha = pr.mergeCommitSha!;
  const actions: string[] = [];
  const warnings: string[] = [];
  const existingTag = await gh.getRef(`tags/${rel.tag}`);
  if (existingTag && existingTag !== sha) {
    throw new PyreleaseError('TAG_CONFLICT', `tag ${rel.tag} already exists at ${existingTag.slice(0, 7)}, but release PR #${pr.number} was merged as ${sha.slice(0, 7)}; nothing was written`, {
      fix: `if ${rel.tag} is a mistake, delete it (git push origin :refs/tags/${rel.tag}) and re-run; otherwise bump the version in the release PR`,
    });
  }
  const result: ReleaseResult = { releaseCreated: true, path: pkg.path, tagName: rel.tag, version: rel.version, sha, name: rel.name, body: rel.notes, draft: rel.draft, prNumber: pr.number, prsCreated: false };
  if (dryRun) return { result, tag: rel.tag, sha, actions: [`would tag ${rel.tag} at ${sha.slice(0, 7)} and create the GitHub release`], warnings };
  // force-tag-creation tags before the release, as release-please does (a 422 "already exists" is fine);
  // skip-github-release tags too, so the label swap below is not left without a release to point at.
  if (!existingTag && (pkg.forceTagCreation || pkg.skipGithubRelease)) {
    await gh.createRef(`tags/${rel.tag}`, sha).catch(async (e: unknown) => {
      if ((await gh.getRef(`tags/${rel.tag}`)) !== sha) throw e;
    });
    actions.push(`tagged ${rel.tag}`);
  }
  if (!pkg.skipGithubRelease) {
    // Drafts included (getReleaseByTag falls back to the releases list): a re-run never makes a second one.
    const found = await gh.getReleaseByTag(rel.tag);
    if (found) actions.push(`GitHub release ${rel.tag} already existed: reused`);
    else actions.push(`created GitHub release ${rel.tag}`);
    const release =
      found ??
      (await gh
        .createRelease({ tag_name: rel.tag, target_commitish: sha, name: rel.name, body: rel.notes, draft: rel.draft, prerelease: rel.prerelease })
        // A create GitHub applied but whose answer was lost: find it rather than fail or duplicate.
        .catch(async (e: unknown) => {
          const applied = await gh.getReleaseByTag(rel.tag);
          if (!applied) throw e;
          return applied;
        }));
    Object.assign(result, { htmlUrl: release.htmlUrl, uploadUrl: release.uploadUrl, id: release.id });
  }
  // release-please-action#833: a draft makes no tag until it is published, and without the tag the next run cannot find this release.
  const untagged = rel.draft && !pkg.forceTagCreation && !existingTag && !pkg.skipGithubRelease;
  if (untagged) {
    warnings.push(`${rel.tag} is a draft release: GitHub creates the tag only when it is published, and until then the next run cannot find this release and plans from the whole history — publish it soon, or set "force-tag-creation": true to tag the merge commit now`);
  }
  return { result, tag: rel.tag, sha, actions, warnings, ...(untagged && { untagged: true }) };
}

/**
 * Once every release of a merged PR exists: one comment listing them (release-please's
 * "Created releases"), then the label swap. `actions` collects what was written.
 */
export async function finishMergedPullRequest(gh: GitHubClient, pr: PullRequestInfo, config: ReleaseConfig, tagged: readonly TaggedRelease[], actions: string[]): Promise<void> {
  const links = tagged.filter((t) => t.result.htmlUrl).map((t) => `- [${t.tag}](${t.result.htmlUrl})`);
  if (links.length > 0) {
    const comment = `🤖 Created releases:\n\n${links.join('\n')}\n\n:sunflower:`;
    if ((await ensureComment(gh, pr.number, comment, (c) => c === comment)) === 'posted') actions.push(`commented on #${pr.number}`);
  }
  // Add before removing: a run that dies in between leaves the PR still marked pending, so the next run finishes it.
  await gh.addLabels(pr.number, config.releaseLabels);
  for (const label of config.labels) await gh.removeLabel(pr.number, label);
  actions.push(`labelled #${pr.number} ${config.releaseLabels.join(', ')}`);
}
