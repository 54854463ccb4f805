/**
 * Responsible for telling a workspace with the repository checked out from one without: release-
 * please-action needs no checkout, so workflows moving from it often have none, and every stage that
 * reads the project's files would otherwise fail on whichever file it reads first.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

/** Whether `dir` lies in a git work tree (a `.git` here or above). */
function inGitWorkTree(dir: string): boolean {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return true;
    if (dirname(at) === at) return false;
  }
}

/** Files only a checkout has: the project, or a release-please config (which may key the package below the root). */
const CHECKED_OUT = ['pyproject.toml', '.release-please-config.json', 'release-please-config.json'];

export function assertCheckedOut(dir: string, stages: readonly string[], configFile?: string): void {
  if (inGitWorkTree(dir) || [...CHECKED_OUT, ...(configFile ? [configFile] : [])].some((f) => existsSync(join(dir, f)))) return;
  const empty = readdirSync(dir).length === 0;
  throw new PyreleaseError('CHECKOUT_MISSING', `${empty ? 'the workspace is empty' : `${dir} is not a checkout of the repository`}: stage ${stages.join(', ')} reads the project's files`, {
    key: 'working-directory',
    fix: 'add - uses: actions/checkout@v4 as a step before pyrelease (on a release or tag event it checks out the tag)',
  });
}
