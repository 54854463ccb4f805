// `uv sync` (https://docs.astral.sh/uv/concepts/projects/sync/#syncing-the-environment): the
// project environment found or created as for `uv run`, locked and synced exactly (extraneous
// packages removed unless `--inexact`); `uv sync --locked` on a stale lock exits 1, as uv does.
import { SELECTION, parse } from '../cli.mjs';
import { withLock } from '../filelock.mjs';
import { lockAndSync, withEnvDefaults } from '../lock-sync.mjs';
import { requireProject } from '../project.mjs';
import { environmentLockPath, projectEnvironment } from '../project-env.mjs';

export function sync(args, ctx) {
  const { opts: raw } = parse(args, { ...SELECTION, '--dry-run': { key: 'dryRun' } }, { usage: 'uv sync [OPTIONS]', globals: ctx.globals });
  const opts = withEnvDefaults(raw);
  const project = requireProject(ctx.globals);
  const env = projectEnvironment(project, { ...opts, noSync: false }, ctx);
  withLock(environmentLockPath(env), () => lockAndSync(project, env, opts, ctx, { command: 'sync', exact: !opts.inexact }));
  return 0;
}
