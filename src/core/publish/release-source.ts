/**
 * Which release a publish step publishes, decided from what it knows, in this order: the release
 * stage of this same step (stage: all), the release job's outputs handed over as inputs (ours or
 * release-please-action's `release_created` + `tag_name`), the run's own event (a published GitHub
 * release, a tag push), then force_publish. None of these is "nothing to do", with why and what to
 * pass: the runner turns that into a skip under stage: all and a failure when publish was asked for.
 */

/** A release the run's event names: `release: published` or a push of refs/tags/<tag>. */
export interface EventRelease {
  event: 'release' | 'tag-push';
  tagName: string;
  /** The GitHub release is marked pre-release (release events only). */
  prerelease: boolean;
  /** GITHUB_SHA: on these events, the commit the tag points at. */
  sha?: string;
}

export interface ReleaseFactsIn {
  releaseCreated?: boolean;
  atHead?: boolean;
  notCheckedOut?: boolean;
  tagName?: string;
  version?: string;
  sha?: string;
}

export interface ReleaseSourceFacts {
  /** What the release stage of this step decided (undefined when it did not run here). */
  inRun?: ReleaseFactsIn;
  /** The earlier job's outputs, given back as inputs. */
  handoff?: ReleaseFactsIn;
  event?: EventRelease;
  forcePublish: boolean;
}

export type ReleaseToPublish =
  | { kind: 'release'; from: 'this run' | 'handoff' | 'event'; tagName?: string; version?: string; sha?: string; prerelease: boolean }
  | { kind: 'force'; tagName?: string }
  | { kind: 'none'; reason: string; fix: string };

const FIX =
  'run publish where a release is known: after the release stage (stage: all), with the release job\'s outputs (release_created: ${{ needs.release.outputs.release_created }} and tag_name: ${{ needs.release.outputs.tag_name }}), on: release: types: [published], or on: push: tags; force_publish: true publishes the version at HEAD';

export function chooseRelease(f: ReleaseSourceFacts): ReleaseToPublish {
  const { inRun, handoff, event } = f;
  if (inRun?.notCheckedOut && !f.forcePublish) {
    return { kind: 'none', reason: `the release ${inRun.tagName ?? ''} is of the target branch, not of the checked-out commit: the run on the target branch publishes it`, fix: 'nothing to do here; to publish from this job, check out the target branch' };
  }
  if (inRun && (inRun.releaseCreated === true || inRun.atHead === true)) return { kind: 'release', from: 'this run', ...pick(inRun), prerelease: false };
  if (handoff?.releaseCreated === true) return { kind: 'release', from: 'handoff', ...pick(handoff), prerelease: false };
  if (event) return { kind: 'release', from: 'event', tagName: event.tagName, ...(event.sha && { sha: event.sha }), prerelease: event.prerelease };
  if (f.forcePublish) return { kind: 'force', ...(handoff?.tagName && { tagName: handoff.tagName }) };
  if (inRun) return { kind: 'none', reason: 'no release was created in this run (and force_publish is off)', fix: FIX };
  if (handoff?.releaseCreated === false) return { kind: 'none', reason: 'release_created is false: the release job made no release', fix: `skip the job when nothing was released (if: \${{ needs.release.outputs.release_created }}), or ${FIX}` };
  return { kind: 'none', reason: 'this job knows of no release: no release_created input, and the event is neither a published release nor a tag push (and force_publish is off)', fix: FIX };
}

function pick(r: ReleaseFactsIn): { tagName?: string; version?: string; sha?: string } {
  return { ...(r.tagName && { tagName: r.tagName }), ...(r.version && { version: r.version }), ...(r.sha && { sha: r.sha }) };
}
