// `uv lock` (https://docs.astral.sh/uv/concepts/projects/sync/#creating-the-lockfile): resolve and
// write uv.lock, reporting what moved (`Added`, `Updated`, `Removed`); `--check` (= `--locked`)
// only checks, exit 1 when stale; `--dry-run` resolves without writing.
import { parse } from '../cli.mjs';
import { lockAndSync, withEnvDefaults } from '../lock-sync.mjs';
import { requireProject } from '../project.mjs';

const LOCK = {
  '--check': { key: 'check' },
  '--locked': { key: 'locked' },
  '--dry-run': { key: 'dryRun' },
  '--python': { key: 'python', value: true },
  '-p': { key: 'python', value: true },
};

export function lock(args, ctx) {
  const { opts: raw } = parse(args, LOCK, { usage: 'uv lock [OPTIONS]', globals: ctx.globals });
  const opts = withEnvDefaults(raw);
  const project = requireProject(ctx.globals);
  lockAndSync(project, undefined, opts, ctx, { command: 'lock' });
  return 0;
}
