// Lock, then sync: the step `uv run` and `uv sync` take before anything else
// (https://docs.astral.sh/uv/concepts/projects/sync/#automatic-lock-and-sync). The lock mode is
// uv's: `--frozen` uses uv.lock as it is (missing: error), `--locked` checks it and fails when
// it is stale without touching it, `--isolated` resolves without writing (uv's dry-run lock),
// otherwise a stale or missing lock is re-resolved and uv.lock rewritten. Then the environment
// gets the selected packages (install.mjs).
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lockAndPlan } from './core.mjs';
import { sync } from './install.mjs';
import { query } from './interpreters.mjs';
import { envFlag } from './settings.mjs';
import { fail, failRaw, plural, say, since } from './report.mjs';

/** --locked/--frozen/--no-sync/--no-dev from the flags or their UV_* variables; the two lock modes exclude each other. */
export function withEnvDefaults(opts) {
  const o = { ...opts };
  if (envFlag('UV_LOCKED')) o.locked = true;
  if (envFlag('UV_FROZEN')) o.frozen = true;
  if (envFlag('UV_NO_SYNC')) o.noSync = true;
  if (envFlag('UV_NO_DEV')) o.noDev = true;
  if (envFlag('UV_ISOLATED')) o.isolated = true;
  if (o.locked && o.frozen) fail("the argument '--locked' cannot be used with '--frozen'\n\nFor more information, try '--help'.", 2);
  return o;
}

function selection(opts) {
  return {
    groups: opts.groups ?? [],
    noGroups: opts.noGroups ?? [],
    onlyGroups: opts.onlyDev ? ['dev'] : (opts.onlyGroups ?? []),
    allGroups: Boolean(opts.allGroups),
    noDefaultGroups: Boolean(opts.noDefaultGroups),
    noDev: Boolean(opts.noDev),
    extras: opts.extras ?? [],
    noExtras: opts.noExtras ?? [],
    allExtras: Boolean(opts.allExtras),
    noInstallProject: Boolean(opts.noInstallProject),
  };
}

function lockMode(opts) {
  if (opts.frozen) return 'frozen';
  if (opts.locked || opts.check) return 'locked';
  if (opts.isolated || opts.dryRun) return 'dry-run';
  return 'write';
}

function writeLock(root, text) {
  const path = join(root, 'uv.lock');
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Locks the project and, given an environment, syncs it. `command` picks uv's exit codes (sync/lock: 1 on a stale --locked). */
export function lockAndSync(project, env, opts, ctx, { command, exact = false }) {
  const t0 = Date.now();
  const mode = lockMode(opts);
  const target = env ? query(env.python, ctx.cache)?.markers : undefined;
  if (env && !target) {
    // Another run may have removed the environment since it was found (uv fails the same way).
    const why = existsSync(env.python) ? 'the interpreter did not answer the query' : 'No such file or directory (os error 2)';
    fail(`Failed to query Python interpreter at \`${env.python}\`\n  Caused by: ${why}`, 2);
  }
  const answer = lockAndPlan({ root: project.root, workspace: project.workspaceRoot ?? null, mode, command, target: target ?? null, select: selection(opts) });
  if (answer.resolved !== undefined && mode !== 'frozen') say(`Resolved ${plural(answer.resolved, 'package')} in ${since(t0)}`);
  if (!answer.ok) {
    if (answer.error.startsWith('  ×')) failRaw(answer.error, answer.exit);
    fail(answer.error, answer.exit);
  }
  if (command === 'lock') for (const line of answer.changes) say(line);
  if (answer.lockText !== undefined) writeLock(project.root, answer.lockText);
  if (env) sync(env, answer.install, { exact });
  return answer;
}
