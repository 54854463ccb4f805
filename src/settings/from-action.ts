/**
 * with: inputs + the workflow_dispatch event → Settings. The only place the action reads
 * inputs or GITHUB_* variables; every problem is collected and reported at once.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { PyreleaseError, PyreleaseErrors } from '../errors/pyrelease-error.js';
import type { Runtime } from '../adapters/runtime/runtime.js';
import { readHandoff } from './handoff.js';
import { parseImportNames } from '../core/validate/import-check.js';
import { existingFile, parseBoolean, parseSeconds, parseChoice, parseIndexUrl, parsePythonVersions, parseServiceUrl, parseUploadUrl, ProblemCollector } from './parse-values.js';
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
  const dispatch = event.name === 'workflow_dispatch' ? asRecord(event.payload.inputs) : {};
  const flag = (name: string) =>
    p.take(() => parseBoolean(name, rt.getInput(name), false), false) ||
    p.take(() => parseBoolean(`${name} (workflow_dispatch input)`, stringInput(dispatch[name]), false), false);
  const workspace = rt.env('GITHUB_WORKSPACE') ?? process.cwd();
  const settings: Settings = {
    stage: p.take(() => parseStageSelection(rt.getInput('stage')), 'all'),
    token,
    forcePublish: flag('force_publish'),
    skipTests: flag('skip_tests'),
    dryRun: p.take(() => parseBoolean('dry-run', rt.getInput('dry-run'), false), false),
    configFile: rt.getInput('config-file') || undefined,
    manifestFile: rt.getInput('manifest-file') || DEFAULT_MANIFEST_FILE,
    workingDirectory: p.take(() => workingDirectory(workspace, rt.getInput('working-directory')), workspace),
    pythonVersions: p.take(() => parsePythonVersions('python-versions', rt.getInput('python-versions')), []),
    mypyBlocking: p.take(() => parseBoolean('mypy-blocking', rt.getInput('mypy-blocking'), false), false),
    pytestArgs: rt.getInput('pytest-args').split(/\s+/).filter(Boolean),
    banditSeverity: p.take(() => level('bandit-severity', rt.getInput('bandit-severity')), 'MEDIUM'),
    banditConfidence: p.take(() => level('bandit-confidence', rt.getInput('bandit-confidence')), 'MEDIUM'),
    repositoryUrl: p.take(() => parseUploadUrl('repository-url', rt.getInput('repository-url'), DEFAULT_REPOSITORY_URL), DEFAULT_REPOSITORY_URL),
    password,
    skipExisting: p.take(() => parseBoolean('skip-existing', rt.getInput('skip-existing'), false), false),
    indexUrl: p.take(() => parseIndexUrl('index-url', rt.getInput('index-url')), ''),
    buildIsolation: p.take(() => parseBoolean('build-isolation', rt.getInput('build-isolation'), true), true),
    sign: p.take(() => parseBoolean('sign', rt.getInput('sign'), true), true),
    fulcioUrl: p.take(() => parseServiceUrl('fulcio-url', rt.getInput('fulcio-url'), DEFAULT_FULCIO_URL), DEFAULT_FULCIO_URL),
    rekorUrl: p.take(() => parseServiceUrl('rekor-url', rt.getInput('rekor-url'), DEFAULT_REKOR_URL), DEFAULT_REKOR_URL),
    trustedRoot: p.take(() => existingFile('trusted-root', workspace, rt.getInput('trusted-root')), ''),
    validateTimeoutSeconds: p.take(() => parseSeconds('validate-timeout', rt.getInput('validate-timeout'), 600), 600),
    importNames: p.take(() => parseImportNames(rt.getInput('import-name')), []),
    smokeTest: rt.getInput('smoke-test').split(/\s+/).filter(Boolean),
    notifyWebhook: p.take(() => (notifyWebhook ? parseServiceUrl('notify-webhook', notifyWebhook, '') : ''), ''),
    runUrl: runUrlFrom(rt),
    rollbackBase: rt.getInput('base'),
    idTokenRequest,
    targetBranch: rt.getInput('target-branch') || targetBranchFromEvent(rt, event),
    eventName: event.name,
    repository: p.take(() => repository(rt.env('GITHUB_REPOSITORY')), undefined),
    apiUrl: rt.env('GITHUB_API_URL') ?? 'https://api.github.com',
    serverUrl: rt.env('GITHUB_SERVER_URL') ?? 'https://github.com',
    sha: rt.env('GITHUB_SHA'),
    tempDir: rt.env('RUNNER_TEMP') ?? tmpdir(),
    handoff: p.take(() => readHandoff((n) => rt.getInput(n)), {}),
  };
  if (p.problems.length > 0) throw new PyreleaseErrors(p.problems);
  return settings;
}

function parseStageSelection(raw: string): StageSelection {
  const names = raw.split(/[\s,]+/).filter(Boolean);
  if (names.length <= 1) return parseChoice<StageSelection & string>('stage', names[0] ?? '', ['all', ...stageNames], 'all');
  const chosen = names.map((n) => parseChoice('stage', n, stageNames, 'quality'));
  // Always in pipeline order: each stage hands its results to the next.
  return stageNames.filter((s) => chosen.includes(s));
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
    return { name, payload: asRecord(JSON.parse(readFileSync(path, 'utf8'))) };
  } catch {
    throw new PyreleaseError('EVENT_UNREADABLE', `the event payload ${path} is not valid JSON`, {
      file: path,
      fix: 'this file is written by the runner; re-run the workflow, and report it if it persists',
    });
  }
}

function targetBranchFromEvent(rt: Runtime, event: EventFacts): string | undefined {
  const ref = rt.env('GITHUB_REF') ?? '';
  if (event.name.startsWith('pull_request')) return rt.env('GITHUB_BASE_REF');
  if (ref.startsWith('refs/heads/')) return ref.slice('refs/heads/'.length);
  const repo = asRecord(event.payload.repository);
  return typeof repo.default_branch === 'string' ? repo.default_branch : undefined;
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

export function repository(raw: string | undefined): RepositoryRef | undefined {
  if (raw === undefined) return undefined;
  const m = /^([A-Za-z0-9-_.]+)\/([A-Za-z0-9-_.]+)$/.exec(raw);
  if (!m) {
    throw new PyreleaseError('ENV_BAD_REPOSITORY', `GITHUB_REPOSITORY must be owner/name, got ${JSON.stringify(raw)}`, {
      key: 'GITHUB_REPOSITORY',
      fix: 'the runner sets it; when running locally, export GITHUB_REPOSITORY=owner/name',
    });
  }
  return { owner: m[1]!, repo: m[2]! };
}

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function stringInput(v: unknown): string {
  if (typeof v === 'boolean') return String(v);
  return typeof v === 'string' ? v.trim() : '';
}
