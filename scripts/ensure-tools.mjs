// Makes a fresh machine able to run the tests (`npm test` runs this first): the Python tools from
// Debian's packages when no interpreter has them, and the release-please oracle. Writes
// .cache/tools.json, which test/harness/tools.ts reads so that a test whose tool is absent is
// skipped with the reason (and fails naming it with CI=true: test/harness/skip.ts). apt-get runs as
// root or through passwordless sudo, as on a GitHub-hosted runner. Never fails hard over a tool:
// only the oracle's own install may throw, as it did before.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureOracle } from './ensure-oracle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Tool → the import that proves it works. On Debian `venv` imports without python3-venv, but
// creating an environment then fails in ensurepip, which only python3-venv ships.
const probes = {
  pytest: 'pytest',
  mypy: 'mypy',
  bandit: 'bandit',
  twine: 'twine',
  build: 'build',
  hatchling: 'hatchling',
  venv: 'venv, ensurepip',
  pip: 'pip',
  // pytest 7 imports these on Python < 3.11 only, so Debian's python3-pytest (for 3.11) does not
  // pull them in; test/harness/python-runner.ts puts them on the older interpreters' path.
  exceptiongroup: 'exceptiongroup',
  tomli: 'tomli',
};
const aptPackages = ['python3', 'python3-venv', 'python3-pip', 'python3-pytest', 'mypy', 'bandit', 'twine', 'python3-build', 'python3-hatchling', 'python3-exceptiongroup', 'python3-tomli'];

// Debian's packages install into /usr/bin/python3's dist-packages; a pyenv or venv python3 earlier
// on PATH does not see them, so it is only a fallback.
const candidates = ['/usr/bin/python3', 'python3'];

/** { executable, tools: tool → present? }, or null when the interpreter does not start. */
function probe(python) {
  const version = spawnSync(python, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  if (version.status !== 0) return null;
  const tools = {};
  for (const [tool, imports] of Object.entries(probes)) {
    tools[tool] = spawnSync(python, ['-c', `import ${imports}`], { stdio: 'ignore' }).status === 0;
  }
  return { executable: version.stdout.trim(), tools };
}

const count = (p) => (p ? Object.values(p.tools).filter(Boolean).length : -1);

/** The interpreter with the most tools; the earlier candidate wins a tie. */
function bestInterpreter() {
  const seen = new Map();
  for (const c of candidates) {
    const p = probe(c);
    if (p && !seen.has(p.executable)) seen.set(p.executable, p);
  }
  let best = null;
  for (const p of seen.values()) if (count(p) > count(best)) best = p;
  return { best, all: [...seen.values()] };
}

const missingTools = (p) => Object.keys(probes).filter((t) => !p?.tools[t]);

/** apt-get as root, or through passwordless sudo (a GitHub-hosted runner); null when neither works. */
function aptRunner() {
  if (spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) return null;
  if (process.getuid?.() === 0) return [];
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0 ? ['sudo', '-n', '--preserve-env=DEBIAN_FRONTEND'] : null;
}

/** Installs the Debian packages; returns how long it took, or why it did not run. */
function aptInstall(missing) {
  const sudo = aptRunner();
  if (sudo === null) return { ran: false, reason: 'not root, no passwordless sudo or no apt-get' };
  const runApt = (args) => (sudo.length === 0 ? spawnSync('apt-get', args, { stdio: 'inherit', env }) : spawnSync(sudo[0], [...sudo.slice(1), 'apt-get', ...args], { stdio: 'inherit', env }));
  console.log(`tools: missing ${missing.join(', ')}; apt-get install ${aptPackages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const t0 = Date.now();
  const update = runApt(['update', '-qq']);
  const t1 = Date.now();
  const install = runApt(['install', '-y', '-qq', '--no-install-recommends', ...aptPackages]);
  const t2 = Date.now();
  const seconds = { update: (t1 - t0) / 1000, install: (t2 - t1) / 1000 };
  console.log(`tools: apt-get update ${seconds.update.toFixed(1)} s, install ${seconds.install.toFixed(1)} s (exit ${install.status})`);
  return { ran: true, ok: update.status === 0 && install.status === 0, seconds, packages: aptPackages };
}

let { best, all } = bestInterpreter();
let apt = { ran: false, reason: 'nothing missing' };
const missingBefore = missingTools(best);
if (missingBefore.length > 0) {
  apt = aptInstall(missingBefore);
  if (apt.ran) ({ best, all } = bestInterpreter());
}

for (const tool of Object.keys(probes)) {
  const where = all.filter((p) => p.tools[tool]).map((p) => p.executable);
  const reason = apt.ran ? '' : ` (${apt.reason}: tests that need it are skipped, and fail with CI=true)`;
  console.log(`tools: ${tool.padEnd(9)} ${where.length > 0 ? `found in ${where.join(', ')}` : `MISSING${reason}`}`);
}
if (best) console.log(`tools: tests use ${best.executable}`);
else console.log('tools: no Python interpreter found: the Python tests are skipped');

const oracle = ensureOracle();
mkdirSync(join(root, '.cache'), { recursive: true });
const record = {
  python: best?.executable ?? null,
  tools: best?.tools ?? Object.fromEntries(Object.keys(probes).map((t) => [t, false])),
  interpreters: Object.fromEntries(all.map((p) => [p.executable, p.tools])),
  apt,
  oracle,
};
writeFileSync(join(root, '.cache', 'tools.json'), JSON.stringify(record, null, 2) + '\n');
