// npm run demo: the project's main job for a newcomer. Copies examples/demo-package into a
// throwaway repository with a bare origin, starts loopback stand-ins of GitHub, the Actions OIDC
// issuer, Sigstore and PyPI, and runs the real action (dist/index.js) as a workflow would, through
// two releases: gates → release PR → merge with real git → tag + GitHub release → build, check,
// sign, upload → validation with a real pip install from the stand-in index. Nothing leaves the machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, repoRoot, type ActionRun } from '../test/harness/action-run.js';
import { debianPytestPath, runnerBin } from '../test/harness/python-runner.js';
import { startGitHubStandin } from '../test/standins/github/github-standin.js';
import { startOidcStandin } from '../test/standins/oidc/oidc-standin.js';
import { startPypiStandin } from '../test/standins/pypi/pypi-standin.js';
import { startSigstoreStandin } from '../test/standins/sigstore/sigstore-standin.js';

const started = Date.now();
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
const indent = (text: string) => text.split('\n').map((l) => `   ${l}`).join('\n');
const report = (summary: string) => console.log(indent(summary.replace(/<\/?details>|<summary>|<\/summary>/g, '').replace(/\n{3,}/g, '\n\n').trim()));

console.log(`pyrelease demo — everything happens in ${work}, against loopback stand-ins; nothing leaves this machine.`);
step('1. A Python project with a release history: demo-pkg 0.1.0, two open issues, three conventional commits');
cpSync(join(repoRoot, 'examples', 'demo-package'), repo, { recursive: true });
execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin], { env });
execFileSync('git', ['init', '-q', '-b', 'main', repo], { env });
git(['remote', 'add', 'origin', origin]);
commit('chore: release 0.1.0');
git(['tag', 'v0.1.0']);
commit('feat: add a word counter\n\nCloses #1', ['NOTES.md', 'word counter\n']);
commit('fix(text): keep trailing punctuation\n\nFixes #2', ['NOTES.md', 'word counter, punctuation\n']);
commit('docs: explain the CLI in the README');
git(['push', '-q', 'origin', 'main', '--tags']);
console.log(indent(git(['log', '--oneline', '--decorate'])));

// GitHub (over the bare origin), GitHub's OIDC issuer, Sigstore (@sigstore/mock's CA and log), and
// PyPI with a trusted publisher for acme/demo-package's release.yml that verifies attestations.
const gh = await startGitHubStandin({ owner: 'acme', repo: 'demo-package', bareRepo: origin, tokens: { [TOKEN]: ['contents', 'pull_requests', 'issues'] } });
gh.state.addIssue('Count words in a text');
gh.state.addIssue('slugify drops trailing punctuation');
const workflowRef = 'acme/demo-package/.github/workflows/release.yml@refs/heads/main';
const oidc = await startOidcStandin({ claims: { repository: 'acme/demo-package', sub: 'repo:acme/demo-package:ref:refs/heads/main', workflow_ref: workflowRef, job_workflow_ref: workflowRef } });
const sigstore = await startSigstoreStandin();
const pypi = await startPypiStandin({ oidc: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl }, sigstore: { trustedRoot: sigstore.trustedRoot }, publishers: [{ repository: 'acme/demo-package', repositoryOwnerId: oidc.claims.repository_owner_id, workflowFilename: 'release.yml', projects: ['demo-pkg'] }] });

// The job: `uses: pyrelease` with stage: all, id-token: write, and the runner a workflow would set up:
// actions/setup-python with the demo's versions 3.9, 3.10 and 3.12 beside the default 3.11 (this
// machine's pyenv builds, pytest importable on each), the default interpreter with pytest, mypy,
// bandit, build and twine (Debian's), ruff through its WebAssembly build; offline builds.
const runnerPath = `${runnerBin(['3.9', '3.10', '3.12'])}:${join(repoRoot, 'test', 'harness', 'fake-tools')}:/usr/bin:/bin`;
const job = (): Promise<ActionRun> =>
  runAction({
    workspace: repo,
    inputs: {
      stage: 'all', token: TOKEN, 'repository-url': pypi.uploadUrl, 'build-isolation': 'false',
      'fulcio-url': sigstore.fulcioUrl, 'rekor-url': sigstore.rekorUrl, 'trusted-root': sigstore.trustedRootPath, 'smoke-test': 'demo-pkg slugify Shipped',
    },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/demo-package', GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ID: '4242', PATH: runnerPath, PYTHONPATH: debianPytestPath(), ...oidc.env() },
  });
const ok = (run: ActionRun) => {
  if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`);
  return run;
};
const mergeReleasePr = () => {
  const pr = gh.state.pulls.filter((p) => p.state === 'open').at(-1)!;
  git(['fetch', '-q', 'origin']);
  git(['merge', '-q', '--squash', `origin/${pr.head}`]);
  execFileSync('git', ['commit', '-q', '-m', `${pr.title} (#${pr.number})`], { cwd: repo, env });
  git(['push', '-q', 'origin', 'main']);
  gh.markMerged(pr.number, git(['rev-parse', 'HEAD']));
  return pr;
};

try {
  step('2. pyrelease plan — the preview a maintainer runs locally');
  const plan = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'plan', '--cwd', repo], { env: { ...env, GITHUB_REPOSITORY: 'acme/demo-package' }, encoding: 'utf8' });
  console.log(indent(plan.stdout.split('\n').slice(0, 8).join('\n')));

  step('3. The workflow runs on the push (stage: all): gates, security scan, release PR; nothing to publish yet');
  const first = ok(await job());
  report(first.summary);
  const pr = gh.state.pulls.at(-1)!;
  console.log(`   → PR #${pr.number} "${pr.title}", labels: ${pr.labels.map((l) => l.name).join(', ')}`);

  step('4. The release PR is squash-merged (real git); the workflow runs again (stage: all): release, publish, validate');
  mergeReleasePr();
  const second = ok(await job());
  report(second.summary);
  console.log(`   → outputs: ${['release_created', 'tag_name', 'published', 'signed', 'validated', 'visible_after', 'installable_after'].map((k) => `${k}=${second.outputs[k]}`).join(' ')}`);
  console.log(`   → issues told: ${gh.state.comments.filter((c) => c.body.includes('pyrelease:released')).map((c) => `#${c.issue}`).join(', ')}`);

  step('5. A second release: a new feature, a new release PR, merged, released, published, validated');
  commit('feat(cli): add a --version flag', ['NOTES.md', 'word counter, punctuation, version flag\n']);
  git(['push', '-q', 'origin', 'main']);
  ok(await job());
  const pr2 = mergeReleasePr();
  console.log(`   → PR #${pr2.number} "${pr2.title}" merged`);
  const fourth = ok(await job());
  report(fourth.summary.slice(fourth.summary.indexOf('### Publish')));

  step('6. What the index and GitHub hold now');
  for (const v of ['0.2.0', '0.3.0']) console.log(`   ${pypi.url}/project/demo-pkg/${v}/: ${pypi.files('demo-pkg', v).map((f) => `${f.filename}${f.attestations ? ' (+ PEP 740 attestation)' : ''}`).join(', ')}`);
  console.log(`   GitHub releases: ${gh.state.releases.map((r) => `${r.tag_name} [${r.assets.map((a) => a.name).join(', ')}]`).join('; ')}`);
  console.log(`   tags on origin: ${execFileSync('git', ['--git-dir', origin, 'tag'], { encoding: 'utf8' }).trim().split('\n').join(', ')}`);

  step('Files');
  console.log(`   repository: ${repo}\n   bare origin (what the GitHub stand-in serves): ${origin}\n   demo finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await Promise.allSettled([gh.close(), oidc.close(), pypi.close(), sigstore.close()]);
}
