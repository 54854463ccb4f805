/** CLI flags → the same Settings the action builds, plus what only the CLI has (--json, --ref…). */
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { commands, commonFlags, topLevelRequest, type CommandDefinition } from './cli-flags.js';
import { parseChoice, parseIndexUrl, parsePytestArgs, parsePythonVersions, parseToolVersion, parseUploadUrl, proxyFromEnv } from './parse-values.js';
import { DEFAULT_FULCIO_URL, DEFAULT_MANIFEST_FILE, DEFAULT_REKOR_URL, DEFAULT_REPOSITORY_URL, type Settings } from './settings.js';
import { repository } from './from-action.js';
import { normalizePackagePath, packagePathProblem } from '../core/package-path.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfigPath } from '../core/config/config-path.js';
import type { ManifestLessInputs } from '../core/config/manifest-less.js';
import { readManifestLessInputs } from './manifest-less-inputs.js';
import { ProblemCollector } from './parse-values.js';

export type CliRequest =
  | { kind: 'help'; command?: CommandDefinition }
  | { kind: 'version' }
  | { kind: 'run'; command: CommandDefinition; settings: Settings; json: boolean; ref: string; date?: string; branch?: string; publishPreflight: boolean; warnings: string[] };

/** Usage errors exit with 2, like most CLIs; they are PyreleaseErrors with code CLI_USAGE. */
export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CliRequest {
  const [first, ...rest] = argv;
  const early = topLevelRequest(first);
  if (early) return { kind: early };
  const command = commands.find((c) => c.name === first);
  if (!command) throw usage(`unknown command ${JSON.stringify(first)}`, 'run pyrelease --help to see the commands');
  const options: Record<string, { type: 'boolean' | 'string' }> = {};
  for (const f of [...command.flags, ...commonFlags]) options[f.name] = { type: f.type };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: rest, options, allowPositionals: false, strict: true }));
  } catch (e) {
    throw usage((e as Error).message.split('\n')[0] ?? 'bad flags', `run pyrelease ${command.name} --help`);
  }
  if (values.help) return { kind: 'help', command };
  const str = (n: string) => (typeof values[n] === 'string' ? (values[n] as string) : undefined);
  const date = str('date');
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw usage(`--date must be YYYY-MM-DD, got ${JSON.stringify(date)}`, 'e.g. --date 2024-06-01');
  const cwd = resolve(str('cwd') ?? process.cwd());
  const rawPath = str('path');
  const packagePath = rawPath === undefined ? undefined : normalizePackagePath(rawPath);
  const pathProblem = packagePath === undefined ? undefined : packagePathProblem(packagePath);
  if (pathProblem) throw usage(`--path ${JSON.stringify(rawPath)} ${pathProblem}`, 'give the package\'s key in "packages" of the release-please config, e.g. --path packages/core');
  const settings: Settings = {
    stage: 'all',
    // The plan reads the commits' pull requests with it (GraphQL), as release-please does.
    token: str('token') ?? env.GITHUB_TOKEN ?? '',
    forcePublish: false,
    skipTests: values['skip-tests'] === true,
    dryRun: true,
    configFile: str('config-file'),
    manifestFile: str('manifest-file') ?? DEFAULT_MANIFEST_FILE,
    workingDirectory: cwd,
    pythonVersions: parsePythonVersions('--python-versions', str('python-versions') ?? ''),
    mypyBlocking: values['mypy-blocking'] === true,
    pytestArgs: parsePytestArgs('--pytest-args', str('pytest-args') ?? ''),
    // Locally a version the machine lacks is skipped (loudly); on a runner the action fails instead.
    missingPython: parseChoice('--missing-python', str('missing-python') ?? '', ['fail', 'skip'] as const, 'skip'),
    ruffVersion: parseToolVersion('--ruff-version', str('ruff-version') ?? ''),
    banditVersion: parseToolVersion('--bandit-version', str('bandit-version') ?? ''),
    // plan and check run no twine check: pyrelease's pin stands.
    twineVersion: '',
    codeqlPath: '',
    banditSeverity: 'MEDIUM',
    banditConfidence: 'MEDIUM',
    repositoryUrl: parseUploadUrl('--repository-url', str('repository-url') ?? '', DEFAULT_REPOSITORY_URL),
    password: '',
    skipExisting: false,
    indexUrl: parseIndexUrl('--index-url', str('index-url') ?? ''),
    packagesDir: undefined,
    verbose: false,
    printHash: false,
    buildIsolation: true,
    sign: false,
    fulcioUrl: DEFAULT_FULCIO_URL,
    rekorUrl: DEFAULT_REKOR_URL,
    trustedRoot: '',
    validateTimeoutSeconds: 600,
    importNames: [],
    smokeTest: [],
    notifyWebhook: '',
    runUrl: undefined,
    rollbackBase: '',
    lintPrTitle: false,
    previewFrom: 'auto',
    pullRequest: undefined,
    idTokenRequest: undefined,
    targetBranch: str('branch'),
    ...(packagePath !== undefined && { packagePath }),
    eventName: 'cli',
    repository: repository(env.GITHUB_REPOSITORY || undefined),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    graphqlUrl: env.GITHUB_GRAPHQL_URL || undefined,
    sha: undefined,
    tempDir: tmpdir(),
    proxy: proxyFromEnv((name) => env[name]),
    handoff: {},
    signInputs: [],
    buildCommand: undefined,
    upload: true,
    smokeTestBeforeUpload: false,
    uploadAllProjects: false,
    devBuild: undefined,
    githubAttestations: false,
    repositoryVisibility: undefined,
  };
  const warnings: string[] = [];
  const manifestLess = cliManifestLess(str, cwd, warnings);
  if (manifestLess) settings.manifestLess = manifestLess;
  return { kind: 'run', command, settings, json: values.json === true, ref: str('ref') ?? 'HEAD', date, branch: str('branch'), publishPreflight: values.publish === true, warnings };
}

/** --release-type: release-please-action's manifest-less mode; a conflict with --config-file/--manifest-file is a usage error. */
function cliManifestLess(str: (n: string) => string | undefined, cwd: string, warnings: string[]): ManifestLessInputs | undefined {
  const p = new ProblemCollector();
  const choice = resolveConfigPath(str('config-file'), (f) => existsSync(join(cwd, f)));
  const raw = { releaseType: str('release-type') ?? '', path: undefined, includeComponentInTag: '', versioningStrategy: '', releaseAs: '', configFile: str('config-file') ?? '', manifestFile: str('manifest-file') ?? '', foundConfig: choice.found ? choice.file : undefined };
  const inputs = readManifestLessInputs(raw, p, (line) => warnings.push(line), (n) => `--${n}`);
  if (p.problems.length > 0) throw usage(p.problems[0]!.message, p.problems[0]!.details.fix ?? 'run pyrelease plan --help');
  return inputs;
}

function usage(message: string, fix: string): PyreleaseError {
  return new PyreleaseError('CLI_USAGE', message, { fix });
}
