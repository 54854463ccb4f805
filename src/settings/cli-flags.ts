/** The CLI's commands and flags: the single definition both the parser and `--help` read. */
export interface FlagDefinition {
  name: string;
  type: 'boolean' | 'string';
  value?: string; // placeholder shown in help
  description: string;
}

export interface CommandDefinition {
  name: 'plan' | 'check';
  summary: string;
  flags: FlagDefinition[];
}

export const commonFlags: FlagDefinition[] = [
  { name: 'cwd', type: 'string', value: 'DIR', description: 'repository to work on (default: the current directory)' },
  { name: 'help', type: 'boolean', description: 'show help for the command' },
];

const configFlags: FlagDefinition[] = [
  { name: 'config-file', type: 'string', value: 'FILE', description: 'release-please config (default .release-please-config.json, else release-please-config.json)' },
  { name: 'manifest-file', type: 'string', value: 'FILE', description: 'release-please manifest (default .release-please-manifest.json)' },
  { name: 'release-type', type: 'string', value: 'python|simple', description: 'plan with no config file or manifest, as release-please-action\'s release-type input does (the last release is found from the tags)' },
];

// Only commands that work from the installed CLI. The two-release demo is `npm run demo` in a
// clone, not a command: it needs the loopback stand-ins of test/standins/, which are never bundled.
export const commands: CommandDefinition[] = [
  {
    name: 'plan',
    summary: 'preview the next release: version, why, CHANGELOG entry and file edits (read-only)',
    flags: [
      { name: 'ref', type: 'string', value: 'REV', description: 'plan as if the release branch were at REV (default HEAD)' },
      { name: 'date', type: 'string', value: 'YYYY-MM-DD', description: 'date for the CHANGELOG heading (default: today, UTC)' },
      { name: 'branch', type: 'string', value: 'NAME', description: 'target branch named in the PR title and head branch (default: the current branch, else main)' },
      { name: 'path', type: 'string', value: 'DIR', description: 'plan one package of the config (a key of "packages", e.g. a uv workspace member), as the path input does' },
      { name: 'token', type: 'string', value: 'TOKEN', description: 'GitHub token to read the commits\' pull requests (BEGIN_COMMIT_OVERRIDE, authors) as release-please does (default $GITHUB_TOKEN)' },
      ...configFlags,
      { name: 'json', type: 'boolean', description: 'print exactly one JSON object on stdout' },
    ],
  },
  {
    name: 'check',
    summary: 'run the quality gates and security scan locally, as the action does',
    flags: [
      { name: 'python-versions', type: 'string', value: 'LIST', description: 'Python versions to test, e.g. "3.11 3.12"' },
      { name: 'skip-tests', type: 'boolean', description: 'skip pytest' },
      { name: 'missing-python', type: 'string', value: 'skip|fail', description: 'a declared version this machine lacks: skip it, loudly (default), or fail' },
      { name: 'pytest-args', type: 'string', value: 'ARGS', description: 'extra pytest arguments, separated by spaces (no shell quoting)' },
      { name: 'mypy-blocking', type: 'boolean', description: 'a mypy error fails the check' },
      { name: 'ruff-version', type: 'string', value: 'X.Y.Z', description: 'ruff release for uvx when uv.lock pins none' },
      { name: 'bandit-version', type: 'string', value: 'X.Y.Z', description: 'bandit release for uvx when uv.lock pins none' },
      { name: 'publish', type: 'boolean', description: 'also run the publish preflight: index reachable, version not yet on it' },
      { name: 'repository-url', type: 'string', value: 'URL', description: 'upload endpoint the preflight checks (default https://upload.pypi.org/legacy/)' },
      { name: 'index-url', type: 'string', value: 'URL', description: 'where the preflight reads the index (default: derived from --repository-url)' },
      { name: 'json', type: 'boolean', description: 'print exactly one JSON object on stdout' },
    ],
  },
];

/**
 * What the first argument alone decides: the general help or the version. The entry asks this
 * before it loads the settings code, so `pyrelease --help` loads almost nothing (issue #21).
 */
export function topLevelRequest(first: string | undefined): 'help' | 'version' | undefined {
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return 'help';
  if (first === '--version' || first === '-V') return 'version';
  return undefined;
}

export function renderHelp(version: string, command?: CommandDefinition): string {
  if (command) {
    const lines = [`pyrelease ${command.name} — ${command.summary}`, '', `usage: pyrelease ${command.name} [flags]`, '', 'flags:'];
    for (const f of [...command.flags, ...commonFlags]) lines.push(flagLine(f));
    return lines.join('\n') + '\n';
  }
  const lines = [
    `pyrelease ${version} — the release pipeline of a Python package, locally`,
    '',
    'usage: pyrelease <command> [flags]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(8)}${c.summary}`),
    '',
    'flags:',
    flagLine({ name: 'version', type: 'boolean', description: 'print the version' }),
    ...commonFlags.map(flagLine),
    '',
    "run 'pyrelease <command> --help' for a command's flags",
  ];
  return lines.join('\n') + '\n';
}

function flagLine(f: FlagDefinition): string {
  const left = `--${f.name}${f.value ? ` ${f.value}` : ''}`;
  return `  ${left.padEnd(28)}${f.description}`;
}
