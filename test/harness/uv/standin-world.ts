/**
 * A test's world for the uv stand-in: a fresh copy of the uv project fixture and the stand-in's
 * environment (setup-uv + setup-python, python-runner.ts) in one temporary directory, removed
 * when the test file ends; `run`/`uvx` spawn this test's uv with an argument array.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runnerPythons, uvPath, type UvEnvironment, type UvPathOptions } from '../python-runner.js';
import { copyUvProject } from './fixture-project.js';

export interface UvRun {
  code: number;
  stdout: string;
  stderr: string;
}

type Extra = { cwd?: string; env?: Record<string, string> };

export interface UvWorld {
  root: string;
  project: string;
  uv: UvEnvironment;
  run(args: string[], extra?: Extra): Promise<UvRun>;
  uvx(args: string[], extra?: Extra): Promise<UvRun>;
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** The full version this machine has for a minor (`3.10` → `3.10.13`). */
export const fullVersion = (minor: string): string => runnerPythons([minor])[0]?.version ?? `${minor}.?`;

export function uvWorld(opts: Omit<UvPathOptions, 'tempDir'> = {}): UvWorld {
  const root = mkdtempSync(join(tmpdir(), 'uv-standin-'));
  temps.push(root);
  const project = copyUvProject(root);
  const uv = uvPath({ tempDir: root, ...opts });
  const home = join(root, 'home');
  mkdirSync(home);
  const base = { HOME: home, LANG: 'C.UTF-8', PYTHONDONTWRITEBYTECODE: '1', ...uv.env };
  const exec = (program: 'uv' | 'uvx', args: string[], extra: Extra = {}): Promise<UvRun> =>
    new Promise((done) => {
      execFile(join(uv.bin, program), args, { cwd: extra.cwd ?? project, env: { ...base, ...extra.env }, timeout: 120_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      });
    });
  return { root, project, uv, run: (args, extra) => exec('uv', args, extra), uvx: (args, extra) => exec('uvx', args, extra) };
}
