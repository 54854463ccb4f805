/** A bare repository with one commit on main, for GitHub stand-in tests that need no work tree. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitEnv } from '../../harness/fast-import.js';

export function createBareRepoWithCommit(): string {
  const root = mkdtempSync(join(tmpdir(), 'gh-errors-'));
  const bare = join(root, 'origin.git');
  const git = (args: string[], cwd = root) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();
  git(['init', '-q', '--bare', '-b', 'main', bare]);
  const work = join(root, 'work');
  git(['init', '-q', '-b', 'main', work]);
  git(['commit', '-q', '--allow-empty', '-m', 'chore: first'], work);
  git(['push', '-q', bare, 'main'], work);
  return bare;
}
