/** Failures of what a publish job carries over (#24 part B): pypa/sigstore input names, build-command, dev builds, attach-only, smoke test, GitHub attestations. */
export const carriedOverErrors = {
  INPUT_CONFLICT: { title: 'Two inputs that mean one thing disagree, or an input contradicts the mode asked for', fix: 'Keep one of them, as the message says (sign or attestations, a kebab-case input or its snake_case alias).' },
  INPUT_BAD_USER: { title: 'user is not __token__', fix: 'Remove user: (or write __token__): pyrelease uploads with an API token in password, or with trusted publishing.' },
  INPUT_UNSUPPORTED: { title: 'An input asks for something pyrelease never does', fix: 'Remove the input; the message says what pyrelease does instead.' },
  INPUT_DEV_BUILD_ON_PYPI: { title: 'A dev build would go to pypi.org without the opt-in', fix: 'Set repository-url: https://test.pypi.org/legacy/, or add dev-build-on-pypi: true to publish dev builds to PyPI on purpose.' },
  ENV_BAD_RUN_NUMBER: { title: 'GITHUB_RUN_NUMBER is not a whole number', fix: 'The runner sets it; locally, unset it.' },
  PUBLISH_BUILD_COMMAND_FAILED: { title: 'build-command exited with an error', fix: 'Run the same command locally and fix the error its log group shows.' },
  PUBLISH_BUILD_COMMAND_EMPTY: { title: 'build-command produced no distribution in the output directory', fix: 'Make it write the wheel and sdist into packages-dir (default dist/), e.g. uv build --out-dir dist.' },
  PUBLISH_SIGN_INPUTS_MISMATCH: { title: 'inputs (the files to sign) names a file that is not published, or matches nothing', fix: 'pyrelease signs every distribution it publishes: drop inputs, or hand the files over with packages-dir.' },
  PUBLISH_SMOKE_TEST_FAILED: { title: 'The built wheel failed the smoke test before the upload', fix: 'Nothing was uploaded: fix the import error or the command and release again.' },
  PUBLISH_NOTHING_TO_ATTACH: { title: 'upload: false, but there is no GitHub release to attach the files to', fix: 'Run it for a release (stage: all, or the release job\'s outputs), with a token that can write contents.' },
} as const;
