/**
 * The demo package built once per test file with the machine's real build backend (a copy,
 * never in place): wheel and sdist bytes for the tests that read, check or upload them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoPackageDir } from './git-repo.js';
import { pythonWithTools } from './tools.js';

export interface BuiltDemo {
  dir: string;
  wheel: string;
  sdist: string;
}

let cached: BuiltDemo | undefined;

/** Builds examples/demo-package at `version` (default its own). Throws when the tools are missing: gate with missingTools first. */
export function buildDemo(version?: string): BuiltDemo {
  if (cached && !version) return cached;
  const built = buildDemoWith({}, version);
  if (!version) cached = built;
  return built;
}

/** Builds a copy of the demo package with some files replaced (other bytes, same name and version). */
export function buildDemoWith(files: Record<string, string>, version?: string): BuiltDemo {
  const root = mkdtempSync(join(tmpdir(), 'built-demo-'));
  const src = join(root, 'src');
  cpSync(demoPackageDir, src, { recursive: true });
  for (const [path, content] of Object.entries(files)) writeFileSync(join(src, path), content);
  if (version) {
    const pyproject = join(src, 'pyproject.toml');
    writeFileSync(pyproject, readFileSync(pyproject, 'utf8').replace(/^version = ".*"$/m, `version = "${version}"`));
  }
  const out = join(root, 'dist');
  execFileSync(pythonWithTools() ?? 'python3', ['-m', 'build', '--no-isolation', '--skip-dependency-check', '--outdir', out], {
    cwd: src,
    env: { PATH: '/usr/bin:/bin', HOME: root, PYTHONDONTWRITEBYTECODE: '1', SOURCE_DATE_EPOCH: '1767225600' },
    stdio: 'pipe',
  });
  const names = readdirSync(out);
  return { dir: out, wheel: join(out, names.find((f) => f.endsWith('.whl'))!), sdist: join(out, names.find((f) => f.endsWith('.tar.gz'))!) };
}
