/**
 * A whole release world for the reliability suite: the demo package in a repository with a bare
 * origin, GitHub, OIDC, Sigstore and PyPI stand-ins, a webhook receiver — and the built action run
 * as a workflow step with sentinel secrets, so every leak can be searched for by value.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, repoRoot, type ActionRun } from '../harness/action-run.js';
import { fastVenvDir } from '../harness/fast-venv.js';
import { startGitHubStandin, type GitHubStandin } from '../standins/github/github-standin.js';
import { startOidcStandin, type OidcStandin } from '../standins/oidc/oidc-standin.js';
import { startPypiStandin, type PypiStandin } from '../standins/pypi/pypi-standin.js';
import { startSigstoreStandin, type SigstoreStandin } from '../standins/sigstore/sigstore-standin.js';
import { json, startStandin, type Standin } from '../standins/server.js';


export const GH_SENTINEL = 'ghs_SENTINELreliabilityToken0000000000';

export interface World {
  repo: string;
  gh: GitHubStandin;
  oidc: OidcStandin;
  sigstore: SigstoreStandin;
  pypi: PypiStandin;
  hook: Standin;
  webhookUrl: string;
  commit(message: string): void;
  push(): void;
  /** Squash-merges the open release PR with real git, as GitHub would, and records the merge. */
  mergeReleasePr(): number;
  /** The action as one workflow step (stage: all unless given). */
  action(inputs?: Record<string, string>, o?: { signal?: AbortSignal; env?: Record<string, string> }): Promise<ActionRun>;
  /** Every secret value of the world so far (tokens minted and issued included). */
  secrets(): string[];
  /** Every stand-in, for request logs and fault arming. */
  standins(): Standin[];
  close(): Promise<void>;
}

/**
 * `apiTokens` adds PyPI API tokens (for baselines that upload with twine); `config` replaces the demo's
 * release-please config; `fastVenv` puts test/harness/fast-venv first on the step's PATH (real venvs
 * without ensurepip's ~3 s each) for suites whose subject is not Python's venv.
 */
export async function createWorld(o: { apiTokens?: Record<string, string[] | '*'>; config?: Record<string, unknown>; fastVenv?: boolean } = {}): Promise<World> {
  const root = mkdtempSync(join(tmpdir(), 'reliability-'));
  const repo = join(root, 'repo');
  const origin = join(root, 'origin.git');
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'M', GIT_AUTHOR_EMAIL: 'm@example.com', GIT_COMMITTER_NAME: 'M', GIT_COMMITTER_EMAIL: 'm@example.com' };
  const git = (args: string[]) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim();
  cpSync(join(repoRoot, 'examples', 'demo-package'), repo, { recursive: true });
  if (o.config) writeFileSync(join(repo, '.release-please-config.json'), `${JSON.stringify(o.config, null, 2)}\n`);
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin], { env });
  execFileSync('git', ['init', '-q', '-b', 'main', repo], { env });
  git(['remote', 'add', 'origin', origin]);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'chore: release 0.1.0']);
  git(['tag', 'v0.1.0']);
  git(['push', '-q', 'origin', 'main', '--tags']);
  let n = 0;
  const stepPathPrefix = o.fastVenv ? `${fastVenvDir}:` : '';
  const gh = await startGitHubStandin({ owner: 'acme', repo: 'widget', bareRepo: origin, tokens: { [GH_SENTINEL]: ['contents', 'pull_requests', 'issues'] } });
  const oidc = await startOidcStandin();
  const sigstore = await startSigstoreStandin();
  const pypi = await startPypiStandin({ oidc: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl }, sigstore: { trustedRoot: sigstore.trustedRoot }, publishers: [{ repository: 'acme/widget', repositoryOwnerId: '4242', workflowFilename: 'release.yml', projects: ['demo-pkg'] }], ...(o.apiTokens ? { apiTokens: o.apiTokens } : {}) });
  const hook = await startStandin(() => json(200, { ok: true }), { name: 'webhook' });
  const webhookUrl = `${hook.url}/services/T0/B0/SENTINELwebhookPath`;
  const world: World = {
    repo, gh, oidc, sigstore, pypi, hook, webhookUrl,
    commit(message) {
      writeFileSync(join(repo, 'NOTES.md'), `change ${++n}\n`);
      git(['add', '-A']);
      git(['commit', '-q', '-m', message]);
    },
    push: () => void git(['push', '-q', 'origin', 'main']),
    mergeReleasePr() {
      const pr = gh.state.pulls.filter((p) => p.state === 'open').at(-1)!;
      git(['fetch', '-q', 'origin']);
      git(['merge', '-q', '--squash', `origin/${pr.head}`]);
      git(['commit', '-q', '-m', `${pr.title} (#${pr.number})`]);
      git(['push', '-q', 'origin', 'main']);
      gh.markMerged(pr.number, git(['rev-parse', 'HEAD']));
      return pr.number;
    },
    action(inputs = {}, o = {}) {
      return runAction({
        workspace: repo,
        signal: o.signal,
        inputs: {
          stage: 'all', token: GH_SENTINEL, 'repository-url': pypi.uploadUrl, 'build-isolation': 'false', 'python-versions': '3.11',
          'fulcio-url': sigstore.fulcioUrl, 'rekor-url': sigstore.rekorUrl, 'trusted-root': sigstore.trustedRootPath, 'notify-webhook': webhookUrl, ...inputs,
        },
        env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/widget', GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ID: '1', PATH: `${join(repoRoot, 'test', 'harness', 'fake-tools')}:${stepPathPrefix}/usr/bin:/bin`, ...oidc.env(), ...o.env },
      });
    },
    secrets: () => [GH_SENTINEL, oidc.requestToken, ...oidc.issued, ...pypi.mintedTokens, webhookUrl, 'SENTINELwebhookPath'],
    standins: () => [gh, oidc, sigstore, pypi, hook],
    close: async () => {
      await Promise.allSettled([gh.close(), oidc.close(), sigstore.close(), pypi.close(), hook.close()]);
    },
  };
  return world;
}
