/**
 * A simulated Actions runner for one step (protocols.md §2.1–2.4, §2.7): a temp directory with the
 * empty per-step files, an event JSON, RUNNER_TEMP, and the variables a JavaScript action reads.
 * The environment is built from nothing but PATH, so the GITHUB_* of a CI run that hosts the tests
 * can never leak into the action under test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOutputFile } from './workflow-files.js';

export interface RunnerEvent {
  /** GITHUB_EVENT_NAME: push, pull_request, workflow_dispatch, release… */
  name: string;
  /** Written to GITHUB_EVENT_PATH as JSON. */
  payload: Record<string, unknown>;
}

export interface RunnerEnvOptions {
  /** GITHUB_WORKSPACE: the checkout the action works in. */
  workspace: string;
  /** `with:` values; names as in action.yml (`dry-run`, `python-versions`). */
  inputs?: Record<string, string>;
  /** Default: a push to main. */
  event?: RunnerEvent;
  /** `owner/name`. Default `acme/widget`. */
  repository?: string;
  /** Default: from the event (push `after`, pull request head), else the workspace's HEAD, else unset. */
  sha?: string;
  /** Default: from the event (push `ref`, `refs/pull/N/merge`, dispatch `ref`), else refs/heads/main. */
  ref?: string;
  /** Default: a closed loopback port, so a forgotten stand-in fails fast instead of reaching GitHub. */
  apiUrl?: string;
  serverUrl?: string;
  runId?: string;
  /** `2` or more is a re-run. */
  runAttempt?: string;
  /** Sets RUNNER_DEBUG=1. */
  debug?: boolean;
  /** Added last: overrides anything above (e.g. ACTIONS_ID_TOKEN_REQUEST_URL, PATH). */
  env?: Record<string, string>;
}

/** Responsible for one step's runner directory: its files, its environment, reading them back. */
export interface RunnerEnv {
  dir: string;
  env: Record<string, string>;
  files: { output: string; env: string; path: string; state: string; summary: string; event: string };
  tempDir: string;
  readOutputs(): Record<string, string>;
  readEnvFile(): Record<string, string>;
  readState(): Record<string, string>;
  readPath(): string[];
  readSummary(): string;
  cleanup(): void;
}

/** `INPUT_` + the name upper-cased with spaces as `_`; hyphens stay, as the runner keeps them (`INPUT_DRY-RUN`). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

const DEFAULT_REPOSITORY = 'acme/widget';
const ZERO_SHA = '0'.repeat(40);

/** A push to a branch, shaped like GitHub's payload. */
export function pushEvent(opts: { ref?: string; before?: string; after?: string; repository?: string; defaultBranch?: string; commits?: Array<{ id: string; message: string }> } = {}): RunnerEvent {
  const repository = opts.repository ?? DEFAULT_REPOSITORY;
  const commits = (opts.commits ?? []).map((c) => ({ id: c.id, message: c.message, author: { name: 'Test Author', email: 'author@example.com' } }));
  return {
    name: 'push',
    payload: {
      ref: opts.ref ?? 'refs/heads/main',
      before: opts.before ?? ZERO_SHA,
      after: opts.after ?? ZERO_SHA,
      commits,
      head_commit: commits.at(-1) ?? null,
      repository: { full_name: repository, default_branch: opts.defaultBranch ?? 'main' },
      sender: { login: 'octocat' },
    },
  };
}

/** A pull request event; `fork` makes the head a fork (no id-token, read-only token, §2.1). */
export function pullRequestEvent(opts: { number: number; action?: string; title?: string; body?: string; headRef?: string; headSha?: string; baseRef?: string; labels?: string[]; merged?: boolean; fork?: boolean; repository?: string }): RunnerEvent {
  const repository = opts.repository ?? DEFAULT_REPOSITORY;
  const headRepo = opts.fork ? `contributor/${repository.split('/')[1] ?? 'widget'}` : repository;
  return {
    name: 'pull_request',
    payload: {
      action: opts.action ?? 'opened',
      number: opts.number,
      pull_request: {
        number: opts.number,
        title: opts.title ?? 'feat: a change',
        body: opts.body ?? '',
        head: { ref: opts.headRef ?? 'feature', sha: opts.headSha ?? ZERO_SHA, repo: { full_name: headRepo, fork: opts.fork ?? false } },
        base: { ref: opts.baseRef ?? 'main', repo: { full_name: repository } },
        labels: (opts.labels ?? []).map((name) => ({ name })),
        merged: opts.merged ?? false,
      },
      repository: { full_name: repository, default_branch: 'main' },
      sender: { login: 'octocat' },
    },
  };
}

/** workflow_dispatch: the file holds inputs as strings, booleans too (`"true"`), §2.3. */
export function workflowDispatchEvent(inputs: Record<string, string>, opts: { ref?: string; repository?: string } = {}): RunnerEvent {
  return {
    name: 'workflow_dispatch',
    payload: {
      inputs,
      ref: opts.ref ?? 'refs/heads/main',
      workflow: '.github/workflows/release.yml',
      repository: { full_name: opts.repository ?? DEFAULT_REPOSITORY, default_branch: 'main' },
      sender: { login: 'octocat' },
    },
  };
}

/**
 * A release event (`release: types: [published]`), shaped like GitHub's payload: GITHUB_REF is
 * refs/tags/<tag_name> and GITHUB_SHA the tagged commit (give it as `sha` to createRunnerEnv).
 */
export function releaseEvent(opts: { tagName: string; action?: string; prerelease?: boolean; draft?: boolean; repository?: string }): RunnerEvent {
  const repository = opts.repository ?? DEFAULT_REPOSITORY;
  return {
    name: 'release',
    payload: {
      action: opts.action ?? 'published',
      release: { id: 1, tag_name: opts.tagName, target_commitish: 'main', name: opts.tagName, draft: opts.draft ?? false, prerelease: opts.prerelease ?? false, upload_url: `https://uploads.github.com/repos/${repository}/releases/1/assets{?name,label}` },
      repository: { full_name: repository, default_branch: 'main' },
      sender: { login: 'octocat' },
    },
  };
}

function pick(payload: Record<string, unknown>, ...path: string[]): string | undefined {
  let at: unknown = payload;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'string' ? at : undefined;
}

function refFromEvent(event: RunnerEvent): string {
  if (event.name.startsWith('pull_request')) return `refs/pull/${String(event.payload.number)}/merge`;
  // A release event runs on the release's tag.
  if (event.name === 'release') return `refs/tags/${pick(event.payload, 'release', 'tag_name') ?? ''}`;
  return pick(event.payload, 'ref') ?? 'refs/heads/main';
}

/** The checked-out commit, as the runner's GITHUB_SHA is after actions/checkout; undefined outside a repository. */
function headOf(workspace: string): string | undefined {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CEILING_DIRECTORIES: tmpdir() };
  const r = spawnSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: workspace, env, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export function createRunnerEnv(opts: RunnerEnvOptions): RunnerEnv {
  const dir = mkdtempSync(join(tmpdir(), 'pyrelease-runner-'));
  const files = {
    output: join(dir, 'github_output'),
    env: join(dir, 'github_env'),
    path: join(dir, 'github_path'),
    state: join(dir, 'github_state'),
    summary: join(dir, 'step_summary.md'),
    event: join(dir, 'event.json'),
  };
  for (const file of [files.output, files.env, files.path, files.state, files.summary]) writeFileSync(file, '');
  const tempDir = join(dir, 'temp');
  const home = join(dir, 'home');
  mkdirSync(tempDir);
  mkdirSync(home);
  const event = opts.event ?? pushEvent({ repository: opts.repository });
  writeFileSync(files.event, JSON.stringify(event.payload, null, 2));

  const repository = opts.repository ?? DEFAULT_REPOSITORY;
  const [owner = 'acme'] = repository.split('/');
  const ref = opts.ref ?? refFromEvent(event);
  const isPullRequest = event.name.startsWith('pull_request');
  const fromEvent = isPullRequest ? pick(event.payload, 'pull_request', 'head', 'sha') : pick(event.payload, 'after');
  const sha = opts.sha ?? (fromEvent !== ZERO_SHA ? fromEvent : undefined) ?? headOf(opts.workspace);
  const apiUrl = opts.apiUrl ?? 'http://127.0.0.1:9';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    // Nothing in a test may leave the machine: HTTP clients that honour proxies (make-fetch-happen
    // under @sigstore/*, pip) are sent to a closed loopback port for anything but loopback.
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    NO_PROXY: '127.0.0.1,localhost,::1',
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_SERVER_URL: opts.serverUrl ?? 'https://github.com',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_WORKFLOW: 'Release',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/release.yml@${ref}`,
    GITHUB_JOB: 'release',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: opts.runId ?? '1000000001',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: opts.runAttempt ?? '1',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: tempDir,
    RUNNER_ENVIRONMENT: 'github-hosted',
    // The runner's git has no system config the tests could depend on by accident.
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
  };
  if (sha !== undefined) env.GITHUB_SHA = sha;
  if (isPullRequest) {
    env.GITHUB_HEAD_REF = pick(event.payload, 'pull_request', 'head', 'ref') ?? '';
    env.GITHUB_BASE_REF = pick(event.payload, 'pull_request', 'base', 'ref') ?? '';
  }
  if (opts.debug) env.RUNNER_DEBUG = '1';
  for (const [name, value] of Object.entries(opts.inputs ?? {})) env[inputEnvName(name)] = value;
  Object.assign(env, opts.env);
  // The runner sets both from one host: an env that moves the REST API moves GraphQL with it.
  if (opts.env?.GITHUB_API_URL && !opts.env.GITHUB_GRAPHQL_URL) env.GITHUB_GRAPHQL_URL = `${opts.env.GITHUB_API_URL}/graphql`;

  return {
    dir,
    env,
    files,
    tempDir,
    readOutputs: () => parseOutputFile(readFileSync(files.output, 'utf8')),
    readEnvFile: () => parseOutputFile(readFileSync(files.env, 'utf8')),
    readState: () => parseOutputFile(readFileSync(files.state, 'utf8')),
    readPath: () => readFileSync(files.path, 'utf8').split(/\r?\n/).filter((l) => l !== ''),
    readSummary: () => readFileSync(files.summary, 'utf8'),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
