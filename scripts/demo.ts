// npm run demo: the project's main job for a newcomer. Copies examples/demo-package into a
// throwaway repository with a bare origin, serves that origin through the GitHub stand-in on
// loopback, and runs the real action (dist/index.js) as a workflow would: the release PR is
// opened, merged with real git, tagged and released; a publish job builds and uploads it to the
// PyPI stand-in with trusted publishing, and a real pip installs it. Stages not built yet are listed.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, repoRoot } from '../test/harness/action-run.js';
import { startGitHubStandin } from '../test/standins/github/github-standin.js';
import { startOidcStandin } from '../test/standins/oidc/oidc-standin.js';
import { startPypiStandin } from '../test/standins/pypi/pypi-standin.js';
import { startSigstoreStandin } from '../test/standins/sigstore/sigstore-standin.js';

const TOKEN = 'ghs_demoToken0000000000000000000000000';
if (!existsSync(join(repoRoot, 'dist', 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });

const work = mkdtempSync(join(tmpdir(), 'pyrelease-demo-'));
const repo = join(work, 'demo-package');
const origin = join(work, 'origin.git');
let day = 1;
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Demo Maintainer', GIT_AUTHOR_EMAIL: 'maintainer@example.com', GIT_COMMITTER_NAME: 'Demo Maintainer', GIT_COMMITTER_EMAIL: 'maintainer@example.com' };
const git = (args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim();
const commit = (message: string, file?: [string, string]) => {
  if (file) writeFileSync(join(repo, file[0]), file[1]);
  const date = `2026-01-${String(day++).padStart(2, '0')}T12:00:00Z`;
  git(['add', '-A']);
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], { cwd: repo, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
};
const step = (title: string) => console.log(`\n━━ ${title}`);
const report = (summary: string) =>
  console.log(
    summary
      .replace(/<\/?details>|<summary>|<\/summary>/g, '')
      .replace(/\n{3,}/g, '\n\n')
      .split('\n')
      .map((l) => `   ${l}`)
      .join('\n'),
  );

console.log(`pyrelease demo — everything happens in ${work}, against loopback stand-ins; nothing leaves this machine.`);
step('1. A Python project with a release history: demo-pkg 0.1.0, then three conventional commits');
cpSync(join(repoRoot, 'examples', 'demo-package'), repo, { recursive: true });
execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin], { env });
execFileSync('git', ['init', '-q', '-b', 'main', repo], { env });
git(['remote', 'add', 'origin', origin]);
commit('chore: release 0.1.0');
git(['tag', 'v0.1.0']);
commit('feat: add a word counter (#3)', ['NOTES.md', 'word counter\n']);
commit('fix(text): keep trailing punctuation\n\nFixes #4', ['NOTES.md', 'word counter, punctuation\n']);
commit('docs: explain the CLI in the README');
git(['push', '-q', 'origin', 'main', '--tags']);
console.log(git(['log', '--oneline', '--decorate']).split('\n').map((l) => `   ${l}`).join('\n'));

const gh = await startGitHubStandin({ owner: 'acme', repo: 'demo-package', bareRepo: origin, tokens: { [TOKEN]: ['contents', 'pull_requests', 'issues'] } });
// GitHub's OIDC issuer and PyPI, with a trusted publisher for acme/demo-package's release.yml.
const oidc = await startOidcStandin({ claims: { repository: 'acme/demo-package', sub: 'repo:acme/demo-package:ref:refs/heads/main', workflow_ref: 'acme/demo-package/.github/workflows/release.yml@refs/heads/main', job_workflow_ref: 'acme/demo-package/.github/workflows/release.yml@refs/heads/main' } });
// Fulcio and Rekor (@sigstore/mock's CA and log) on loopback; PyPI verifies attestations against their root.
const sigstore = await startSigstoreStandin();
const pypi = await startPypiStandin({ oidc: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl }, sigstore: { trustedRoot: sigstore.trustedRoot }, publishers: [{ repository: 'acme/demo-package', repositoryOwnerId: oidc.claims.repository_owner_id, workflowFilename: 'release.yml', projects: ['demo-pkg'] }] });
// The runner's tools: Debian's python3 with pytest, mypy and bandit (scripts/ensure-tools.mjs installs
// them), and ruff through its WebAssembly build (native ruff has no package on this machine).
const toolPath = `${join(repoRoot, 'test', 'harness', 'fake-tools')}:/usr/bin:/bin:${process.env.PATH ?? ''}`;
const actionEnv = { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/demo-package', GITHUB_REF: 'refs/heads/main', PATH: toolPath };
try {
  step('2. pyrelease plan — the preview a maintainer runs locally');
  const plan = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'plan', '--cwd', repo], { env: { ...env, GITHUB_REPOSITORY: 'acme/demo-package' }, encoding: 'utf8' });
  console.log(plan.stdout.split('\n').slice(0, 8).map((l) => `   ${l}`).join('\n'));

  step('3. The workflow runs on the push (stage: all): gates, security scan, then the release PR');
  const first = await runAction({ workspace: repo, inputs: { stage: 'all', token: TOKEN }, env: actionEnv });
  if (first.exitCode !== 0) throw new Error(first.stdout + first.stderr);
  report(first.summary);
  const pr = gh.state.pulls[0]!;
  console.log(`   → PR #${pr.number} "${pr.title}" on ${pr.head}, labels: ${pr.labels.map((l) => l.name).join(', ')}`);

  step('4. A maintainer squash-merges the release PR (real git), the workflow runs again');
  git(['fetch', '-q', 'origin']);
  git(['merge', '-q', '--squash', `origin/${pr.head}`]);
  execFileSync('git', ['commit', '-q', '-m', `${pr.title} (#${pr.number})`], { cwd: repo, env });
  git(['push', '-q', 'origin', 'main']);
  gh.markMerged(pr.number, git(['rev-parse', 'HEAD']));
  const second = await runAction({ workspace: repo, inputs: { stage: 'release', token: TOKEN }, env: actionEnv });
  if (second.exitCode !== 0) throw new Error(second.stdout + second.stderr);
  report(second.summary);
  console.log(`   → outputs: ${['release_created', 'tag_name', 'version', 'sha', 'html_url'].map((k) => `${k}=${second.outputs[k]}`).join(' ')}`);
  console.log(`   → tags on origin: ${execFileSync('git', ['--git-dir', origin, 'tag'], { encoding: 'utf8' }).trim().split('\n').join(', ')}; GitHub releases: ${gh.state.releases.map((r) => r.tag_name).join(', ')}`);

  step('5. The publish job (stage: publish, permissions: id-token: write) gets the release job\'s outputs: build, check, sign, upload');
  // build-isolation: false because this machine has no index to fetch hatchling from; the runner's Debian hatchling builds.
  const publishInputs = { stage: 'publish', token: TOKEN, 'repository-url': pypi.uploadUrl, 'build-isolation': 'false', 'fulcio-url': sigstore.fulcioUrl, 'rekor-url': sigstore.rekorUrl, 'trusted-root': sigstore.trustedRootPath, release_created: second.outputs.release_created ?? '', version: second.outputs.version ?? '', tag_name: second.outputs.tag_name ?? '', sha: second.outputs.sha ?? '' };
  const third = await runAction({ workspace: repo, inputs: publishInputs, env: { ...actionEnv, PATH: '/usr/bin:/bin', ...oidc.env() } });
  if (third.exitCode !== 0) throw new Error(third.stdout + third.stderr);
  report(third.summary);
  console.log(`   → outputs: published=${third.outputs.published} signed=${third.outputs.signed} files=${third.outputs.files}`);
  console.log(`   → PEP 740 attestations stored by the index: ${pypi.files('demo-pkg').filter((f) => f.attestations).map((f) => f.filename).join(', ') || 'none'}`);
  console.log(`   → GitHub release assets: ${gh.state.releases.at(-1)!.assets.map((a) => a.name).join(', ')}; upload token minted and masked: ${third.masks.includes(pypi.mintedTokens[0] ?? '-') ? 'yes' : 'NO'}`);

  step('6. A user installs it: real pip, fresh venv, the stand-in\'s simple index');
  const venv = join(work, 'venv');
  const pyEnv = { PATH: '/usr/bin:/bin', HOME: work, PIP_DISABLE_PIP_VERSION_CHECK: '1', PYTHONNOUSERSITE: '1' };
  await run('/usr/bin/python3', ['-m', 'venv', venv], pyEnv);
  await run(join(venv, 'bin', 'pip'), ['install', '-q', '--no-cache-dir', '--index-url', `${pypi.url}/simple/`, `demo-pkg==${second.outputs.version}`], pyEnv);
  const imported = await run(join(venv, 'bin', 'python'), ['-c', 'import importlib.metadata as m, demo_pkg; print(m.version("demo-pkg"), demo_pkg.slugify("Crème brûlée"))'], pyEnv);
  console.log(`   $ pip install demo-pkg==${second.outputs.version} && python -c "import demo_pkg"  →  ${imported.trim()}`);

  step('7. Still to come (each fails clearly today, never pretends)');
  console.log('   post-release validation (issue #10): stage: all stops at validate with "not implemented yet"');
  step('Files');
  console.log(`   repository: ${repo}\n   bare origin (what the GitHub stand-in serves): ${origin}\n   pip environment: ${venv}`);
} finally {
  await Promise.allSettled([gh.close(), oidc.close(), pypi.close(), sigstore.close()]);
}

/** Asynchronous on purpose: the stand-ins answer from this same process. */
function run(program: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { env }, (error, stdout, stderr) => (error ? reject(new Error(`${program} ${args.join(' ')}: ${stderr || error.message}`)) : resolve(stdout)));
  });
}
