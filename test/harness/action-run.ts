/**
 * Runs the built action (`node dist/index.js`) as a runner would, in a simulated runner
 * (runner-env.ts), and reads back what it left: exit code, outputs, summary, annotations, masks.
 * Outcomes come from the files and stdout, never from mocks (style.md §3).
 */
import { isAbsolute, resolve } from 'node:path';
import { repoRoot, runNode } from './node-run.js';
import { createRunnerEnv, type RunnerEnv, type RunnerEnvOptions } from './runner-env.js';
import { parseWorkflowCommands, type Annotation } from './workflow-files.js';

export { runCli, type CliRun, type CliRunOptions } from './cli-run.js';
export type { Annotation } from './workflow-files.js';
export { repoRoot, runNode, type ProcessResult } from './node-run.js';

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  masks: string[];
  /** `::group::` titles in order. */
  groups: string[];
  /** The runner directory (RUNNER_TEMP is `runner.tempDir`), left for the test to inspect. */
  runner: RunnerEnv;
}

export interface ActionRunOptions extends Omit<RunnerEnvOptions, 'workspace'> {
  /** The directory the step runs in; also GITHUB_WORKSPACE unless `workspace` is given. */
  cwd?: string;
  /** GITHUB_WORKSPACE; defaults to `cwd`. One of the two is required. */
  workspace?: string;
  /** Script to run, relative to the project root or absolute. Default `dist/index.js`. */
  entry?: string;
  /** Kill the action after this long (default 5 minutes) and report exit code 124. */
  timeoutMs?: number;
  /** Aborting kills the action at once (SIGKILL), reported as exit code 137. */
  signal?: AbortSignal;
}

export async function runAction(opts: ActionRunOptions): Promise<ActionRun> {
  const workspace = opts.workspace ?? opts.cwd;
  if (workspace === undefined) throw new Error('runAction: give cwd (or workspace)');
  const runner = createRunnerEnv({ ...opts, workspace });
  const entry = opts.entry ?? 'dist/index.js';
  const result = await runNode([isAbsolute(entry) ? entry : resolve(repoRoot, entry)], { cwd: opts.cwd ?? workspace, env: runner.env, timeoutMs: opts.timeoutMs, signal: opts.signal });
  const commands = parseWorkflowCommands(result.stdout);
  return {
    ...result,
    outputs: runner.readOutputs(),
    summary: runner.readSummary(),
    annotations: commands.annotations,
    masks: commands.masks,
    groups: commands.groups,
    runner,
  };
}
