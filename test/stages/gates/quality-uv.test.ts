/**
 * The gates of a uv project, through the uv stand-in (test/harness/uv/), which behaves as uv
 * does: one project environment (.venv, or UV_PROJECT_ENVIRONMENT) re-created when another
 * interpreter is asked for, `--locked`, `uvx tool@version`, interpreter downloads; on real venvs
 * and pyenv's real interpreters. The fixture's tests record the interpreter they really ran on,
 * read DEMO_SETTING from the workflow's env, and import a dependency late, so a run whose
 * environment was replaced under it fails as it would on a runner.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qualityStage } from '../../../src/stages/quality.js';
import { securityStage } from '../../../src/stages/security.js';
import { uvPath } from '../../harness/python-runner.js';
import { copyUvProject, makeLockStale, recordedVersions, workflowEnv } from '../../harness/uv/fixture-project.js';
import { fakeTools, runStage } from './fixture.js';

function uvRunner(opts: Omit<Parameters<typeof uvPath>[0], 'tempDir'> = {}) {
  const tempDir = mkdtempSync(join(tmpdir(), 'uv-runner-'));
  const uv = uvPath({ tempDir, ...opts });
  const record = join(tempDir, 'record');
  return { env: { ...uv.env, PATH: `${uv.env.PATH}:${fakeTools}`, ...workflowEnv(record) }, record };
}

describe('stage: quality on a uv project', () => {
  it('pytest on 3.9, 3.10 and 3.11 at once: each in its own environment, each on its own interpreter', async () => {
    const { env, record } = uvRunner();
    const dir = copyUvProject();
    const r = await runStage(qualityStage, dir, { pythonVersions: ['3.9', '3.10', '3.11'] }, env);
    expect(r.error).toBeUndefined();
    expect(recordedVersions(record)).toEqual(['3.10', '3.11', '3.9']);
    expect(r.outputs).toMatchObject({ pytest: 'passed', tests_passed: '9', tests_failed: '0' });
    const envs = ['3.9', '3.10', '3.11'].map((v) => new RegExp(`- pytest \\(Python ${v.replace('.', '\\.')}\\): uv environment (\\S+pyrelease-uv\\S+py${v.replace('.', '\\.')}), Python ${v.replace('.', '\\.')}\\.\\d+`).exec(r.summary)?.[1]);
    expect(envs.every((e) => e !== undefined)).toBe(true);
    expect(new Set(envs).size).toBe(3);
    expect(r.summary).toContain('one environment per Python version, synced with uv sync --locked');
  });

  it('a stale uv.lock is the project\'s error: one line, and uv.lock is left byte for byte', async () => {
    const { env } = uvRunner();
    const dir = copyUvProject();
    const before = makeLockStale(dir);
    const r = await runStage(qualityStage, dir, { pythonVersions: ['3.11'] }, env);
    expect(r.error).toMatchObject({ code: 'GATE_UV_LOCK_STALE', message: 'uv.lock is out of date with pyproject.toml (uv sync --locked refused it)' });
    expect(readFileSync(join(dir, 'uv.lock'))).toEqual(before);
  });

  it('ruff is the release the project locks, and the summary says which ran and why', async () => {
    const { env } = uvRunner();
    const dir = copyUvProject();
    writeFileSync(join(dir, 'pyproject.toml'), readFileSync(join(dir, 'pyproject.toml'), 'utf8').replace('dev = ["pytest>=7", "slowdep"]', 'dev = ["pytest>=7", "slowdep", "ruff==0.17.4"]'));
    const lock = spawnSync('uv', ['lock'], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(lock.status, lock.stderr).toBe(0);
    const r = await runStage(qualityStage, dir, { pythonVersions: ['3.11'], ruffVersion: '0.6.9' }, env);
    expect(r.outputs).toMatchObject({ ruff_format: 'passed', ruff_lint: 'passed' });
    expect(r.summary).toContain("- ruff-format: ruff 0.17.4, the project's own (locked in uv.lock)");
  });

  it('a version not on the runner is fetched by uv; with downloads off it fails the stage', async () => {
    const fetched = uvRunner({ onPath: ['3.11'], downloadable: ['3.11', '3.12'] });
    const ok = await runStage(qualityStage, copyUvProject(), { pythonVersions: ['3.12'] }, fetched.env);
    expect(ok.error).toBeUndefined();
    expect(recordedVersions(fetched.record)).toEqual(['3.12']);
    const never = uvRunner({ onPath: ['3.11'], downloads: 'never' });
    const failed = await runStage(qualityStage, copyUvProject(), { pythonVersions: ['3.12'] }, never.env);
    expect(failed.error?.message).toMatch(/pytest \(Python 3\.12\): uv found no Python 3\.12 and could not fetch it/);
  });

  it('a uv project on a runner without uv fails every gate with the step to add', async () => {
    const r = await runStage(qualityStage, copyUvProject(), { pythonVersions: ['3.11'] }, { PATH: `${fakeTools}:/usr/bin:/bin` });
    expect(r.error?.message).toMatch(/^quality gates failed: ruff-format: the project uses uv \(uv\.lock\) but uv is not on PATH — fix: add - uses: astral-sh\/setup-uv@v6 before this step/);
    expect(r.outputs).toMatchObject({ ruff_format: 'failed', pytest: 'failed' });
  });
});

describe('stage: security on a uv project', () => {
  it('bandit runs as a uv tool at the requested release, not from the project environment', async () => {
    const { env } = uvRunner();
    const r = await runStage(securityStage, copyUvProject(), { banditVersion: '1.6.2' }, env);
    expect(r.error).toBeUndefined();
    expect(r.summary).toContain('- bandit: bandit 1.6.2, from the bandit-version input');
  });

  it('a bandit release uvx cannot get says so, and what to do', async () => {
    const { env } = uvRunner();
    const r = await runStage(securityStage, copyUvProject(), {}, env);
    expect(r.error).toMatchObject({ code: 'GATE_TOOL_MISSING' });
    expect(r.error!.message).toMatch(/^uvx bandit@1\.9\.4 could not run bandit: /);
  });
});
