/** Failures of planning: git, the repository's version files, processes. */
export const planErrors = {
  GIT_NOT_A_REPO: { title: 'The directory is not a git repository', fix: 'Check out the repository first (actions/checkout), or pass --cwd DIR.' },
  GIT_UNKNOWN_REF: { title: 'The ref is not a commit here', fix: 'Give a branch, tag or sha that exists locally; fetch it first.' },
  GIT_FAILED: { title: 'A git command failed', fix: 'Check the repository state (git status) and that the checkout is complete.' },
  REPOSITORY_UNKNOWN: { title: 'The repository owner/name cannot be told', fix: 'Set GITHUB_REPOSITORY=owner/name or add an origin remote.' },
  VERSION_UNPARSEABLE: { title: 'A version cannot be read', fix: 'Write versions like 1.2.3.' },
  PYPROJECT_INVALID: { title: 'pyproject.toml is not valid TOML', fix: 'Fix the TOML syntax.' },
  PYPROJECT_NO_VERSION: { title: 'pyproject.toml has no version to update', fix: 'Add version = "0.1.0" under [project], or declare dynamic = ["version"].' },
  PYPROJECT_VERSION_SHAPE: { title: 'The pyproject version cannot be edited in place', fix: 'Write version = "1.2.3" on its own line in [project].' },
  EXTRA_FILE_NO_MATCH: { title: 'An extra file\'s jsonpath or xpath matches no value in the file', fix: 'Point it at the version value in that file (the message names the file and path); release-please would leave the file stale and only log it.' },
  EXTRA_FILE_INVALID: { title: 'An extra file cannot be parsed as its type', fix: 'Fix the JSON, TOML, YAML or XML at the line given, or list the file as a generic entry with x-release-please-version markers.' },
  CHANGELOG_JSON_INVALID: { title: 'changelog.json cannot take the new release', fix: 'Make it the machine-readable changelog ({"entries": [...]}) as valid JSON, or delete it.' },
  PROCESS_NOT_FOUND: { title: 'A required program is not installed', fix: 'Install it on the runner; the message names how.' },
  PROCESS_TIMEOUT: { title: 'A program did not finish in time', fix: 'Check what it waits for (network, a prompt) and re-run.' },
} as const;
