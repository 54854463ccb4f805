// npm run demo: the project's main job for a newcomer. Copies examples/demo-package into a
// throwaway git repository with a bare origin, makes a few conventional commits, and runs
// pyrelease on it — today the planner (`pyrelease plan`); the stages join as they land.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'cli.js'))) run('npm', ['run', 'build'], root);

const work = mkdtempSync(join(tmpdir(), 'pyrelease-demo-'));
const repo = join(work, 'demo-package');
const origin = join(work, 'origin.git');
const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Demo Maintainer',
  GIT_AUTHOR_EMAIL: 'maintainer@example.com',
  GIT_COMMITTER_NAME: 'Demo Maintainer',
  GIT_COMMITTER_EMAIL: 'maintainer@example.com',
  GITHUB_REPOSITORY: 'acme/demo-package',
};

function run(program, args, cwd, extraEnv = {}) {
  const r = spawnSync(program, args, { cwd, env: { ...env, ...extraEnv }, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`demo: ${program} ${args.join(' ')} failed:\n${r.stderr}`);
    process.exit(1);
  }
  return r.stdout;
}

let day = 1;
function commit(message, edit) {
  if (edit) edit();
  const date = `2026-01-${String(day++).padStart(2, '0')}T12:00:00Z`;
  run('git', ['add', '-A'], repo);
  run('git', ['commit', '-q', '--allow-empty', '-m', message], repo, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
}

console.log(`pyrelease demo — working in ${work}\n`);
cpSync(join(root, 'examples', 'demo-package'), repo, { recursive: true });
run('git', ['init', '-q', '--bare', '-b', 'main', origin], work);
run('git', ['init', '-q', '-b', 'main'], repo);
run('git', ['remote', 'add', 'origin', origin], repo);
commit('chore: initial import of demo-pkg');
run('git', ['tag', 'v0.1.0'], repo);
commit('feat: add a word counter (#3)', () => writeFileSync(join(repo, 'NOTES.md'), 'word counter\n'));
commit('fix(text): keep trailing punctuation\n\nFixes #4', () => writeFileSync(join(repo, 'NOTES.md'), 'word counter, punctuation\n'));
commit('docs: explain the CLI in the README');
run('git', ['push', '-q', 'origin', 'main', '--tags'], repo);

console.log('── pyrelease plan (what the release PR will hold)\n');
const cli = join(root, 'dist', 'cli.js');
const r = spawnSync(process.execPath, [cli, 'plan', '--cwd', repo, '--date', new Date().toISOString().slice(0, 10)], { env, encoding: 'utf8' });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
if (r.status !== 0) process.exit(r.status ?? 1);
const plan = JSON.parse(spawnSync(process.execPath, [cli, 'plan', '--cwd', repo, '--json'], { env, encoding: 'utf8' }).stdout);
writeFileSync(join(work, 'plan.json'), JSON.stringify(plan, null, 2) + '\n');
console.log(`\nThe plan as JSON: ${join(work, 'plan.json')}`);
console.log('Stages not implemented yet (quality, security, release, publish, validate) are listed in the README status table.');
