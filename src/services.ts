/**
 * The real adapters for a run, built once: git, and on first use GitHub, the package index,
 * Sigstore. Its own module so that the entries load Octokit and Sigstore only once a run
 * needs stages (main.ts imports it after the config check; issue #21).
 */
import type { Clock } from './adapters/clock.js';
import { GitRepository } from './adapters/git/repository.js';
import { GitHubClient } from './adapters/github/client.js';
import { useProxy } from './adapters/http/transport.js';
import { policy, type Policies } from './adapters/policy.js';
import type { Runtime } from './adapters/runtime/runtime.js';
import { ActionsIdTokens } from './adapters/oidc/actions-id-token.js';
import { PackageIndex } from './adapters/pypi/package-index.js';
import { BundleSigner } from './adapters/sigstore/bundle-signer.js';
import { loadTrustedRoot } from './adapters/sigstore/trusted-root.js';
import { indexEndpoints } from './core/publish/index-endpoints.js';
import { PyreleaseError } from './errors/pyrelease-error.js';
import type { Settings } from './settings/settings.js';
import type { Services } from './stages/stage.js';

/** The real adapters for a run; tests pass a faster policy table. */
/** `gitEnv`: what every git process on the repository needs (a blob-less clone's credentials, stages/workspace-source.ts). */
export function createServices(settings: Settings, runtime: Runtime, clock: Clock, policies: Policies = policy, gitEnv?: Record<string, string>): Services {
  useProxy(settings.proxy);
  const idTokens = new ActionsIdTokens(settings.idTokenRequest, policies.oidc, clock, (secret) => runtime.setSecret(secret));
  return {
    git: new GitRepository(settings.workingDirectory, gitEnv && { env: gitEnv }),
    github: githubFor(settings, policies, clock),
    index: once(() => new PackageIndex(indexEndpoints(settings.repositoryUrl, settings.indexUrl || undefined), policies, clock)),
    idTokens,
    signer: once(() => new BundleSigner({ fulcioUrl: settings.fulcioUrl, rekorUrl: settings.rekorUrl }, idTokens, policies.sigstore, clock)),
    trustedRoot: once(() => loadTrustedRoot(settings.trustedRoot, settings.tempDir, policies.sigstore.attemptTimeoutMs)),
  };
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function githubFor(settings: Settings, policies: Policies, clock: Clock): () => GitHubClient {
  let client: GitHubClient | undefined;
  return () => {
    if (client) return client;
    if (!settings.token) throw new PyreleaseError('GITHUB_NO_TOKEN', 'no GitHub token was given', { key: 'token', fix: 'leave the token input at its default (${{ github.token }}) or pass a GitHub App token' });
    if (!settings.repository) throw new PyreleaseError('REPOSITORY_UNKNOWN', 'cannot tell which repository to release', { fix: 'run in GitHub Actions (GITHUB_REPOSITORY is set there)' });
    client = new GitHubClient(settings.token, { apiUrl: settings.apiUrl, ...(settings.graphqlUrl && { graphqlUrl: settings.graphqlUrl }), ...settings.repository }, policies.github, clock);
    return client;
  };
}
