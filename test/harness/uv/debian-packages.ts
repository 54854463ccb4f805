/**
 * Debian's pure-Python pytest and its dependencies (/usr/lib/python3/dist-packages), laid out two
 * ways: flat, as a PYTHONPATH directory that makes pytest importable for any interpreter 3.9–3.13
 * without uv; and per package, as the uv stand-in's registry (an unpacked wheel per
 * `<registry>/<name>/<version>/`), plus ruff there as the WebAssembly stand-in. Both are copies
 * (never links into the system directory, so no interpreter writes bytecode there), built once
 * per content under .cache/ and moved into place atomically, so parallel test files share them.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { repoRoot } from '../node-run.js';

export const DIST_PACKAGES = process.env.PYRELEASE_DIST_PACKAGES ?? '/usr/lib/python3/dist-packages';

/** pytest 7 and what it imports on 3.9–3.13 (exceptiongroup and tomli below 3.11). */
export const PYTEST_DISTRIBUTIONS = ['pytest', 'pluggy', 'iniconfig', 'packaging', 'attrs', 'tomli', 'exceptiongroup'] as const;

export interface DebianDistribution {
  name: string;
  version: string;
  /** The `*.dist-info` or `*.egg-info` directory name. */
  infoDir: string;
  /** Top-level modules and packages it installs (`_pytest`, `pytest`, `py.py`). */
  entries: string[];
}

const normalize = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');

/** The distribution's info directory and top-level entries, or undefined when Debian's package is not installed. */
export function findDistribution(name: string, dir = DIST_PACKAGES): DebianDistribution | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const info = names.find((n) => {
    const m = /^(.+?)-([^-]+)\.(dist-info|egg-info)$/.exec(n);
    return m !== null && normalize(m[1]!) === normalize(name);
  });
  if (info === undefined) return undefined;
  const version = /^.+?-([^-]+)\.(?:dist-info|egg-info)$/.exec(info)![1]!;
  let entries: string[];
  if (info.endsWith('.dist-info') && existsSync(join(dir, info, 'RECORD'))) {
    const firsts = readFileSync(join(dir, info, 'RECORD'), 'utf8').split('\n').map((l) => l.split(',')[0]!.split('/')[0]!);
    entries = [...new Set(firsts)].filter((e) => e !== '' && e !== '..' && e !== info && e !== '__pycache__' && !e.endsWith('.dist-info'));
  } else {
    const top = existsSync(join(dir, info, 'top_level.txt')) ? readFileSync(join(dir, info, 'top_level.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
    entries = top.map((t) => (existsSync(join(dir, t)) ? t : `${t}.py`));
  }
  entries = entries.filter((e) => existsSync(join(dir, e)));
  return { name: normalize(name), version, infoDir: info, entries: entries.sort() };
}

/** What the pytest set needs that is not installed (Debian package names). */
export function missingDebianPytest(): string[] {
  return PYTEST_DISTRIBUTIONS.filter((n) => findDistribution(n) === undefined).map((n) => `python3-${n === 'attrs' ? 'attr' : n}`);
}

const noBytecode = (src: string): boolean => !src.endsWith('__pycache__') && !src.endsWith('.pyc');

/** Builds `dir` by `build(tmp)` unless it exists; safe when several processes race to build it. */
function buildOnce(dir: string, build: (tmp: string) => void): string {
  if (existsSync(dir)) return dir;
  mkdirSync(join(dir, '..'), { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  build(tmp);
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another process finished first: same content
  }
  return dir;
}

function contentKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
}

const cacheRoot = join(repoRoot, '.cache', 'python-runner');

/** A flat directory for PYTHONPATH holding the pytest set (what `pip install pytest` would leave in site-packages). */
export function pytestPythonPath(dists: DebianDistribution[]): string {
  return buildOnce(join(cacheRoot, `pythonpath-${contentKey(dists)}`), (tmp) => {
    mkdirSync(tmp, { recursive: true });
    for (const d of dists) {
      for (const e of [...d.entries, d.infoDir]) cpSync(join(DIST_PACKAGES, e), join(tmp, e), { recursive: true, filter: noBytecode });
    }
  });
}

export const ruffWasmVersion = (): string => (JSON.parse(readFileSync(join(repoRoot, 'node_modules', '@astral-sh', 'ruff-wasm-nodejs', 'package.json'), 'utf8')) as { version: string }).version;

/** The uv stand-in's registry: the pytest set and ruff (the WebAssembly stand-in); `registryWith` adds local packages. */
export function uvRegistry(dists: DebianDistribution[]): string {
  const ruff = ruffWasmVersion();
  return buildOnce(join(cacheRoot, `registry-${contentKey([dists, ruff, process.execPath])}`), (tmp) => {
    for (const d of dists) {
      const dest = join(tmp, d.name, d.version);
      mkdirSync(dest, { recursive: true });
      for (const e of [...d.entries, d.infoDir]) cpSync(join(DIST_PACKAGES, e), join(dest, e), { recursive: true, filter: noBytecode });
    }
    // ruff's wheel ships a binary in <name>.data/scripts; here it runs the WebAssembly stand-in.
    const ruffDir = join(tmp, 'ruff', ruff);
    mkdirSync(join(ruffDir, `ruff-${ruff}.dist-info`), { recursive: true });
    mkdirSync(join(ruffDir, `ruff-${ruff}.data`, 'scripts'), { recursive: true });
    writeFileSync(join(ruffDir, `ruff-${ruff}.dist-info`, 'METADATA'), `Metadata-Version: 2.1\nName: ruff\nVersion: ${ruff}\nRequires-Python: >=3.7\n`);
    const script = join(repoRoot, 'test', 'harness', 'fake-tools', 'ruff');
    writeFileSync(join(ruffDir, `ruff-${ruff}.data`, 'scripts', 'ruff'), `#!/bin/sh\nexec "${process.execPath}" "${script}" "$@"\n`, { mode: 0o755 });
  });
}

/** Adds a local package (an unpacked-wheel directory: modules + one dist-info) to a copy of the registry. */
export function registryWith(base: string, dest: string, packages: Array<{ name: string; version: string; files: Record<string, string>; requires?: string[] }>): string {
  cpSync(base, dest, { recursive: true });
  for (const p of packages) {
    const dir = join(dest, normalize(p.name), p.version);
    const info = join(dir, `${p.name.replace(/-/g, '_')}-${p.version}.dist-info`);
    mkdirSync(info, { recursive: true });
    const requires = (p.requires ?? []).map((r) => `Requires-Dist: ${r}\n`).join('');
    writeFileSync(join(info, 'METADATA'), `Metadata-Version: 2.1\nName: ${p.name}\nVersion: ${p.version}\n${requires}`);
    for (const [path, text] of Object.entries(p.files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  }
  return dest;
}
