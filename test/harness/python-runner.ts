/**
 * A runner with several real Python versions, for tests: what actions/setup-python (with 3.9–3.13)
 * or astral-sh/setup-uv leaves on a GitHub-hosted runner, built from this machine's pyenv builds.
 *
 *   const py = runnerPythons();                 // [{ minor: '3.9', version: '3.9.18', executable }, …]
 *   PATH = `${runnerBin()}:/usr/bin:/bin`       // python3.9 … python3.13, python3/python = 3.11
 *   PYTHONPATH = debianPytestPath()             // pytest importable on each of them, without uv
 *   const uv = uvPath({ tempDir })              // env for the uv stand-in (test/harness/uv/)
 *
 * Only the harness knows about pyenv: product code finds these interpreters as it would after
 * setup-python (`python3.X` on PATH), or through uv. Known differences from a runner: /usr/bin
 * stays on PATH (node and git live there), so Debian's own python3.11 is always found behind the
 * runner's; pyenv's 3.11.7 has packages of its own in site-packages (pytest 9 among them), where
 * setup-python's interpreters have only pip — use 3.12 for a "pytest is not installed" case.
 * With CI=true anything missing throws, naming it; locally it warns loudly and the test fails.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './node-run.js';
import { findDistribution, missingDebianPytest, PYTEST_DISTRIBUTIONS, pytestPythonPath, uvRegistry, type DebianDistribution } from './uv/debian-packages.js';

export const RUNNER_MINORS = ['3.9', '3.10', '3.11', '3.12', '3.13'] as const;
export const DEFAULT_MINOR = '3.11';

export interface RunnerPython {
  minor: string;
  /** Full version, e.g. 3.10.13. */
  version: string;
  /** The pyenv build's `bin/python3.X`. */
  executable: string;
  /** The build's install directory (what a Python download unpacks to). */
  prefix: string;
}

/** Missing things: a CI run stops here naming them; a local run is told loudly and goes on to fail. */
function missing(what: string): void {
  const message = `python-runner: ${what}`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n!!! ${message} — the tests that need it will fail\n`);
}

const pyenvVersions = (): string => join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');

let found: RunnerPython[] | undefined;

/** The interpreters this machine has for 3.9–3.13 (the newest patch of each minor pyenv has). */
export function runnerPythons(minors: readonly string[] = RUNNER_MINORS): RunnerPython[] {
  if (!found) {
    let names: string[] = [];
    try {
      names = readdirSync(pyenvVersions());
    } catch {
      names = [];
    }
    found = [];
    for (const minor of RUNNER_MINORS) {
      const builds = names
        .filter((n) => n.startsWith(`${minor}.`) && /^\d+\.\d+\.\d+$/.test(n))
        .sort((a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]))
        .filter((n) => existsSync(join(pyenvVersions(), n, 'bin', `python${minor}`)));
      const best = builds[0];
      if (best) found.push({ minor, version: best, executable: join(pyenvVersions(), best, 'bin', `python${minor}`), prefix: join(pyenvVersions(), best) });
    }
  }
  const have = found.filter((p) => minors.includes(p.minor));
  const absent = minors.filter((m) => !have.some((p) => p.minor === m));
  if (absent.length > 0) missing(`no interpreter for Python ${absent.join(', ')} under ${pyenvVersions()} (the machine image's pyenv builds)`);
  return have;
}

const binRoot = join(repoRoot, '.cache', 'python-runner', 'bin');

/**
 * A directory to put first on PATH: `python3.X` for each of `minors` (default all five), plus
 * `python3` and `python` for the default 3.11 when it is among them — as setup-python leaves it.
 */
export function runnerBin(minors: readonly string[] = RUNNER_MINORS): string {
  const pythons = runnerPythons(minors);
  const dir = join(binRoot, pythons.map((p) => p.version).join('_') || 'none');
  if (existsSync(join(dir, '.complete'))) return dir;
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const p of pythons) symlinkSync(p.executable, join(tmp, `python${p.minor}`));
  const byDefault = pythons.find((p) => p.minor === DEFAULT_MINOR);
  if (byDefault) {
    symlinkSync(byDefault.executable, join(tmp, 'python3'));
    symlinkSync(byDefault.executable, join(tmp, 'python'));
  }
  writeFileSync(join(tmp, '.complete'), '');
  mkdirSync(binRoot, { recursive: true });
  try {
    renameSync(tmp, dir); // atomic; when another process won, its identical directory stays
  } catch {
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

function pytestDistributions(): DebianDistribution[] {
  const absent = missingDebianPytest();
  if (absent.length > 0) missing(`Debian's pytest set is incomplete: apt-get install ${absent.join(' ')} (node scripts/ensure-tools.mjs does)`);
  return PYTEST_DISTRIBUTIONS.map((n) => findDistribution(n)).filter((d): d is DebianDistribution => d !== undefined);
}

/** A PYTHONPATH directory that makes Debian's pytest importable on every runner interpreter. */
export function debianPytestPath(): string {
  return pytestPythonPath(pytestDistributions());
}

/** What the uv stand-in's registry holds: `name==version` lines, for test names and messages. */
export function registryContents(): string[] {
  return [...pytestDistributions().map((d) => `${d.name}==${d.version}`)];
}

export const uvStandinDir = join(repoRoot, 'test', 'harness', 'uv');

export interface UvPathOptions {
  /** The test's temporary directory: the install dir, cache and mirror go under it. */
  tempDir: string;
  /** Interpreters on PATH (default all five); the others are reachable only through a download. */
  onPath?: readonly string[];
  /** Interpreters the download source offers (default all five). */
  downloadable?: readonly string[];
  /** UV_PYTHON_DOWNLOADS; `never` makes a missing interpreter an error. */
  downloads?: 'automatic' | 'manual' | 'never';
  /** Another registry (e.g. from registryWith); default the Debian pytest set + ruff. */
  registry?: string;
}

export interface UvEnvironment {
  /** Environment variables to add to a child's environment (PATH included). */
  env: Record<string, string>;
  /** The directory with this test's `uv` and `uvx` (first on `env.PATH`). */
  bin: string;
  installDir: string;
  cacheDir: string;
  mirror: string;
  registry: string;
}

/** PATH and variables for the uv stand-in, as setup-uv plus setup-python would leave them. */
export function uvPath(opts: UvPathOptions): UvEnvironment {
  const installDir = join(opts.tempDir, 'uv-python');
  const cacheDir = join(opts.tempDir, 'uv-cache');
  const mirror = join(opts.tempDir, 'uv-python-downloads');
  mkdirSync(mirror, { recursive: true });
  for (const p of runnerPythons(opts.downloadable ?? RUNNER_MINORS)) {
    if (!existsSync(join(mirror, p.version))) symlinkSync(p.prefix, join(mirror, p.version));
  }
  const registry = opts.registry ?? uvRegistry(pytestDistributions());
  const bin = join(opts.tempDir, 'uv-bin');
  mkdirSync(bin, { recursive: true });
  // What a real uv knows without configuration — its index and its Python downloads — is baked
  // into this test's uv, so it survives a product that passes its children few variables; the
  // cache and install directories are only defaults there (uv's own are under $HOME), so the
  // UV_* variables a runner sets still win when they reach uv.
  const q = (v: string): string => `'${v.replace(/'/g, "'\\''")}'`;
  for (const program of ['uv', 'uvx']) {
    writeFileSync(
      join(bin, program),
      [
        '#!/bin/sh',
        `# The uv stand-in (${join(uvStandinDir, 'lib', 'main.mjs')}) for one test.`,
        `UVSTANDIN_REGISTRY=${q(registry)}; export UVSTANDIN_REGISTRY`,
        `UVSTANDIN_PYTHON_MIRROR=${q(mirror)}; export UVSTANDIN_PYTHON_MIRROR`,
        `: "\${UV_CACHE_DIR:=${cacheDir}}"; export UV_CACHE_DIR`,
        `: "\${UV_PYTHON_INSTALL_DIR:=${installDir}}"; export UV_PYTHON_INSTALL_DIR`,
        `exec ${q(process.execPath)} ${q(join(uvStandinDir, program))} "$@"`,
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
  }
  const env: Record<string, string> = {
    PATH: `${bin}:${runnerBin(opts.onPath ?? RUNNER_MINORS)}:/usr/bin:/bin`,
    UVSTANDIN_REGISTRY: registry,
    UVSTANDIN_PYTHON_MIRROR: mirror,
    UV_PYTHON_INSTALL_DIR: installDir,
    UV_CACHE_DIR: cacheDir,
  };
  if (opts.downloads) env.UV_PYTHON_DOWNLOADS = opts.downloads;
  return { env, bin, installDir, cacheDir, mirror, registry };
}
