// Makes a fresh machine able to run the tests: the Python tools from Debian's packages when
// an interpreter lacks them, and the release-please oracle. Writes .cache/tools.json, which
// test/harness/tools.ts reads so a test whose tool is absent is skipped with the reason.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureOracle } from './ensure-oracle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const modules = { pytest: 'pytest', mypy: 'mypy', bandit: 'bandit', twine: 'twine', build: 'build', hatchling: 'hatchling', venv: 'venv', pip: 'pip' };
const aptPackages = ['python3', 'python3-venv', 'python3-pip', 'python3-pytest', 'mypy', 'bandit', 'twine', 'python3-build', 'python3-hatchling'];

function probe(python) {
  if (!existsSync(python) && spawnSync(python, ['--version']).error) return null;
  const found = {};
  for (const [tool, mod] of Object.entries(modules)) found[tool] = spawnSync(python, ['-c', `import ${mod}`], { stdio: 'ignore' }).status === 0;
  return found;
}

function missing(found) {
  return found ? Object.entries(found).filter(([, ok]) => !ok).map(([t]) => t) : Object.keys(modules);
}

const python = '/usr/bin/python3';
let found = probe(python);
if (missing(found).length > 0) {
  const canApt = process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (canApt) {
    console.log(`tools: installing ${aptPackages.join(' ')} with apt-get (missing: ${missing(found).join(', ')})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const t0 = Date.now();
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...aptPackages], { stdio: 'inherit', env });
    console.log(`tools: apt-get took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    found = probe(python);
  } else {
    console.log('tools: not root or no apt-get: tests that need a missing tool will be skipped');
  }
}
for (const [tool, ok] of Object.entries(found ?? {})) console.log(`tools: ${tool.padEnd(10)} ${ok ? 'found' : 'MISSING'} (${python})`);
const oracle = ensureOracle();
mkdirSync(join(root, '.cache'), { recursive: true });
writeFileSync(join(root, '.cache', 'tools.json'), JSON.stringify({ python, tools: found ?? {}, oracle }, null, 2) + '\n');
