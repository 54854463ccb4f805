/**
 * changelog-type github outside the release stage (the preview, `pyrelease plan`): GitHub's
 * generate-notes needs contents write, which a pull request's or a reader's token may lack. A
 * refusal then leaves the plan with the default entry, and the plan's warning says so.
 */
import type { GitHubClient } from '../adapters/github/client.js';
import { statusOf } from '../adapters/github/errors.js';
import type { Runtime } from '../adapters/runtime/runtime.js';

export async function generatedNotesIfAllowed(gh: GitHubClient, runtime: Runtime, r: { tag: string; previousTag: string | null; targetBranch: string }): Promise<string | undefined> {
  try {
    return await gh.generateReleaseNotes({ tagName: r.tag, targetCommitish: r.targetBranch, previousTagName: r.previousTag });
  } catch (error) {
    // The client's errors are already explained (a PyreleaseError carrying GitHub's status).
    const status = statusOf(error);
    if (status !== 401 && status !== 403 && status !== 404) throw error;
    runtime.warning(`changelog-type github: GitHub would not generate the release notes for this token (${status}); the default CHANGELOG entry is shown instead`);
    return undefined;
  }
}
