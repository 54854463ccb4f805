/**
 * Responsible for running CodeQL when its CLI is on the runner: one Python database, the
 * standard Python queries, SARIF out. github/codeql-action/init does not put `codeql` on PATH:
 * it gives the binary as its `codeql-path` output and leaves it in the tool cache
 * (`$RUNNER_TOOL_CACHE/CodeQL/<version>/<arch>/codeql/codeql`), so those are where it is looked
 * for: the codeql-path input, PATH, then the tool cache. Never blocks; absent or failing, it says why.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runProcess } from '../process/run-process.js';

export type CodeqlRun = { ran: false; reason: string } | { ran: true; sarifFile: string; results: number; durationMs: number; cli: string };

export interface CodeqlOptions {
  dir: string;
  tempDir: string;
  /** The codeql-path input ("" when unset). */
  codeqlPath: string;
  toolCache?: string;
}

const TIMEOUT_MS = 60 * 60_000;
const EXE = process.platform === 'win32' ? 'codeql.exe' : 'codeql';

export async function runCodeql(o: CodeqlOptions): Promise<CodeqlRun> {
  const cli = await findCli(o);
  if (!cli) return { ran: false, reason: 'not run: no CodeQL CLI here — pass codeql-path: ${{ steps.codeql.outputs.codeql-path }} from a github/codeql-action/init step with id codeql (or put codeql on PATH)' };
  const started = Date.now();
  const work = join(o.tempDir, 'pyrelease-codeql');
  mkdirSync(work, { recursive: true });
  const db = join(work, 'db');
  const create = await runProcess(cli, ['database', 'create', db, '--language=python', `--source-root=${o.dir}`, '--overwrite'], { cwd: o.dir, timeoutMs: TIMEOUT_MS });
  if (create.exitCode !== 0) return { ran: false, reason: `codeql database create failed: ${lastLine(create.stderr)}` };
  const sarifFile = join(work, 'codeql.sarif');
  const analyze = await runProcess(cli, ['database', 'analyze', db, '--format=sarif-latest', `--output=${sarifFile}`, 'codeql/python-queries'], { cwd: o.dir, timeoutMs: TIMEOUT_MS });
  if (analyze.exitCode !== 0) return { ran: false, reason: `codeql database analyze failed: ${lastLine(analyze.stderr)}` };
  let results = 0;
  try {
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { runs?: Array<{ results?: unknown[] }> };
    results = (sarif.runs ?? []).reduce((n, r) => n + (r.results?.length ?? 0), 0);
  } catch {
    return { ran: false, reason: 'codeql wrote no readable SARIF' };
  }
  return { ran: true, sarifFile, results, durationMs: Date.now() - started, cli };
}

async function findCli(o: CodeqlOptions): Promise<string | undefined> {
  const candidates = [...(o.codeqlPath ? [o.codeqlPath] : []), 'codeql', ...toolCacheClis(o.toolCache)];
  for (const c of candidates) {
    const r = await runProcess(c, ['version', '--format=terse'], { cwd: o.dir, timeoutMs: 30_000 }).catch(() => undefined);
    if (r?.exitCode === 0) return c;
  }
  return undefined;
}

/** Newest first: codeql-action may leave several bundles. */
function toolCacheClis(toolCache: string | undefined): string[] {
  const root = toolCache === undefined ? undefined : join(toolCache, 'CodeQL');
  if (root === undefined || !existsSync(root)) return [];
  const versions = readdirSync(root).sort((a, b) => b.localeCompare(a, undefined, { numeric: true }));
  return versions.flatMap((v) => ['x64', 'arm64'].map((arch) => join(root, v, arch, 'codeql', EXE))).filter((p) => existsSync(p));
}

function lastLine(text: string): string {
  return text.trim().split(/\r?\n/).slice(-1)[0] ?? '';
}
