/**
 * The uv project fixture (test/fixtures/projects/uv-project): copied for each test, never edited in
 * place, and the edits a test needs to make of its copy — a stale lock (a dependency added to
 * pyproject.toml, uv.lock left as it was), the workflow's `env:`, the directory its runs record into.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../node-run.js';

export const uvProjectFixture = join(repoRoot, 'test', 'fixtures', 'projects', 'uv-project');

/** A fresh copy of the fixture (under `parent`, default a new temporary directory); its path. */
export function copyUvProject(parent?: string): string {
  const base = parent ?? mkdtempSync(join(tmpdir(), 'uv-project-'));
  const dir = join(base, 'uv-project');
  cpSync(uvProjectFixture, dir, { recursive: true, filter: (src) => !/(__pycache__|\.venv|\.pytest_cache)$/.test(src) });
  return dir;
}

/**
 * Makes the copy's uv.lock stale the way a contributor does: `requirement` added to
 * `[project] dependencies` in pyproject.toml and uv.lock not updated. Returns uv.lock's bytes,
 * for a test to compare against afterwards.
 */
export function makeLockStale(dir: string, requirement = 'iniconfig>=1'): Buffer {
  const file = join(dir, 'pyproject.toml');
  const text = readFileSync(file, 'utf8');
  const next = text.replace(/^dependencies = \[(.*)\]$/m, (_, inner: string) => `dependencies = [${inner.trim() ? `${inner.trim()}, ` : ''}"${requirement}"]`);
  if (next === text) throw new Error(`makeLockStale: no \`dependencies = [...]\` line in ${file}`);
  writeFileSync(file, next);
  return readFileSync(join(dir, 'uv.lock'));
}

/** The env a workflow passes the fixture's tests: DEMO_SETTING, and where each run records its interpreter. */
export function workflowEnv(recordDir: string): Record<string, string> {
  mkdirSync(recordDir, { recursive: true });
  return { DEMO_SETTING: 'on', PYRELEASE_TEST_RECORD: recordDir };
}

/** The interpreters the fixture's tests really ran on, one `3.X` per recorded run. */
export function recordedVersions(recordDir: string): string[] {
  return readdirSync(recordDir)
    .filter((f) => f.startsWith('ran-'))
    .map((f) => readFileSync(join(recordDir, f), 'utf8').split('\n')[0]!)
    .sort();
}
