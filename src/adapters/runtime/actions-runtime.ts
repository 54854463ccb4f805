import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import type { AnnotationProperties, Runtime } from './runtime.js';
import { withholdFromChildren } from '../process/run-process.js';
import { secretForms } from './secrets.js';

/** The Actions runtime: @actions/core writes GITHUB_OUTPUT/GITHUB_STEP_SUMMARY and workflow commands. */
export class ActionsRuntime implements Runtime {
  readonly kind = 'action' as const;
  readonly isDebug = core.isDebug();

  getInput(name: string): string {
    return core.getInput(name);
  }
  env(name: string): string | undefined {
    const v = process.env[name];
    return v === undefined || v === '' ? undefined : v;
  }
  info(message: string): void {
    core.info(message);
  }
  debug(message: string): void {
    core.debug(message);
  }
  notice(message: string, props?: AnnotationProperties): void {
    core.notice(message, props);
  }
  warning(message: string, props?: AnnotationProperties): void {
    core.warning(message, props);
  }
  error(message: string, props?: AnnotationProperties): void {
    core.error(message, props);
  }
  group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return core.group(title, fn);
  }
  setSecret(value: string): void {
    for (const form of secretForms(value)) core.setSecret(form);
    withholdFromChildren(value);
  }
  toolOutput(title: string, text: string): void {
    // Tool output is data: a line like "::set-output" or "::add-mask::" in it must stay inert.
    const token = `pyrelease-${randomUUID()}`;
    core.startGroup(title);
    process.stdout.write(`::stop-commands::${token}\n${text.endsWith('\n') || text === '' ? text : `${text}\n`}::${token}::\n`);
    core.endGroup();
  }
  setOutput(name: string, value: string): void {
    core.setOutput(name, value);
  }
  async appendSummary(markdown: string): Promise<void> {
    // Without GITHUB_STEP_SUMMARY (a local run of dist/index.js) the summary has nowhere to go.
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  }
  fail(line: string, exitCode = 1): void {
    core.setFailed(line);
    process.exitCode = exitCode;
  }
}
