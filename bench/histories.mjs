// Benchmark histories: ../shared/perf/make-history.py's synthetic conventional commits, with
// release tags added and the release-please files committed on top, cached under .cache/bench.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'b@example.com' };
const git = (dir, args) => execFileSync('git', args, { cwd: dir, env: gitEnv, encoding: 'utf8', maxBuffer: 1 << 30 });

/** `commits` commits, a release tag every `every` commits (v0.1.0, v0.2.0, …), the last one `tail` commits before HEAD. */
export function makeHistory(root, { commits, every, tail = 20, seed = 20261124 }) {
  const dir = join(root, '.cache', 'bench', `history-${commits}-${every}-${tail}`);
  if (existsSync(join(dir, '.git', 'pyrelease-bench-ready'))) return dir;
  mkdirSync(dir, { recursive: true });
  const script = resolve(root, '..', 'shared', 'perf', 'make-history.py');
  execFileSync('python3', [script, dir, '--commits', String(commits), '--tag-at', '1', '--tag', 'v0.0.1', '--seed', String(seed)], { env: gitEnv, stdio: 'ignore' });
  const shas = git(dir, ['rev-list', '--reverse', 'HEAD']).trim().split('\n');
  let minor = 0;
  for (let i = commits - tail; i > 0; i -= every) minor++;
  const last = minor;
  minor = last;
  for (let i = commits - tail; i > 0 && minor > 0; i -= every, minor--) git(dir, ['tag', `v0.${minor}.0`, shas[i - 1]]);
  git(dir, ['checkout', '-q', '-f', 'main']);
  writeFileSync(join(dir, '.release-please-config.json'), '{"packages": {".": {"release-type": "python"}}}\n');
  writeFileSync(join(dir, '.release-please-manifest.json'), `{\n  ".": "0.${last}.0"\n}\n`);
  writeFileSync(join(dir, 'pyproject.toml'), `[project]\nname = "bench-lib"\nversion = "0.${last}.0"\n`);
  git(dir, ['add', '.release-please-config.json', '.release-please-manifest.json', 'pyproject.toml']);
  git(dir, ['commit', '-q', '-m', 'chore: add release-please files']);
  writeFileSync(join(dir, '.git', 'pyrelease-bench-ready'), '');
  return dir;
}

export function lastTag(dir) {
  return git(dir, ['describe', '--tags', '--abbrev=0', 'HEAD']).trim();
}
