/** Failures of action inputs, the event payload, the environment and the CLI's flags. */
export const inputErrors = {
  INPUT_NOT_BOOLEAN: { title: 'An input is not true or false', fix: 'Write true or false (YAML 1.2 core schema: true|True|TRUE|false|False|FALSE).' },
  INPUT_BAD_PYTHON_VERSION: { title: 'python-versions holds something that is not a Python version', fix: 'List versions separated by spaces, e.g. "3.10 3.11 3.12".' },
  INPUT_BAD_URL: { title: 'A URL input is not an http(s) URL', fix: 'Give a full http(s) URL of the kind the input takes, e.g. repository-url: https://test.pypi.org/legacy/; a webhook URL is never shown in the message.' },
  INPUT_NEEDS_SHELL: { title: 'pytest-args holds quoting or shell syntax, and no shell reads it', fix: 'Put arguments that need quoting in [tool.pytest.ini_options] addopts; keep pytest-args to plain words separated by spaces.' },
  INPUT_BAD_CHOICE: { title: 'An input is not one of its allowed values', fix: 'Use one of the values the message lists.' },
  INPUT_INVALID: { title: 'An input has a value of the wrong form (a hand-off from an earlier job, a number of seconds, a branch name)', fix: 'Write the value in the form the message names; pass an earlier job\'s output through unchanged.' },
  INPUT_BAD_FILE: { title: 'An input names a file that does not exist, or one outside the repository', fix: 'Give a path relative to the repository root, after actions/checkout.' },
  INPUT_BAD_PREVIEW_FROM: { title: 'preview-from is not auto, commits or title', fix: 'Write preview-from: auto (the default: the PR title when the repository only allows squash merging, else its commits), commits, or title.' },
  INPUT_INSECURE_URL: { title: 'A URL that receives a token is plain http:// to a non-loopback host', fix: 'Use https://; plain http:// is accepted only for 127.0.0.1 or localhost.' },
  INPUT_BAD_PACKAGES_DIR: { title: 'packages-dir is not a directory', fix: 'Download the build job\'s artifact first and name its directory relative to the repository root.' },
  INPUT_BAD_DIRECTORY: { title: 'working-directory is not a directory', fix: 'Check out the repository first and give a path relative to its root.' },
  ENV_BAD_REPOSITORY: { title: 'GITHUB_REPOSITORY is not owner/name', fix: 'Locally, export GITHUB_REPOSITORY=owner/name.' },
  EVENT_UNREADABLE: { title: 'The event payload is not valid JSON', fix: 'Re-run the workflow; report it if it persists.' },
  CLI_USAGE: { title: 'The command line is not understood', fix: 'Run pyrelease --help.' },
} as const;
