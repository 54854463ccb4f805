/**
 * runAction end to end against a stand-in action that uses the real @actions/core: what the toolkit
 * writes must come back as outputs, summary, annotations and masks.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, runCli } from './action-run.js';
import { workflowDispatchEvent } from './runner-env.js';
import { findSecretLeaks } from './workflow-files.js';

const entry = 'test/harness/fake-action/index.mjs';
const TOKEN = 'ghs_harnessTestToken0123456789';
const workspace = () => mkdtempSync(join(tmpdir(), 'ws-'));

describe('runAction', () => {
  it('reads back outputs in heredoc form, state, env, path, summary, annotations, masks and groups', async () => {
    const run = await runAction({ entry, cwd: workspace(), inputs: { token: TOKEN, 'dry-run': 'true', 'python versions': '3.11 3.12' } });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.outputs).toEqual({
      dry_run: 'true',
      python_versions: '3.11 3.12',
      pr: JSON.stringify({ number: 12, title: 'chore(main): release 1.2.0', body: 'line one\nline=two\n\nafter a blank' }),
      event_name: 'push',
      force_publish: '',
      env_seen: expect.any(String) as unknown as string,
      sha: '',
      empty: '',
    });
    // @actions/core writes only heredocs; the raw file proves the parser read that form.
    expect(readFileSync(run.runner.files.output, 'utf8')).toMatch(/^dry_run<<ghadelimiter_[0-9a-f-]+$/m);
    expect(run.runner.readState()).toEqual({ started: 'yes' });
    expect(run.runner.readEnvFile()).toEqual({ PYRELEASE_SEEN: 'a=b' });
    expect(run.runner.readPath()).toEqual(['/opt/fake/bin']);
    expect(run.summary).toBe('<h2>pyrelease</h2>\n| stage | result |\n|---|---|\n| quality | ✅ |\n');
    expect(run.annotations).toEqual([
      expect.objectContaining({ level: 'error', message: 'Line too long: 120 > 100, see a:b', file: 'src/demo_pkg/text.py', line: 3, endLine: 3, col: 5, endColumn: 9, title: 'ruff E501, line-length' }),
      expect.objectContaining({ level: 'warning', message: '100% done\nsecond line' }),
      expect.objectContaining({ level: 'notice', message: 'plain' }),
    ]);
    expect(run.masks).toEqual([TOKEN]);
    expect(run.groups).toEqual(['quality']);
    expect(findSecretLeaks(run, [TOKEN])).toEqual([]);
  });

  it('gives the action a clean environment: the parent’s GITHUB_* and INPUT_* never reach it', async () => {
    process.env.GITHUB_RUN_ID = 'parent-run';
    process.env.LEAK_CANARY = 'x';
    process.env['INPUT_DRY-RUN'] = 'false';
    try {
      const run = await runAction({ entry, cwd: workspace(), inputs: { token: TOKEN, 'dry-run': 'true' } });
      const seen = JSON.parse(run.outputs.env_seen!) as string[];
      expect(seen).not.toContain('LEAK_CANARY');
      expect(seen).toContain('INPUT_DRY-RUN');
      expect(seen).toContain('GITHUB_STEP_SUMMARY');
      expect(run.outputs.dry_run).toBe('true');
    } finally {
      delete process.env.GITHUB_RUN_ID;
      delete process.env.LEAK_CANARY;
      delete process.env['INPUT_DRY-RUN'];
    }
  });

  it('reports a failed step: exit code 1 and the error annotation', async () => {
    const run = await runAction({ entry, cwd: workspace(), inputs: { token: TOKEN, 'dry-run': 'false', fail: 'true' }, event: workflowDispatchEvent({ force_publish: 'true' }) });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ dry_run: 'false', event_name: 'workflow_dispatch', force_publish: 'true' });
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual(['Line too long: 120 > 100, see a:b', 'quality gates failed']);
  });

  it('shows an invalid boolean input the way @actions/core refuses it', async () => {
    const run = await runAction({ entry, cwd: workspace(), inputs: { token: TOKEN, 'dry-run': 'yes' } });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/Input does not meet YAML 1\.2 "Core Schema" specification: dry-run/);
  });

  it('flags a secret printed before its mask', async () => {
    const dir = workspace();
    const leaky = join(dir, 'leaky.mjs');
    writeFileSync(leaky, `console.log('token=${TOKEN}');\nconsole.log('::add-mask::${TOKEN}');\n`);
    const run = await runAction({ entry: leaky, cwd: dir });
    expect(findSecretLeaks(run, [TOKEN])).toEqual([{ secret: TOKEN, where: 'stdout' }]);
  });

  it('kills an action that outlives its timeout and reports 124', async () => {
    const dir = workspace();
    const hang = join(dir, 'hang.mjs');
    writeFileSync(hang, 'setInterval(() => {}, 1000);\n');
    const run = await runAction({ entry: hang, cwd: dir, timeoutMs: 300 });
    expect(run.exitCode).toBe(124);
  });
});

describe('runCli', () => {
  it('runs dist/cli.js in the given directory with the given environment', async () => {
    const run = await runCli(['--version'], { cwd: workspace(), env: { NO_COLOR: '1' } });
    expect(run.exitCode).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('still accepts the environment as the second argument', async () => {
    const run = await runCli(['--version'], { NO_COLOR: '1' });
    expect(run.exitCode).toBe(0);
  });
});
