/**
 * Responsible for running CodeQL when its CLI is on the runner: one Python database, the
 * standard Python queries, SARIF out. Never blocks; absent or failing, it says why.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../process/run-process.js';

export type CodeqlRun = { ran: false; reason: string } | { ran: true; sarifFile: string; results: number; durationMs: number };

const TIMEOUT_MS = 60 * 60_000;

export async function runCodeql(dir: string, tempDir: string): Promise<CodeqlRun> {
  const version = await runProcess('codeql', ['--version'], { cwd: dir, timeoutMs: 30_000 }).catch(() => undefined);
  if (!version || version.exitCode !== 0) return { ran: false, reason: 'not run: the codeql CLI is not on PATH (github/codeql-action/init installs it; pyrelease then runs it here)' };
  const started = Date.now();
  const work = join(tempDir, 'pyrelease-codeql');
  mkdirSync(work, { recursive: true });
  const db = join(work, 'db');
  const create = await runProcess('codeql', ['database', 'create', db, '--language=python', `--source-root=${dir}`, '--overwrite'], { cwd: dir, timeoutMs: TIMEOUT_MS });
  if (create.exitCode !== 0) return { ran: false, reason: `codeql database create failed: ${create.stderr.trim().split('\n').slice(-1)[0] ?? ''}` };
  const sarifFile = join(work, 'codeql.sarif');
  const analyze = await runProcess('codeql', ['database', 'analyze', db, '--format=sarif-latest', `--output=${sarifFile}`, 'codeql/python-queries'], { cwd: dir, timeoutMs: TIMEOUT_MS });
  if (analyze.exitCode !== 0) return { ran: false, reason: `codeql database analyze failed: ${analyze.stderr.trim().split('\n').slice(-1)[0] ?? ''}` };
  let results = 0;
  try {
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { runs?: Array<{ results?: unknown[] }> };
    results = (sarif.runs ?? []).reduce((n, r) => n + (r.results?.length ?? 0), 0);
  } catch {
    return { ran: false, reason: 'codeql wrote no readable SARIF' };
  }
  return { ran: true, sarifFile, results, durationMs: Date.now() - started };
}
