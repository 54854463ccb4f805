/** Failures of post-release validation and of the rollback stage. */
export const validateErrors = {
  VALIDATE_NOTHING_TO_CHECK: { title: 'stage: validate was asked to run with nothing to check', fix: 'Pass the publish job\'s files, or a version input, or check out the repository so the manifest names the version.' },
  VALIDATE_NOT_ON_INDEX: { title: 'The index has no files of the release to validate', fix: 'Publish it first, or check the version input and index-url.' },
  VALIDATE_NOT_VISIBLE: { title: 'The index does not show the release yet', fix: 'Re-run the validate job later, or raise validate-timeout: CDN lag is normal.' },
  VALIDATE_PUBLISHED_WRONG: { title: 'The index shows other content than was uploaded', fix: 'Investigate, and release a fixed version: file names cannot be reused.' },
  VALIDATE_NO_ENVIRONMENT: { title: 'A fresh virtual environment could not be created', fix: 'Install python3-venv, or use uv.' },
  VALIDATE_INSTALL_FAILED: { title: 'The release does not install into a fresh environment', fix: 'See the install log: a dependency missing from the index, or requires-python, are the usual causes.' },
  VALIDATE_WRONG_VERSION: { title: 'The fresh environment got another version', fix: 'Check that the release is not yanked and that index-url is the index published to.' },
  VALIDATE_IMPORT_FAILED: { title: 'The installed release does not import', fix: 'Declare the missing dependency or include the module, and publish a fixed version; import-name names the module.' },
  VALIDATE_SMOKE_FAILED: { title: 'The smoke test failed in the fresh environment', fix: 'See its output in the log.' },
  ROLLBACK_BAD_VERSION: { title: 'stage: rollback needs the version to roll back', fix: 'with: { stage: rollback, version: 1.3.0 }' },
  ROLLBACK_UNKNOWN_VERSION: { title: 'The version to roll back is not on the index', fix: 'Give a version that was published, or check repository-url.' },
  ROLLBACK_NO_BASE: { title: 'No commit to start the hotfix from', fix: 'Name a tag, branch or commit with the base input.' },
  PR_TITLE_INVALID: { title: 'The pull request title is not a conventional commit of a known type', fix: 'Write it as type(scope)!: description with a type from changelog-sections or the standard ones.' },
  INPUT_BAD_IMPORT_NAME: { title: 'import-name is not a module name', fix: 'Give dotted module names separated by spaces, e.g. demo_pkg.' },
} as const;
