// The project environment, as uv's ProjectEnvironment::get_or_init keeps it
// (https://docs.astral.sh/uv/concepts/projects/layout/#the-project-environment,
// https://docs.astral.sh/uv/concepts/projects/config/#project-environment-path): one environment per
// project, at `.venv` or UV_PROJECT_ENVIRONMENT. Under the project lock: an existing environment
// whose interpreter satisfies the request and `requires-python` is kept; otherwise the
// interpreter is found (or downloaded), "Using CPython … interpreter at: …" is printed, the old
// environment is removed ("Removed virtual environment at: …") and a new one created ("Creating
// virtual environment at: …"). A directory that is not a virtual environment is never removed:
// uv's "cannot be used because …" error instead. With `--no-sync` a valid environment is kept
// whatever its interpreter (uv's Preserve policy).
import { join } from 'node:path';
import { findOrDownload, usingLine } from './interpreters.mjs';
import { projectEnvironmentPath, projectPythonRequest } from './project.mjs';
import { projectLockPath, withLock } from './filelock.mjs';
import { satisfiesRequest, satisfiesSpec } from './python-request.mjs';
import { display, fail, say, warn } from './report.mjs';
import { envValue } from './settings.mjs';
import { createEnvironment, inspectEnvironment, removeEnvironment, sitePackages } from './venv.mjs';

function checkRequiresPython(info, project, source) {
  if (!project.requiresPython || satisfiesSpec(info.versionInfo, project.requiresPython)) return;
  const spec = project.requiresPython.split(',').map((s) => s.trim()).join(', ');
  const subject = source === '.python-version' ? 'The Python request from `.python-version`' : 'The requested interpreter';
  fail(`${subject} resolved to Python ${info.version}, which is incompatible with the project's Python requirement: \`${spec}\` (from \`project.requires-python\`)`, 2);
}

/** Where this run's environment is: `--active` uses VIRTUAL_ENV; otherwise uv warns when VIRTUAL_ENV points elsewhere. */
function environmentPath(project, opts) {
  const path = projectEnvironmentPath(project);
  const active = envValue('VIRTUAL_ENV');
  if (opts.active && active) return active;
  if (active && active !== path && !opts.noActive) {
    warn(`\`VIRTUAL_ENV=${active}\` does not match the project environment path \`${display(path)}\` and will be ignored; use \`--active\` to target the active environment instead`);
  }
  return path;
}

/** The interpreter for an ephemeral (`--isolated`) environment: found or downloaded, checked, nothing printed. */
export function isolatedInterpreter(project, opts, ctx) {
  const { req, source } = projectPythonRequest(project, opts.python, ctx.globals);
  const info = findOrDownload(req, { cache: ctx.cache, globals: ctx.globals });
  checkRequiresPython(info, project, source);
  return info;
}

/** `{ dir, python, versionInfo, site }` of the project environment, created or replaced as uv would. */
export function projectEnvironment(project, opts, ctx) {
  const path = environmentPath(project, opts);
  return withLock(projectLockPath(project.root), () => {
    const { req, source } = projectPythonRequest(project, opts.python, ctx.globals);
    const existing = inspectEnvironment(path);
    if (existing.kind === 'notdir') fail(`Project virtual environment directory \`${path}\` cannot be used because it is not a directory`, 2);
    if (existing.kind === 'foreign') fail(`Project virtual environment directory \`${path}\` cannot be used because it is not a valid Python environment (no Python executable was found)`, 2);
    if (existing.kind === 'venv') {
      const info = { versionInfo: existing.versionInfo };
      const wanted = source === 'requires-python' || source === 'default' ? true : satisfiesRequest(info, req);
      const allowed = !project.requiresPython || satisfiesSpec(existing.versionInfo, project.requiresPython);
      if ((wanted && allowed) || opts.noSync) return { dir: path, python: existing.python, versionInfo: existing.versionInfo, site: sitePackages(path, existing.versionInfo) };
    }
    const info = findOrDownload(req, { cache: ctx.cache, globals: ctx.globals });
    say(usingLine(info, (p) => display(p)));
    checkRequiresPython(info, project, source);
    if (existing.kind === 'system') fail(`Project virtual environment directory \`${path}\` cannot be used because it is not a compatible environment but cannot be recreated because it is not a virtual environment`, 2);
    if (existing.kind === 'venv' || existing.kind === 'broken') {
      removeEnvironment(path);
      say(`Removed virtual environment at: ${display(path)}`);
    }
    say(`Creating virtual environment at: ${display(path)}`);
    return createEnvironment(path, info, { prompt: project.name });
  });
}

export function environmentLockPath(env) {
  return join(env.dir, '.lock');
}
