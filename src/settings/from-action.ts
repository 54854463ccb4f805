/**
 * with: inputs + the workflow_dispatch event → Settings. The only place the action reads
 * inputs or GITHUB_* variables; every problem is collected and reported at once.
 */
import { normalizePackagePath, packagePathProblem } from '../core/package-path.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { PyreleaseError, PyreleaseErrors } from '../errors/pyrelease-error.js';
import type { Runtime } from '../adapters/runtime/runtime.js';
import { readHandoff } from './handoff.js';
import { releaseOfEvent } from './event-release.js';
import { graphqlEndpoint, readReleasePleaseActionInputs } from './release-please-action-inputs.js';
import { proxyFromEnv } from './parse-values.js';
import { aliasedInput, checkUser, checkVerifyMetadata, signSwitch } from './carried-inputs.js';
import { checkPublishModes, readPublishInputs, smokeTestCommand } from './publish-inputs.js';
import { checkGithubAttestations, readGithubAttestationInputs } from './github-attestations.js';
import { parseImportNames } from '../core/validate/import-check.js';
import { tagNameProblem } from '../core/config/tag-name-check.js';
import { PREVIEW_FROM, type PreviewFrom } from '../core/preview/merge-basis.js';
import { existingFile, parseBoolean, parseSeconds, parseChoice, parseIndexUrl, parsePytestArgs, parsePythonVersions, parseServiceUrl, parseToolVersion, parseUploadUrl, ProblemCollector } from './parse-values.js';
import {
  DEFAULT_MANIFEST_FILE,
  DEFAULT_FULCIO_URL,
  DEFAULT_REKOR_URL,
  DEFAULT_REPOSITORY_URL,
  stageNames,
  type RepositoryRef,
  type Settings,
  type StageSelection,
} from './settings.js';
import { recordOrEmpty } from '../core/records.js';

interface EventFacts {
  name: string;
  payload: Record<string, unknown>;
}

export function settingsFromAction(rt: Runtime): Settings {
  const token = rt.getInput('token');
  if (token) rt.setSecret(token);
  const password = rt.getInput('password');
  if (password) rt.setSecret(password);
  const idTokenRequest = idTokenRequestFrom(rt);
  const notifyWebhook = rt.getInput('notify-webhook');
  if (notifyWebhook) rt.setSecret(notifyWebhook);
  const p = new ProblemCollector();
  const event = p.take(() => readEvent(rt), { name: rt.env('GITHUB_EVENT_NAME') ?? 'push', payload: {} });
  const dispatch = event.name === 'workflow_dispatch' ? recordOrEmpty(event.payload.inputs) : {};
  const flag = (name: string) => p.take(() => parseBoolean(name, rt.getInput(name), false), false) || p.take(() => dispatchBoolean(name, dispatch[name]), false);
  const workspace = rt.env('GITHUB_WORKSPACE') ?? process.cwd();
  const workingDir = p.take(() => workingDirectory(workspace, rt.getInput('working-directory')), workspace);
  // pypa/gh-action-pypi-publish's snake_case names are still taken, with its deprecation warning.
  const pypa = (kebab: Parameters<typeof aliasedInput>[2]) => p.take(() => aliasedInput((n) => rt.getInput(n), (l) => rt.warning(l), kebab), '');
  p.take(() => checkUser(rt.getInput('user'), password !== ''), undefined);
  const packagesDirRaw = pypa('packages-dir');
  p.take(() => checkVerifyMetadata(pypa('verify-metadata')), undefined);
  const settings: Settings = {
    stage: p.take(() => parseStageSelection(rt.getInput('stage')), 'all'),
    token,
    forcePublish: flag('force_publish'),
    skipTests: flag('skip_tests'),
    dryRun: p.take(() => parseBoolean('dry-run', rt.getInput('dry-run'), false), false),
    configFile: p.take(() => fileInRepository('config-file', workspace, workingDir, rt.getInput('config-file')), '') || undefined,
    manifestFile: p.take(() => fileInRepository('manifest-file', workspace, workingDir, rt.getInput('manifest-file')), '') || DEFAULT_MANIFEST_FILE,
    workingDirectory: workingDir,
    ...optional('packagePath', p.take(() => packagePathInput(rt.getInput('path')), undefined)),
    pythonVersions: p.take(() => parsePythonVersions('python-versions', rt.getInput('python-versions')), []),
    mypyBlocking: p.take(() => parseBoolean('mypy-blocking', rt.getInput('mypy-blocking'), false), false),
    pytestArgs: p.take(() => parsePytestArgs('pytest-args', rt.getInput('pytest-args')), []),
    missingPython: p.take(() => parseChoice('missing-python', rt.getInput('missing-python'), ['fail', 'skip'] as const, 'fail'), 'fail'),
    ruffVersion: p.take(() => parseToolVersion('ruff-version', rt.getInput('ruff-version')), ''),
    banditVersion: p.take(() => parseToolVersion('bandit-version', rt.getInput('bandit-version')), ''),
    twineVersion: p.take(() => parseToolVersion('twine-version', rt.getInput('twine-version')), ''),
    codeqlPath: p.take(() => existingFile('codeql-path', workspace, rt.getInput('codeql-path')), ''),
    banditSeverity: p.take(() => level('bandit-severity', rt.getInput('bandit-severity')), 'MEDIUM'),
    banditConfidence: p.take(() => level('bandit-confidence', rt.getInput('bandit-confidence')), 'MEDIUM'),
    repositoryUrl: p.take(() => parseUploadUrl('repository-url', pypa('repository-url'), DEFAULT_REPOSITORY_URL, { carriesToken: true }), DEFAULT_REPOSITORY_URL),
    password,
    skipExisting: p.take(() => parseBoolean('skip-existing', pypa('skip-existing'), false), false),
    indexUrl: p.take(() => parseIndexUrl('index-url', rt.getInput('index-url')), ''),
    // With build-command, packages-dir names where the command writes (publish-inputs.ts), not a handed-over artifact.
    packagesDir: rt.getInput('build-command') ? undefined : p.take(() => packagesDirectory(workspace, packagesDirRaw), undefined),
    verbose: p.take(() => parseBoolean('verbose', rt.getInput('verbose'), false), false),
    printHash: p.take(() => parseBoolean('print-hash', pypa('print-hash'), false), false),
    buildIsolation: p.take(() => parseBoolean('build-isolation', rt.getInput('build-isolation'), true), true),
    // `attestations` is pypa/gh-action-pypi-publish's name for the same switch (carried-inputs.ts).
    sign: p.take(() => signSwitch(rt.getInput('sign'), rt.getInput('attestations')), true),
    fulcioUrl: p.take(() => parseServiceUrl('fulcio-url', rt.getInput('fulcio-url'), DEFAULT_FULCIO_URL, { carriesToken: true }), DEFAULT_FULCIO_URL),
    rekorUrl: p.take(() => parseServiceUrl('rekor-url', rt.getInput('rekor-url'), DEFAULT_REKOR_URL), DEFAULT_REKOR_URL),
    trustedRoot: p.take(() => existingFile('trusted-root', workspace, rt.getInput('trusted-root')), ''),
    validateTimeoutSeconds: p.take(() => parseSeconds('validate-timeout', rt.getInput('validate-timeout'), 600), 600),
    importNames: p.take(() => parseImportNames(rt.getInput('import-name')), []),
    smokeTest: p.take(() => smokeTestCommand(rt.getInput('smoke-test')), []),
    notifyWebhook: p.take(() => (notifyWebhook ? parseServiceUrl('notify-webhook', notifyWebhook, '', { secret: true }) : ''), ''),
    runUrl: runUrlFrom(rt),
    rollbackBase: rt.getInput('base'),
    lintPrTitle: p.take(() => parseBoolean('lint-pr-title', rt.getInput('lint-pr-title'), false), false),
    previewFrom: p.take(() => parsePreviewFrom(rt.getInput('preview-from')), 'auto'),
    pullRequest: pullRequestFrom(event),
    idTokenRequest,
    targetBranch: p.take(() => branchName('target-branch', rt.getInput('target-branch')), undefined) || targetBranchFromEvent(rt, event),
    eventName: event.name,
    repository: p.take(() => repository(rt.env('GITHUB_REPOSITORY')), undefined),
    apiUrl: rt.env('GITHUB_API_URL') ?? 'https://api.github.com',
    serverUrl: rt.env('GITHUB_SERVER_URL') ?? 'https://github.com',
    graphqlUrl: rt.env('GITHUB_GRAPHQL_URL') || undefined,
    sha: rt.env('GITHUB_SHA'),
    tempDir: rt.env('RUNNER_TEMP') ?? tmpdir(),
    proxy: proxyFromEnv((name) => rt.env(name)),
    handoff: p.take(() => readHandoff((n) => rt.getInput(n)), {}),
    ...readPublishInputs(rt, p, { workspace, packagesDirRaw }),
    ...readGithubAttestationInputs(rt, p, event.payload),
  };
  // --- publish on a release event / tag push (issue #24 part A) ---
  const eventRelease = releaseOfEvent(event.name, rt.env('GITHUB_REF'), event.payload, rt.env('GITHUB_SHA'));
  if (eventRelease) settings.eventRelease = eventRelease;
  // --- release-please-action's inputs (issue #24 part A) ---
  const rp = readReleasePleaseActionInputs(rt, p, { workingDir, configFile: settings.configFile, packagePath: settings.packagePath });
  if (rp.manifestLess) settings.manifestLess = rp.manifestLess;
  settings.releasePleaseAction = { skipGithubRelease: rp.skipGithubRelease, skipGithubPullRequest: rp.skipGithubPullRequest, ...(rp.changelogHost && { changelogHost: rp.changelogHost }) };
  if (rp.repoUrl) settings.repository = p.take(() => repository(rp.repoUrl, 'repo-url'), settings.repository);
  if (rp.apiUrl) settings.apiUrl = rp.apiUrl;
  if (rp.graphqlUrl) settings.graphqlUrl = graphqlEndpoint(rp.graphqlUrl);
  if (rp.proxyServer) settings.proxy = { ...settings.proxy, httpProxy: rp.proxyServer, httpsProxy: rp.proxyServer };
  settings.stage = p.take(() => checkPublishModes(settings), settings.stage);
  p.take(() => checkGithubAttestations(settings), undefined);
  if (p.problems.length > 0) throw new PyreleaseErrors(p.problems);
  return settings;
}

function parseStageSelection(raw: string): StageSelection {
  const names = raw.split(/[\s,]+/).filter(Boolean);
  if (names.length <= 1) return parseChoice<StageSelection & string>('stage', names[0] ?? '', ['all', ...stageNames], 'all');
  const chosen = names.map((n) => parseChoice('stage', n, stageNames, 'quality'));
  // README: rollback runs on its own; in a list it would follow a release stage that just wrote.
  if (chosen.includes('rollback')) {
    throw new PyreleaseError('INPUT_BAD_CHOICE', `input 'stage' lists rollback with other stages (${JSON.stringify(raw)}); rollback runs on its own`, {
      key: 'stage',
      fix: 'run stage: rollback alone, in its own job or step, with version: <the version to roll back>',
    });
  }
  // Always in pipeline order: each stage hands its results to the next.
  return stageNames.filter((s) => chosen.includes(s));
}

function parsePreviewFrom(raw: string): PreviewFrom {
  if (raw === '') return 'auto';
  const value = PREVIEW_FROM.find((v) => v === raw.toLowerCase());
  if (value) return value;
  throw new PyreleaseError('INPUT_BAD_PREVIEW_FROM', `input 'preview-from' must be auto, commits or title, got ${JSON.stringify(raw.slice(0, 40))}`, {
    key: 'preview-from',
    fix: 'write preview-from: auto (the PR title when the repository only allows squash merging, else its commits), commits, or title',
  });
}

function pullRequestFrom(event: EventFacts): Settings['pullRequest'] {
  const pr = recordOrEmpty(event.payload.pull_request);
  if (typeof pr.number !== 'number') return undefined;
  const headRepo = recordOrEmpty(recordOrEmpty(pr.head).repo);
  const baseRepo = recordOrEmpty(recordOrEmpty(pr.base).repo);
  const fromFork = headRepo.fork === true || (typeof headRepo.full_name === 'string' && typeof baseRepo.full_name === 'string' && headRepo.full_name !== baseRepo.full_name);
  return { number: pr.number, title: typeof pr.title === 'string' ? pr.title : '', body: typeof pr.body === 'string' ? pr.body : '', fromFork };
}

function runUrlFrom(rt: Runtime): string | undefined {
  const server = rt.env('GITHUB_SERVER_URL') ?? 'https://github.com';
  const repo = rt.env('GITHUB_REPOSITORY');
  const run = rt.env('GITHUB_RUN_ID');
  return repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

function idTokenRequestFrom(rt: Runtime): Settings['idTokenRequest'] {
  const url = rt.env('ACTIONS_ID_TOKEN_REQUEST_URL');
  const token = rt.env('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
  if (!url || !token) return undefined;
  rt.setSecret(token);
  return { url, token };
}

function level(name: string, raw: string): 'LOW' | 'MEDIUM' | 'HIGH' {
  return parseChoice(name, raw.toLowerCase(), ['low', 'medium', 'high'] as const, 'medium').toUpperCase() as 'LOW' | 'MEDIUM' | 'HIGH';
}

function readEvent(rt: Runtime): EventFacts {
  const name = rt.env('GITHUB_EVENT_NAME') ?? 'push';
  const path = rt.env('GITHUB_EVENT_PATH');
  if (!path || !existsSync(path)) return { name, payload: {} };
  try {
    return { name, payload: recordOrEmpty(JSON.parse(readFileSync(path, 'utf8'))) };
  } catch {
    throw new PyreleaseError('EVENT_UNREADABLE', `the event payload ${path} is not valid JSON`, {
      file: path,
      fix: 'this file is written by the runner; re-run the workflow, and report it if it persists',
    });
  }
}

/** workflow_dispatch inputs are strings in the event file ("true"), or numbers for a `type: number` input. */
function dispatchBoolean(name: string, value: unknown): boolean {
  const raw = stringInput(value);
  if (raw === '' || /^(true|True|TRUE|false|False|FALSE)$/.test(raw)) return parseBoolean(name, raw, false);
  throw new PyreleaseError('INPUT_NOT_BOOLEAN', `workflow_dispatch input '${name}' must be true or false, got ${JSON.stringify(raw.slice(0, 40))}`, {
    key: name,
    fix: `declare it under on.workflow_dispatch.inputs as ${name}: { type: boolean, default: false }, so the run form offers only true and false`,
  });
}

/** A branch name git accepts (check-ref-format), so no ref write is ever tried with one GitHub refuses. */
function branchName(name: string, raw: string): string | undefined {
  if (raw === '') return undefined;
  const why = tagNameProblem(raw);
  if (why === undefined) return raw;
  throw new PyreleaseError('INPUT_INVALID', `input '${name}' is not a branch name git accepts: ${JSON.stringify(raw.slice(0, 80))} (${why})`, {
    key: name,
    fix: `write the branch releases are cut from, e.g. ${name}: main (or leave it empty for the repository's default branch)`,
  });
}

/**
 * config-file and manifest-file are paths in the repository (release-please-action reads them
 * through the API, so nothing else ever worked): relative, and inside the workspace.
 */
function fileInRepository(name: string, workspace: string, workingDir: string, raw: string): string {
  if (raw === '') return '';
  const outside = relative(workspace, resolve(workingDir, raw));
  if (isAbsolute(raw) || outside === '' || outside.split(sep)[0] === '..' || isAbsolute(outside)) {
    throw new PyreleaseError('INPUT_BAD_FILE', `input '${name}' names ${JSON.stringify(raw.slice(0, 80))}, which is not a file in the repository`, {
      key: name,
      fix: `give a path relative to working-directory that stays inside the repository, e.g. ${name}: ${name === 'config-file' ? 'release-please-config.json' : DEFAULT_MANIFEST_FILE}`,
    });
  }
  return raw;
}

/**
 * release-please-action releases from `target-branch`, else the repository's default branch
 * (whichever branch was pushed: a push to another branch still plans the default one). The event
 * names the default branch; a pull_request previews against its base.
 */
function targetBranchFromEvent(rt: Runtime, event: EventFacts): string | undefined {
  if (event.name.startsWith('pull_request')) return rt.env('GITHUB_BASE_REF') || undefined;
  const repo = recordOrEmpty(event.payload.repository);
  return typeof repo.default_branch === 'string' && repo.default_branch !== '' ? repo.default_branch : undefined;
}

/** pypa/gh-action-pypi-publish's packages-dir: a directory relative to the workspace; "" = build. */
function packagesDirectory(workspace: string, raw: string): Settings['packagesDir'] {
  if (raw === '') return undefined;
  const path = isAbsolute(raw) ? raw : resolve(workspace, raw);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw new PyreleaseError('INPUT_BAD_PACKAGES_DIR', `input 'packages-dir' names ${JSON.stringify(raw.slice(0, 80))}, which is not a directory`, {
      key: 'packages-dir',
      fix: 'download the build job\'s artifact first (actions/download-artifact with path: dist) and give that path relative to the repository root, or leave packages-dir empty to let pyrelease build',
    });
  }
  return { path, label: raw };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** A package key of the config, written as release-please writes it (normalizePaths), or unset. */
function packagePathInput(raw: string): string | undefined {
  if (raw === '') return undefined;
  const path = normalizePackagePath(raw);
  const why = packagePathProblem(path);
  if (why) throw new PyreleaseError('INPUT_INVALID', `input 'path' is ${JSON.stringify(raw)}, which ${why}`, { key: 'path', fix: 'write the package\'s key in "packages" of the release-please config, e.g. path: packages/core' });
  return path;
}

function workingDirectory(workspace: string, raw: string): string {
  const dir = raw === '' ? workspace : isAbsolute(raw) ? raw : resolve(workspace, raw);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new PyreleaseError('INPUT_BAD_DIRECTORY', `input 'working-directory' names ${JSON.stringify(raw || dir)}, which is not a directory`, {
      key: 'working-directory',
      fix: 'give a path relative to the repository root, and check out the repository first (actions/checkout)',
    });
  }
  return dir;
}

export function repository(raw: string | undefined, input?: 'repo-url'): RepositoryRef | undefined {
  if (raw === undefined) return undefined;
  const m = /^([A-Za-z0-9-_.]+)\/([A-Za-z0-9-_.]+)$/.exec(raw);
  if (!m && input) throw new PyreleaseError('INPUT_INVALID', `input '${input}' must be owner/name, got ${JSON.stringify(raw.slice(0, 80))}`, { key: input, fix: 'write repo-url: owner/name (the default is the workflow\'s own repository)' });
  if (!m) {
    throw new PyreleaseError('ENV_BAD_REPOSITORY', `GITHUB_REPOSITORY must be owner/name, got ${JSON.stringify(raw)}`, {
      key: 'GITHUB_REPOSITORY',
      fix: 'the runner sets it; when running locally, export GITHUB_REPOSITORY=owner/name',
    });
  }
  return { owner: m[1]!, repo: m[2]! };
}

function stringInput(v: unknown): string {
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  return typeof v === 'string' ? v.trim() : '';
}
