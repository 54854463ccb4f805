// Benchmark histories: ../shared/perf/make-history.py's synthetic conventional commits (a share of
// them not conventional), the release tag v1.0.0 `since` commits before HEAD, and the
// release-please files committed on top, with commit-search-depth 100000 so that the whole range
// is planned (issue #21's setup). Cached under .cache/bench.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'b@example.com' };
const git = (dir, args) => execFileSync('git', args, { cwd: dir, env: gitEnv, encoding: 'utf8', maxBuffer: 1 << 30 });

/** `commits` commits, v1.0.0 at commit `commits - since`, then the release-please files (one more commit). */
export function makeHistory(root, { commits, since, seed = 20261124 }) {
  const dir = join(root, '.cache', 'bench', `history-${commits}-since-${since}`);
  if (existsSync(join(dir, '.git', 'pyrelease-bench-ready'))) return dir;
  mkdirSync(dir, { recursive: true });
  const script = resolve(root, '..', 'shared', 'perf', 'make-history.py');
  execFileSync('python3', [script, dir, '--commits', String(commits), '--tag-at', String(commits - since), '--tag', 'v1.0.0', '--seed', String(seed)], { env: gitEnv, stdio: 'ignore' });
  writeFileSync(join(dir, '.release-please-config.json'), '{"commit-search-depth": 100000, "packages": {".": {"release-type": "python"}}}\n');
  writeFileSync(join(dir, '.release-please-manifest.json'), '{\n  ".": "1.0.0"\n}\n');
  writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "bench-lib"\nversion = "1.0.0"\n');
  git(dir, ['add', '.release-please-config.json', '.release-please-manifest.json', 'pyproject.toml']);
  git(dir, ['commit', '-q', '-m', 'chore: add release-please files']);
  writeFileSync(join(dir, '.git', 'pyrelease-bench-ready'), '');
  return dir;
}

/**
 * A branch of `dir` whose last commit sets another release-please config (the rest of the history
 * is the same): e.g. exclude-paths, which makes the plan read each commit's files. Idempotent.
 */
export function configBranch(dir, branch, config) {
  const exists = execFileSync('git', ['-C', dir, 'branch', '--list', branch], { env: gitEnv, encoding: 'utf8' }).trim() !== '';
  if (exists) return branch;
  git(dir, ['checkout', '-q', '-b', branch]);
  writeFileSync(join(dir, '.release-please-config.json'), `${JSON.stringify(config)}\n`);
  git(dir, ['commit', '-q', '-am', 'chore: bench config']);
  git(dir, ['checkout', '-q', 'main']);
  return branch;
}
