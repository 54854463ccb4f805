/**
 * Runs release-please 17.11.2 itself (../shared/oracle, installed into .cache/oracle by
 * scripts/ensure-oracle.mjs) as the judge for differential tests. Test-only.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { skipWhenMissing } from './skip.js';

const run = promisify(execFile);
export const oracleDir = resolve(import.meta.dirname, '..', '..', '.cache', 'oracle');
export const oracleAvailable = existsSync(join(oracleDir, 'node_modules', 'release-please'));
export const oracleExamples = join(oracleDir, 'examples', 'cases.json');

const oracleInstall = `the release-please oracle is not installed in ${oracleDir}: run node scripts/ensure-oracle.mjs (it copies ../shared/oracle, or $PYRELEASE_ORACLE_SOURCE, and runs npm ci there)`;

/** For a differential suite: true when it must skip (printed); with CI=true a missing oracle fails naming it (./skip.ts). */
export function skipWithoutOracle(): boolean {
  return skipWhenMissing(oracleAvailable ? [] : ['the release-please oracle'], oracleInstall);
}

/** For tests that must not skip: fails naming what is missing and how to install it. */
export function requireOracle(): void {
  if (!oracleAvailable) throw new Error(oracleInstall);
}

/** What the oracle prints for one plan (see ../shared/oracle/README.md "Output"). */
export interface OracleResult {
  name?: string;
  error?: string;
  version: string | null;
  tag: string | null;
  title: string | null;
  body: string | null;
  changelogEntry: string | null;
  files: Record<string, string>;
  commitShas?: string[];
  baseSha?: string;
  previousReleases?: Record<string, { version: string; tag: string; sha: string | null }>;
  pullRequests?: Array<{ title: string; headBranch: string; labels: string[]; draft: boolean; version: string; body: string; releases: Array<{ path: string; component: string; version: string | null; tag: string | null; changelogEntry: string | null }>; files: Array<{ path: string; content: string; created: boolean }> }>;
  commitsScanned?: number;
}

/** One synthetic case, as oracle.mjs --commits takes it (commits oldest first). */
export interface OracleCase {
  name?: string;
  date?: string;
  owner?: string;
  repo?: string;
  branch?: string;
  config?: unknown;
  manifest?: Record<string, string>;
  files?: Record<string, string>;
  tagPreviousRelease?: boolean;
  commits: Array<string | { message: string; files?: string[]; sha?: string; author?: { name: string; email?: string; username?: string }; pullRequest?: { number: number; body?: string } }>;
}

async function oracle(args: string[]): Promise<unknown> {
  requireOracle();
  const { stdout } = await run(process.execPath, [join(oracleDir, 'oracle.mjs'), ...args], {
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, TZ: 'UTC' },
  });
  return JSON.parse(stdout) as unknown;
}

/** Plans many synthetic cases in one oracle start-up. */
export async function runOracleCases(cases: OracleCase[], extraArgs: string[] = []): Promise<OracleResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'oracle-cases-'));
  const file = join(dir, 'cases.json');
  writeFileSync(file, JSON.stringify({ cases }));
  const out = (await oracle(['--commits', file, '--compact', ...extraArgs])) as { results: OracleResult[] };
  return out.results;
}

/** Writes each case as a real git repository under outDir/<i> and returns the plans. */
export async function emitOracleRepos(casesFile: string, outDir: string): Promise<OracleResult[]> {
  const out = (await oracle(['--commits', casesFile, '--compact', '--emit-repo', outDir])) as { results: OracleResult[] };
  return out.results;
}

/** Plans a real repository (see the oracle README for the flags). */
export async function runOracleRepo(args: string[]): Promise<OracleResult> {
  return (await oracle(['--compact', ...args])) as OracleResult;
}

/** release-please-action v4's config for Manifest.fromConfig (its index.ts): the manifest-less inputs, camelCased. */
export interface FromConfigCase {
  repo: string;
  config: { releaseType: string; includeComponentInTag?: boolean; versioning?: string; releaseAs?: string };
  path?: string;
}

/** Plans each repository with Manifest.fromConfig (./oracle-from-config.mjs), in one oracle start-up. */
export async function runOracleFromConfig(cases: FromConfigCase[], date: string): Promise<Array<OracleResult & { releasedVersions?: Record<string, string> }>> {
  requireOracle();
  const { stdout } = await run(process.execPath, [join(import.meta.dirname, 'oracle-from-config.mjs'), oracleDir, date, JSON.stringify(cases)], { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, TZ: 'UTC' } });
  return JSON.parse(stdout) as Array<OracleResult & { releasedVersions?: Record<string, string> }>;
}
