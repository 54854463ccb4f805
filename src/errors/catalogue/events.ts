/** Failures of publishing from a release event, a tag push or release-please-action's handoff, and of stages asked for with nothing to do. */
export const eventErrors = {
  STAGE_NOTHING_TO_DO: { title: 'A stage asked for by name had nothing to do', fix: 'Give it what it works on (the message names the inputs or the event), or use stage: all, which skips a stage with nothing to do.' },
  PUBLISH_TAG_NOT_A_RELEASE: { title: 'The tag is not a release tag in the project\'s tag format', fix: 'Tag releases as the release-please config writes them (e.g. v1.2.3), or pass version: with the version the tag stands for.' },
  PUBLISH_PRERELEASE_MISMATCH: { title: 'A GitHub release marked pre-release names a final version', fix: 'Untick "Set as a pre-release", or release a PEP 440 pre-release (1.2.3rc1).' },
  PUBLISH_TAG_UNKNOWN: { title: 'The release tag exists neither in the checkout nor on GitHub', fix: 'Push the tag first, or check out with fetch-tags: true, or pass sha: with the release commit.' },
  INPUT_UNSUPPORTED_RELEASE_TYPE: { title: 'release-type (release-please-action\'s manifest-less mode) names a release type pyrelease does not plan', fix: 'Write release-type: python (or simple for a version.txt project); release other languages with release-please-action itself.' },
  INPUT_UNSUPPORTED: { title: 'A release-please-action input pyrelease does not support was set', fix: 'Drop the input; the message says what replaces it.' },
  CHECKOUT_MISSING: { title: 'The workspace has no checkout of the repository', fix: 'Add an actions/checkout step before pyrelease.' },
} as const;
