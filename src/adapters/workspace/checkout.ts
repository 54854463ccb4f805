/**
 * Responsible for telling a workspace with the repository checked out from one without: release-
 * please-action needs no checkout, so workflows moving from it often have none, and every stage that
 * reads the project's files would otherwise fail on whichever file it reads first. The runner
 * creates GITHUB_WORKSPACE empty; anything in it (or a git work tree around it) counts as a checkout,
 * and the stages name what is missing from it. stage: release alone clones what it needs instead
 * (src/stages/workspace-source.ts).
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

/** Whether `dir` holds anything, or lies in a git work tree: an empty one is what the runner gives a job without actions/checkout. */
export function isCheckedOut(dir: string): boolean {
  return readdirSync(dir).length > 0 || inGitWorkTree(dir);
}

/** `alsoFix`: what else would do, e.g. running only the stage that needs no checkout. */
export function assertCheckedOut(dir: string, stages: readonly string[], alsoFix = ''): void {
  if (isCheckedOut(dir)) return;
  throw new PyreleaseError('CHECKOUT_MISSING', `the workspace is empty: stage ${stages.join(', ')} reads the project's files`, {
    key: 'working-directory',
    fix: `add - uses: actions/checkout@v4 as a step before pyrelease (on a release or tag event it checks out the tag)${alsoFix}`,
  });
}
