/**
 * The gates' test fixture: a copy of a project (the demo package by default) with edits, and one
 * stage run in process with the real adapters, reading back outcome, outputs, summary and log.
 * PATH is the runner's: Debian's python3 with pytest, mypy and bandit, ruff through its
 * WebAssembly stand-in, plus whatever a test adds (interpreters, the uv stand-in, CodeQL).
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CliRuntime } from '../../../src/adapters/runtime/cli-runtime.js';
import { createServices } from '../../../src/services.js';
import type { Settings } from '../../../src/settings/settings.js';
import type { Services, StageDefinition } from '../../../src/stages/stage.js';
import { repoRoot } from '../../harness/node-run.js';
import { testSettings } from '../../harness/settings.js';

export const fakeTools = join(repoRoot, 'test', 'harness', 'fake-tools');
export const runnerPath = `${fakeTools}:/usr/bin:/bin`;

/** A copy of `from` (default: the demo package) with files written over it (null deletes nothing; paths may be nested). */
export function project(edit: Record<string, string> = {}, from = join(repoRoot, 'examples', 'demo-package')): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'gates-')), 'project');
  cpSync(from, dir, { recursive: true });
  for (const [p, c] of Object.entries(edit)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  return dir;
}

export interface StageRun {
  error: (Error & { code?: string }) | undefined;
  lines: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs one stage with `env` set for its duration (PATH defaults to the runner's). */
export async function runStage(stage: StageDefinition, dir: string, overrides: Partial<Settings> = {}, env: Record<string, string> = {}, services: Partial<Services> = {}): Promise<StageRun> {
  const saved = { ...process.env };
  Object.assign(process.env, { PATH: runnerPath, ...env });
  const lines: string[] = [];
  const runtime = new CliRuntime(false, (t) => lines.push(t));
  const settings = testSettings({ workingDirectory: dir, tempDir: mkdtempSync(join(tmpdir(), 'runner-temp-')), ...overrides });
  const clock = { now: () => Date.now(), sleep: async () => {}, today: () => '2026-01-01' };
  const ctx = { settings, runtime, clock, results: {}, services: { ...createServices(settings, runtime, clock), github: () => { throw new Error('no GitHub in gates'); }, ...services } };
  try {
    const outcome = await stage.run(ctx);
    return { error: undefined, lines: lines.join(''), outputs: outcome.outputs, summary: outcome.summary ?? '' };
  } catch (error) {
    return { error: error as Error, lines: lines.join(''), outputs: Object.fromEntries(runtime.outputs), summary: runtime.summary.join('') };
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}
