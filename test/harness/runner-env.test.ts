/** The simulated runner's directory and environment, as protocols.md §2.1–2.3 describe the real one. */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepo } from './git-repo.js';
import { createRunnerEnv, inputEnvName, pullRequestEvent, pushEvent, workflowDispatchEvent, type RunnerEnv } from './runner-env.js';

const made: RunnerEnv[] = [];
afterEach(() => {
  for (const r of made.splice(0)) r.cleanup();
});
const workspace = () => mkdtempSync(join(tmpdir(), 'ws-'));
const runnerFor = (opts: Parameters<typeof createRunnerEnv>[0]) => {
  const r = createRunnerEnv(opts);
  made.push(r);
  return r;
};

describe('runner environment', () => {
  it('names inputs as the runner does: upper-cased, spaces to _, hyphens kept', () => {
    expect(inputEnvName('dry-run')).toBe('INPUT_DRY-RUN');
    expect(inputEnvName('python versions')).toBe('INPUT_PYTHON_VERSIONS');
    expect(inputEnvName('token')).toBe('INPUT_TOKEN');
  });

  it('creates the empty per-step files, RUNNER_TEMP and the event JSON, and points the variables at them', () => {
    const ws = workspace();
    const r = runnerFor({ workspace: ws, inputs: { 'dry-run': 'true', stage: 'release' } });
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
      const file = r.env[name]!;
      expect(file.startsWith(r.dir), name).toBe(true);
      expect(statSync(file).size, name).toBe(0);
    }
    expect(statSync(r.env.RUNNER_TEMP!).isDirectory()).toBe(true);
    expect(r.env).toMatchObject({
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: ws,
      GITHUB_REPOSITORY: 'acme/widget',
      GITHUB_REPOSITORY_OWNER: 'acme',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_RUN_ATTEMPT: '1',
      'INPUT_DRY-RUN': 'true',
      INPUT_STAGE: 'release',
    });
    expect(r.env.GITHUB_API_URL).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(r.env.RUNNER_DEBUG).toBeUndefined();
    expect(r.env.GITHUB_SHA).toBeUndefined(); // not a repository: no commit to name
    expect(JSON.parse(readFileSync(r.env.GITHUB_EVENT_PATH!, 'utf8'))).toMatchObject({ ref: 'refs/heads/main', repository: { full_name: 'acme/widget', default_branch: 'main' } });
    r.cleanup();
    expect(existsSync(r.dir)).toBe(false);
  });

  it('takes nothing from the parent environment but PATH', () => {
    const names = ['GITHUB_REPOSITORY', 'GITHUB_TOKEN', 'INPUT_STAGE'];
    const saved = Object.fromEntries(names.map((k) => [k, process.env[k]]));
    process.env.GITHUB_REPOSITORY = 'leak/leak';
    process.env.GITHUB_TOKEN = 'ghp_parent';
    process.env.INPUT_STAGE = 'leak';
    try {
      const r = runnerFor({ workspace: workspace() });
      expect(r.env.GITHUB_REPOSITORY).toBe('acme/widget');
      expect(r.env.GITHUB_TOKEN).toBeUndefined();
      expect(r.env.INPUT_STAGE).toBeUndefined();
      expect(r.env.PATH).toBe(process.env.PATH);
      expect(r.env.HOME!.startsWith(r.dir)).toBe(true);
    } finally {
      for (const k of names) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
    }
  });

  it('uses the checked-out commit as GITHUB_SHA, a push event’s after when given, and an explicit sha first', async () => {
    const repo = await createRepo({ files: { 'a.txt': 'a\n' } });
    try {
      const head = await repo.git(['rev-parse', 'HEAD']);
      expect(runnerFor({ workspace: repo.dir }).env.GITHUB_SHA).toBe(head);
      expect(runnerFor({ workspace: repo.dir, event: pushEvent({ after: 'a'.repeat(40) }) }).env.GITHUB_SHA).toBe('a'.repeat(40));
      expect(runnerFor({ workspace: repo.dir, sha: 'b'.repeat(40) }).env.GITHUB_SHA).toBe('b'.repeat(40));
    } finally {
      await repo.cleanup();
    }
  });

  it('a fork pull request: merge ref, head and base refs, fork flag in the payload, no id-token variables', () => {
    const r = runnerFor({ workspace: workspace(), event: pullRequestEvent({ number: 7, headRef: 'patch-1', headSha: 'c'.repeat(40), fork: true, labels: ['autorelease: pending'] }) });
    expect(r.env).toMatchObject({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge', GITHUB_HEAD_REF: 'patch-1', GITHUB_BASE_REF: 'main', GITHUB_SHA: 'c'.repeat(40) });
    expect(Object.keys(r.env).filter((k) => k.startsWith('ACTIONS_ID_TOKEN'))).toEqual([]);
    const payload = JSON.parse(readFileSync(r.files.event, 'utf8')) as { pull_request: { head: { repo: { fork: boolean; full_name: string } }; labels: Array<{ name: string }> } };
    expect(payload.pull_request.head.repo).toEqual({ full_name: 'contributor/widget', fork: true });
    expect(payload.pull_request.labels).toEqual([{ name: 'autorelease: pending' }]);
  });

  it('workflow_dispatch keeps inputs as strings; a re-run, debug and extra env are set on request', () => {
    const r = runnerFor({ workspace: workspace(), event: workflowDispatchEvent({ force_publish: 'true', skip_tests: 'false' }), runAttempt: '2', debug: true, env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?x=1' } });
    expect(JSON.parse(readFileSync(r.files.event, 'utf8'))).toMatchObject({ inputs: { force_publish: 'true', skip_tests: 'false' }, ref: 'refs/heads/main' });
    expect(r.env).toMatchObject({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_RUN_ATTEMPT: '2', RUNNER_DEBUG: '1', ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?x=1' });
  });

  it('a tag push names the ref type', () => {
    const r = runnerFor({ workspace: workspace(), event: pushEvent({ ref: 'refs/tags/v1.2.0' }) });
    expect(r.env).toMatchObject({ GITHUB_REF: 'refs/tags/v1.2.0', GITHUB_REF_NAME: 'v1.2.0', GITHUB_REF_TYPE: 'tag' });
  });
});
