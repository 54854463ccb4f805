/**
 * Each entry loads only what its command or stages need (issue #21), observed from outside: the
 * built entries run under a Node module hook (node:module register, the documented loader API)
 * that records every file Node loads, and the files under dist/ are searched for code that only
 * Sigstore signing (`class FulcioSigner`, @sigstore/sign), Octokit (`octokit-core.js`, its user
 * agent), pyrelease's PyPI client (the simple API's Accept header) and the extra-files format
 * libraries (yaml's `class YAMLParseError`, bundled with xpath, xmldom and jsonpath-plus) contain.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, type GitRepo } from '../harness/git-repo.js';
import { repoRoot, runNode } from '../harness/node-run.js';

const MARKERS = { sigstore: 'class FulcioSigner', octokit: 'octokit-core.js', pypi: 'application/vnd.pypi.simple.v1+json', formats: 'class YAMLParseError' };
const tmp = mkdtempSync(join(tmpdir(), 'pyrelease-lazy-'));
const log = join(tmp, 'loaded.txt');
const hooks = join(tmp, 'hooks.mjs');
writeFileSync(hooks, `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + '\\n');\n  return next(url, context);\n}\n`);
const register = `data:text/javascript,import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(hooks).href)});`;
const repos: GitRepo[] = [];
afterAll(async () => {
  await Promise.all(repos.map((r) => r.cleanup()));
  rmSync(tmp, { recursive: true, force: true });
});

/** The files under dist/ one run of `entry` loaded. */
async function loadedBy(entry: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ files: string[]; run: { exitCode: number; stdout: string; stderr: string } }> {
  writeFileSync(log, '');
  const run = await runNode(['--import', register, join(repoRoot, 'dist', entry), ...args], { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmp, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env } });
  const dist = join(repoRoot, 'dist');
  const files = [...new Set(readFileSync(log, 'utf8').split('\n').filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u)))].filter((f) => f.startsWith(dist));
  return { files: files.map((f) => f.slice(dist.length + 1)), run };
}

function markersIn(files: string[]): string[] {
  const code = files.map((f) => readFileSync(join(repoRoot, 'dist', f), 'utf8')).join('\n');
  return Object.entries(MARKERS).filter(([, m]) => code.includes(m)).map(([name]) => name);
}

describe('each entry loads only what it needs', () => {
  it('pyrelease --help loads dist/cli.js alone', async () => {
    const { files, run } = await loadedBy('cli.js', ['--help'], tmp);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('usage: pyrelease');
    expect(files).toEqual(['cli.js']);
  });

  it('pyrelease --help and --version load no settings parser and no process code (their messages are nowhere in what they load)', async () => {
    for (const [args, expected] of [[['--help'], 'usage: pyrelease'], [['--version'], '.']] as const) {
      const { files, run } = await loadedBy('cli.js', [...args], tmp);
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toContain(expected);
      const code = files.map((f) => readFileSync(join(repoRoot, 'dist', f), 'utf8')).join('\n');
      // from-argv.ts's --date refusal and run-process.ts's missing-program error.
      expect(code).not.toContain('--date must be YYYY-MM-DD');
      expect(code).not.toContain('is not installed or not on PATH');
    }
  });

  it('pyrelease plan (no token) plans without loading Sigstore, Octokit, the PyPI client or the format updaters', async () => {
    const repo = await createRepo({ files: { '.release-please-config.json': '{"packages": {".": {"release-type": "python"}}}\n', '.release-please-manifest.json': '{".": "1.0.0"}\n', 'pyproject.toml': '[project]\nname = "lazy"\nversion = "1.0.0"\n' }, message: 'chore: init' });
    repos.push(repo);
    await repo.tag('v1.0.0');
    await repo.commit('feat: a feature', { files: { 'lazy.py': 'x = 1\n' } });
    const { files, run } = await loadedBy('cli.js', ['plan', '--json', '--date', '2026-01-01'], repo.dir, { ...repo.env, GITHUB_REPOSITORY: 'acme/lazy' });
    expect(run.exitCode, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { version: string }).version).toBe('1.1.0');
    expect(files.length).toBeGreaterThan(0);
    expect(markersIn(files)).toEqual([]);
  });

  it('pyrelease plan loads the YAML/XML/JSONPath updaters only for a config whose extra-files need them', async () => {
    const repo = await createRepo({ files: { '.release-please-config.json': '{"packages": {".": {"release-type": "python", "extra-files": ["chart.yaml"]}}}\n', '.release-please-manifest.json': '{".": "1.0.0"}\n', 'pyproject.toml': '[project]\nname = "lazy"\nversion = "1.0.0"\n', 'chart.yaml': 'name: lazy\nversion: 1.0.0\n' }, message: 'chore: init' });
    repos.push(repo);
    await repo.tag('v1.0.0');
    await repo.commit('feat: a feature', { files: { 'lazy.py': 'x = 1\n' } });
    const { files, run } = await loadedBy('cli.js', ['plan', '--json', '--date', '2026-01-01'], repo.dir, { ...repo.env, GITHUB_REPOSITORY: 'acme/lazy' });
    expect(run.exitCode, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { files: Record<string, string> }).files['chart.yaml']).toBe('name: lazy\nversion: 1.1.0\n');
    expect(markersIn(files)).toEqual(['formats']);
  });

  it('node dist/index.js reports a missing config before loading any stage, Octokit or Sigstore', async () => {
    // A checkout (a file in it) without a release-please config: the config check is the first to fail.
    const empty = mkdtempSync(join(tmp, 'no-config-'));
    writeFileSync(join(empty, 'README.md'), '# a project with no release-please config\n');
    const { files, run } = await loadedBy('index.js', [], empty);
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('[CONFIG_MISSING]');
    expect(markersIn(files)).toEqual([]);
  });

  it('the markers are real: a run that signs and publishes loads them', () => {
    // Every chunk of the action together holds all three; without this the test above could pass on a rename.
    const all = readFileSync(join(repoRoot, 'dist', 'index.js'), 'utf8') + readdirChunks().map((f) => readFileSync(join(repoRoot, 'dist', f), 'utf8')).join('');
    expect(Object.entries(MARKERS).filter(([, m]) => !all.includes(m))).toEqual([]);
  });
});

function readdirChunks(): string[] {
  const dir = join(repoRoot, 'dist', 'chunks');
  return existsSync(dir) ? readdirSync(dir).map((f) => join('chunks', f)) : [];
}
