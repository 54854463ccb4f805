// Installs the release-please oracle (../shared/oracle, read-only) into .cache/oracle so the
// differential tests and the bench can run it. Test/bench tooling only: never bundled.
import { cpSync, existsSync, chmodSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.env.PYRELEASE_ORACLE_SOURCE ?? resolve(root, '..', 'shared', 'oracle');
const target = join(root, '.cache', 'oracle');

function makeWritable(dir) {
  chmodSync(dir, 0o755);
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) makeWritable(p);
    else chmodSync(p, 0o644);
  }
}

export function ensureOracle() {
  if (existsSync(join(target, 'node_modules', 'release-please'))) return target;
  if (!existsSync(join(source, 'oracle.mjs'))) {
    console.warn(`oracle: ${source} not found; differential tests will be skipped`);
    return null;
  }
  cpSync(source, target, { recursive: true, filter: (p) => !p.includes('node_modules') });
  makeWritable(target);
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: target, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('oracle: npm ci failed in ' + target);
  return target;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = ensureOracle();
  console.log(dir ? `oracle ready: ${dir}` : 'oracle unavailable');
}
