/**
 * Where a run reads the repository from (issue #24, item 4). With a checkout: the checkout, as
 * always. Without one (release-please-action needs none, so workflows moving from it often have
 * none): `stage: release` plans, opens the release PR and tags from a blob-less clone of the
 * target branch it makes itself (adapters/git/blobless-clone.ts), and `stage: preview` plans from
 * one of the pull request's merge commit. Stages that build, test or scan the project's files
 * refuse in one line. `stage: all` refuses too, before anything runs: its gates guard the
 * release, and a release made while they cannot run would skip them.
 */
import type { Clock } from '../adapters/clock.js';
import { cloneDirectory, ensureBloblessClone } from '../adapters/git/blobless-clone.js';
import type { Policies } from '../adapters/policy.js';
import type { Runtime } from '../adapters/runtime/runtime.js';
import { assertCheckedOut, isCheckedOut } from '../adapters/workspace/checkout.js';
import type { Settings, StageName } from '../settings/settings.js';

export interface WorkspaceSource {
  /** The run's settings, pointed at the clone when one was made (working-directory, target-branch). */
  settings: Settings;
  /** The clone's credentials, for every git process on it. */
  gitEnv?: Record<string, string>;
  /** "no checkout: planned from …", for the log and the summary. */
  note?: string;
}

// Validate reads the package index only; release reads history and a few files, which a clone gives.
const NEEDS_NO_CHECKOUT: ReadonlySet<StageName> = new Set(['release', 'validate']);

export async function workspaceSource(settings: Settings, names: readonly StageName[], runtime: Runtime, clock: Clock, policies: Policies): Promise<WorkspaceSource> {
  if (isCheckedOut(settings.workingDirectory)) return { settings };
  // Preview plans the pull request's merge commit: a clone of refs/pull/N/merge gives it, as actions/checkout does.
  const pullRequest = names.includes('preview') ? settings.pullRequest?.number : undefined;
  const needFiles = names.filter((n) => !NEEDS_NO_CHECKOUT.has(n) && !(n === 'preview' && pullRequest !== undefined));
  if (needFiles.length > 0) assertCheckedOut(settings.workingDirectory, needFiles, names.includes('release') ? '; or set stage: release, which needs no checkout' : '');
  if (!names.includes('release') && pullRequest === undefined) return { settings };
  // Loaded only here: a run with a checkout does not pay for Octokit before its config is checked (#21).
  const { githubFor } = await import('../services.js');
  // No token or no GITHUB_REPOSITORY: the one line the release stage would give, before anything is cloned.
  const gh = githubFor(settings, policies, clock)();
  const { owner, repo } = settings.repository!;
  const branch = settings.targetBranch ?? (await gh.getDefaultBranch());
  const clone = await ensureBloblessClone({ serverUrl: settings.serverUrl, owner, repo, token: settings.token, branch, ...(pullRequest !== undefined && { pullRequest }), dir: cloneDirectory(settings.tempDir) });
  const note = `no checkout: planned from a blob-less clone of ${pullRequest === undefined ? branch : `refs/pull/${pullRequest}/merge`} at ${clone.sha}`;
  runtime.info(note);
  return { settings: { ...settings, workingDirectory: clone.dir, targetBranch: branch }, gitEnv: clone.env, note };
}
