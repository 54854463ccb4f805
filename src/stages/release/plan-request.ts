/**
 * The one planFromRepository request of the release stage, for one package or several: the
 * config it loaded, the target branch's commit, the tags this run made (not fetched yet), and
 * what GitHub adds (pull requests of the commits, generated notes, release-please-action's
 * changelog-host).
 */
import type { GitHubClient } from '../../adapters/github/client.js';
import type { TagInfo } from '../../adapters/git/repository.js';
import type { LoadedReleaseConfig } from '../../adapters/workspace/release-config-files.js';
import type { PlanRequest } from '../plan-from-repository.js';
import { readPullRequestsOfCommits } from '../pull-requests-of-commits.js';
import type { StageContext } from '../stage.js';

export function releasePlanRequest(ctx: StageContext, gh: GitHubClient, loaded: LoadedReleaseConfig, at: { ref: string; target: string; knownTags: TagInfo[] }): PlanRequest {
  const { settings, clock } = ctx;
  const rpa = settings.releasePleaseAction;
  return {
    ref: at.ref,
    date: clock.today(),
    configFile: loaded.configFile,
    manifestFile: loaded.manifestFile,
    ...(loaded.manifestLess && { manifestLess: loaded.config }),
    ...(settings.packagePath !== undefined && { onlyPath: settings.packagePath }),
    targetBranch: at.target,
    repository: settings.repository,
    knownTags: at.knownTags,
    readPullRequests: (commits, where) => readPullRequestsOfCommits(gh, where.targetBranch, commits, where),
    // changelog-type github: release-please asks GitHub for the notes; a refusal fails the run as it fails release-please.
    generateNotes: (r) => gh.generateReleaseNotes({ tagName: r.tag, targetCommitish: r.targetBranch, previousTagName: r.previousTag }),
    ...(rpa?.changelogHost && { changelogHost: rpa.changelogHost }),
  };
}
