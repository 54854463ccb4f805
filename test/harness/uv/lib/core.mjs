// The bridge to the Python half (../python/uvcore.py): PEP 440/508 and TOML work done by
// `packaging` and `tomllib` instead of a re-implementation here.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fail } from './report.mjs';
import { standin } from './settings.mjs';

const UVCORE = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'python', 'uvcore.py');

/** One lock (and, with `target`, sync-plan) request; the answer as uvcore.py documents it. */
export function lockAndPlan(request) {
  const python = standin.helperPython();
  const r = spawnSync(python, ['-I', UVCORE], { input: JSON.stringify({ ...request, registry: standin.registry() ?? null }), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) fail(`uv stand-in: cannot run its Python half with ${python} (${r.error.message}); set UVSTANDIN_HELPER_PYTHON to a Python 3.11+ with \`packaging\``, 2);
  if (r.status !== 0) fail(`uv stand-in: ${UVCORE} failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`, 2);
  try {
    return JSON.parse(r.stdout);
  } catch {
    fail(`uv stand-in: ${UVCORE} answered something that is not JSON: ${r.stdout.slice(0, 200)}`, 2);
  }
}
