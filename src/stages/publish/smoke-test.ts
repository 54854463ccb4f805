/**
 * smoke-test before the upload: the built wheel (the one this runner can install) goes into a
 * brand-new virtual environment from the checked files alone, is imported with validation's own
 * check program, and the smoke-test command runs there. Any failure stops the publish with
 * nothing signed, uploaded or attached — a broken wheel never reaches the index.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { createEnvironment, environmentAt, installFromFiles, runInEnvironment } from '../../adapters/python-tools/fresh-install.js';
import type { Runtime } from '../../adapters/runtime/runtime.js';
import { sameRelease } from '../../core/publish/pep440.js';
import { IMPORT_CHECK_PROGRAM, parseImportCheck } from '../../core/validate/import-check.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { outputTail } from '../../errors/output-tail.js';
import type { CheckedSet } from './check-distributions.js';

const TIMEOUT = 10 * 60_000;

export async function smokeTestBeforeUpload(set: CheckedSet, o: { project: string; version: string; importNames: string[]; command: string[]; uv: boolean; tempDir: string; runtime: Runtime }): Promise<string> {
  const wheels = set.files.filter((f) => f.name.kind === 'wheel');
  if (wheels.length === 0) throw failed(`there is no wheel of ${o.project} ${o.version} to install (only an sdist)`, 'build a wheel as well, or remove smoke-test');
  const env = environmentAt(join(mkdtempSync(join(o.tempDir, 'pyrelease-smoke-')), 'venv'));
  const created = await createEnvironment(env.dir, o.uv, o.tempDir, TIMEOUT);
  if (created.exitCode !== 0) throw new PyreleaseError('VALIDATE_NO_ENVIRONMENT', `a fresh virtual environment could not be created for the smoke test (exit ${created.exitCode})`, { fix: 'install python3-venv (Debian/Ubuntu) or use uv; nothing was uploaded', more: outputTail(created.stderr) });
  const requirement = `${o.project}==${o.version}`;
  const withDependencies = wheels.some((w) => (w.metadata.fields.get('Requires-Dist') ?? []).length > 0);
  const installed = await installFromFiles(env, set.source.dir, requirement, { uv: o.uv, cwd: o.tempDir, timeoutMs: TIMEOUT, withDependencies });
  o.runtime.toolOutput(`smoke test: install ${requirement} from the built files: exit ${installed.exitCode}`, installed.stdout + installed.stderr);
  if (installed.exitCode !== 0) throw failed(`${requirement} does not install from the built files into a fresh environment (exit ${installed.exitCode})`, 'a wheel for another platform or Python only, a requires-python excluding this interpreter, or a dependency not on the index are the usual causes: see the install log group', outputTail(installed.stderr || installed.stdout));
  const check = await runInEnvironment(env, env.python, ['-c', IMPORT_CHECK_PROGRAM, o.project, ...o.importNames], o.tempDir, TIMEOUT);
  o.runtime.toolOutput(`smoke test: import check: exit ${check.exitCode}`, check.stdout + check.stderr);
  const result = parseImportCheck(check.stdout);
  if (!result) throw failed(`${requirement} installed from the built files, but its metadata could not be read`, 'see the import check log group', outputTail(check.stderr));
  if (!sameRelease(result.version, o.version)) throw failed(`the built wheel installs as ${o.project} ${result.version}, not ${o.version}`, 'rebuild from the release commit');
  const errors = Object.entries(result.errors);
  if (result.modules.length === 0) throw failed(`${requirement} has no top-level module to import`, 'name the module with import-name (e.g. import-name: demo_pkg)');
  if (errors.length > 0) throw failed(`the built wheel installs, but import ${errors[0]![0]} fails: ${errors[0]![1]}`, 'a missing dependency in [project].dependencies, or a module left out of the wheel, are the usual causes', errors.map(([m, e]) => `${m}: ${e}`));
  if (o.command.length > 0) {
    const [program, ...args] = o.command as [string, ...string[]];
    const smoke = await runInEnvironment(env, program, args, o.tempDir, TIMEOUT);
    o.runtime.toolOutput(`smoke test (${o.command.join(' ')}): exit ${smoke.exitCode}`, smoke.stdout + smoke.stderr);
    if (smoke.exitCode !== 0) throw failed(`the smoke test \`${o.command.join(' ')}\` exited ${smoke.exitCode} with the built wheel installed`, 'fix the command or the package; see the smoke test log group', outputTail(smoke.stdout + smoke.stderr));
  }
  return `  smoke test: ${requirement} installed from the built files, imported ${result.modules.join(', ')}${o.command.length > 0 ? `, \`${o.command.join(' ')}\` passed` : ''} — before any upload`;
}

function failed(message: string, fix: string, more?: string[]): PyreleaseError {
  return new PyreleaseError('PUBLISH_SMOKE_TEST_FAILED', message, { key: 'smoke-test', fix: `${fix}; nothing was uploaded`, ...(more ? { more } : {}) });
}
