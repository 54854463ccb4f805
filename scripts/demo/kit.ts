// What both demos (npm run demo, npm run demo -- --workspace) do: a throwaway repository copied from
// an example with a bare origin and dated commits, loopback stand-ins of GitHub, the Actions OIDC
// issuer, Sigstore and PyPI (one trusted publisher per PyPI project), the real action
// (dist/index.js) run as a workflow's job would run it, a squash merge of the release PR with real
// git, and the console output (steps, summaries). Each demo script only tells its story.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction, repoRoot, type ActionRun } from '../../test/harness/action-run.js';
import { debianPytestPath, runnerBin } from '../../test/harness/python-runner.js';
import { startGitHubStandin, type GitHubStandin } from '../../test/standins/github/github-standin.js';
import { startOidcStandin, type OidcStandin } from '../../test/standins/oidc/oidc-standin.js';
import { startPypiStandin, type PypiStandin } from '../../test/standins/pypi/pypi-standin.js';
import { startSigstoreStandin, type SigstoreStandin } from '../../test/standins/sigstore/sigstore-standin.js';

export { repoRoot, type ActionRun };

const TOKEN = 'ghs_demoToken0000000000000000000000000';
const started = Date.now();

export const step = (title: string): void => console.log(`\n━━ ${title}`);
export const indent = (text: string): string => text.split('\n').map((l) => `   ${l}`).join('\n');
/** A job summary as the console shows it: the HTML folding removed, blank runs squeezed. */
export const report = (summary: string): void => console.log(indent(summary.replace(/<\/?details>|<summary>|<\/summary>/g, '').replace(/\n{3,}/g, '\n\n').trim()));
export const elapsed = (): string => `${((Date.now() - started) / 1000).toFixed(0)} s`;

/** The action bundle the demo runs; built once when missing. */
export function ensureBuilt(): void {
  if (!existsSync(join(repoRoot, 'dist', 'index.js'))) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}

export interface DemoRepo {
  work: string;
  repo: string;
  origin: string;
  git(args: string[]): string;
  /** A commit dated one day after the last (2026-01-01, -02, …), so changelog dates are stable; files written first. */
  commit(message: string, files?: Record<string, string>): void;
  push(): void;
}

/** A copy of examples/<example> as a git repository on main with a bare origin, in a new temporary directory. */
export function demoRepo(example: string): DemoRepo {
  const work = mkdtempSync(join(tmpdir(), `pyrelease-${example}-`));
  const repo = join(work, example);
  const origin = join(work, 'origin.git');
  let day = 1;
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Demo Maintainer', GIT_AUTHOR_EMAIL: 'maintainer@example.com', GIT_COMMITTER_NAME: 'Demo Maintainer', GIT_COMMITTER_EMAIL: 'maintainer@example.com' };
  const git = (args: string[], extra: Record<string, string> = {}) => execFileSync('git', args, { cwd: repo, env: { ...env, ...extra }, encoding: 'utf8' }).trim();
  cpSync(join(repoRoot, 'examples', example), repo, { recursive: true });
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin], { env });
  execFileSync('git', ['init', '-q', '-b', 'main', repo], { env });
  git(['remote', 'add', 'origin', origin]);
  return {
    work, repo, origin, git: (args) => git(args),
    commit(message, files = {}) {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(repo, path)), { recursive: true });
        writeFileSync(join(repo, path), text);
      }
      const date = `2026-01-${String(day++).padStart(2, '0')}T12:00:00Z`;
      git(['add', '-A']);
      git(['commit', '-q', '--allow-empty', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    },
    push: () => void git(['push', '-q', 'origin', 'main', '--tags']),
  };
}

export interface DemoWorld {
  gh: GitHubStandin;
  oidc: OidcStandin;
  sigstore: SigstoreStandin;
  pypi: PypiStandin;
  /** The workflow's job on a push to main: `uses: pyrelease` with `inputs` on top of the stand-ins' URLs. */
  job(inputs?: Record<string, string>): Promise<ActionRun>;
  /** The open release PR squash-merged with real git and pushed; the stand-in told it is merged. */
  mergeReleasePr(): { number: number; title: string };
  /** The closing steps: each published project's files on the index, GitHub's releases, origin's tags, where the files are. */
  showWhatWasMade(title: string, published: ReadonlyArray<readonly [project: string, version: string]>): void;
  /** `pyrelease <args>` (dist/cli.js) in the repository, as a maintainer runs it locally. */
  cli(args: string[]): string;
  close(): Promise<void>;
}

/**
 * GitHub (over the bare origin), GitHub's OIDC issuer for `release.yml` on main, Sigstore
 * (@sigstore/mock's CA and log), and PyPI verifying attestations, with one trusted publisher per
 * project in `projects` (trusted publishing is configured per PyPI project).
 */
export async function startDemoWorld(demo: DemoRepo, opts: { repository: string; projects: string[]; extraPath?: string[]; env?: Record<string, string> }): Promise<DemoWorld> {
  const [owner, name] = opts.repository.split('/') as [string, string];
  const gh = await startGitHubStandin({ owner, repo: name, bareRepo: demo.origin, tokens: { [TOKEN]: ['contents', 'pull_requests', 'issues'] } });
  const workflowRef = `${opts.repository}/.github/workflows/release.yml@refs/heads/main`;
  const oidc = await startOidcStandin({ claims: { repository: opts.repository, sub: `repo:${opts.repository}:ref:refs/heads/main`, workflow_ref: workflowRef, job_workflow_ref: workflowRef } });
  const sigstore = await startSigstoreStandin();
  const pypi = await startPypiStandin({
    oidc: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl },
    sigstore: { trustedRoot: sigstore.trustedRoot },
    publishers: opts.projects.map((project) => ({ repository: opts.repository, repositoryOwnerId: oidc.claims.repository_owner_id, workflowFilename: 'release.yml', projects: [project] })),
  });
  // The runner a workflow sets up: actions/setup-python with the versions the projects declare
  // beside the default 3.11 (this machine's pyenv builds, pytest importable on each), the default
  // interpreter with pytest, mypy, bandit, build and twine (Debian's), ruff through its
  // WebAssembly build, and whatever else the demo puts first (setup-uv); offline builds.
  const runnerPath = [...(opts.extraPath ?? []), runnerBin(['3.9', '3.10', '3.12']), join(repoRoot, 'test', 'harness', 'fake-tools'), '/usr/bin', '/bin'].join(':');
  return {
    gh, oidc, sigstore, pypi,
    job: (inputs = {}) =>
      runAction({
        workspace: demo.repo,
        inputs: { stage: 'all', token: TOKEN, 'repository-url': pypi.uploadUrl, 'build-isolation': 'false', 'fulcio-url': sigstore.fulcioUrl, 'rekor-url': sigstore.rekorUrl, 'trusted-root': sigstore.trustedRootPath, ...inputs },
        env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: opts.repository, GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ID: '4242', PATH: runnerPath, PYTHONPATH: debianPytestPath(), ...oidc.env(), ...opts.env },
      }),
    mergeReleasePr() {
      const pr = gh.state.pulls.filter((p) => p.state === 'open').at(-1)!;
      demo.git(['fetch', '-q', 'origin']);
      demo.git(['merge', '-q', '--squash', `origin/${pr.head}`]);
      demo.git(['commit', '-q', '-m', `${pr.title} (#${pr.number})`]);
      demo.git(['push', '-q', 'origin', 'main']);
      gh.markMerged(pr.number, demo.git(['rev-parse', 'HEAD']));
      return pr;
    },
    showWhatWasMade(title, published) {
      step(title);
      for (const [project, version] of published) {
        console.log(`   ${pypi.url}/project/${project}/${version}/: ${pypi.files(project, version).map((f) => `${f.filename}${f.attestations ? ' (+ PEP 740 attestation)' : ''}`).join(', ') || '(nothing)'}`);
      }
      console.log(`   GitHub releases: ${gh.state.releases.map((r) => `${r.tag_name} [${r.assets.map((a) => a.name).join(', ')}]`).join('; ')}`);
      console.log(`   tags on origin: ${execFileSync('git', ['--git-dir', demo.origin, 'tag'], { encoding: 'utf8' }).trim().split('\n').join(', ')}`);
      step('Files');
      console.log(`   repository: ${demo.repo}\n   bare origin (what the GitHub stand-in serves): ${demo.origin}\n   demo finished in ${elapsed()}`);
    },
    cli: (args) => spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args, '--cwd', demo.repo], { env: { ...process.env, GITHUB_REPOSITORY: opts.repository }, encoding: 'utf8' }).stdout,
    close: async () => void (await Promise.allSettled([gh.close(), oidc.close(), pypi.close(), sigstore.close()])),
  };
}

/** The run, or the demo stops with what the action printed. */
export function ok(run: ActionRun): ActionRun {
  if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`);
  return run;
}
