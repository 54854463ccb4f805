/**
 * Runs `node dist/index.js` in a simulated Actions runner: temp GITHUB_OUTPUT / STEP_SUMMARY /
 * EVENT files, INPUT_* variables (hyphens kept, as the runner does), a clean environment,
 * and reads back outputs, summary, annotations and masks.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseOutputFile, parseWorkflowCommands, type Annotation } from './workflow-files.js';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  masks: string[];
}

export interface ActionRunOptions {
  inputs?: Record<string, string>;
  event?: { name: string; payload: unknown };
  env?: Record<string, string>;
  workspace: string;
  entry?: string;
}

export async function runAction(opts: ActionRunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'runner-'));
  const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((n) => [n, join(dir, n.toLowerCase())]));
  for (const f of Object.values(files)) writeFileSync(f, '');
  mkdirSync(join(dir, 'temp'));
  const event = opts.event ?? { name: 'push', payload: { ref: 'refs/heads/main', repository: { full_name: 'acme/widget', default_branch: 'main' } } };
  writeFileSync(join(dir, 'event.json'), JSON.stringify(event.payload));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REPOSITORY: 'acme/widget',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: 'http://127.0.0.1:9/api',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: join(dir, 'temp'),
    ...files,
    ...Object.fromEntries(Object.entries(opts.inputs ?? {}).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
    ...opts.env,
  };
  const entry = opts.entry ?? join(repoRoot, 'dist', 'index.js');
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, [entry], { cwd: opts.workspace, env, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error && typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : error ? 1 : 0;
      done({ exitCode: code, stdout, stderr });
    });
  });
  const commands = parseWorkflowCommands(stdout);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT!, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY!, 'utf8'),
    annotations: commands.annotations,
    masks: commands.masks,
  };
}
