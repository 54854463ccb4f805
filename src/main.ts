/**
 * Composition root: Settings once → config → adapters → stage runner → one catch. Both
 * entries (the action and the CLI) come through here, so they run the same stage code.
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
import { loadReleaseConfig, locateProject } from './adapters/workspace/release-config-files.js';
import { assertCheckedOut } from './adapters/workspace/checkout.js';
import { isPyreleaseError, PyreleaseError } from './errors/pyrelease-error.js';
import { renderErrorLine, renderErrorMarkdown } from './errors/render.js';
import { settingsFromAction } from './settings/from-action.js';
import type { Settings } from './settings/settings.js';
import { selectStages } from './stages/registry.js';
import { runStages, type StageReport } from './stages/runner.js';
import { notifyWebhook } from './stages/notify.js';
import { renderRunSummary } from './stages/run-summary.js';
import type { Services } from './stages/stage.js';

export async function runAction(runtime: Runtime, clock: Clock): Promise<void> {
  try {
    const settings = settingsFromAction(runtime);
    await runPipeline(settings, runtime, clock);
  } catch (error) {
    await reportFailure(runtime, error);
  }
}

/** `policies` is for tests and the bench (a faster table); the action and the CLI use policy.ts's. */
export async function runPipeline(settings: Settings, runtime: Runtime, clock: Clock, policies: Policies = policy): Promise<StageReport[]> {
  const stages = selectStages(settings.stage);
  const services = createServices(settings, runtime, clock, policies);
  // Every stage but validate (which reads the index) works on the project's files: without a checkout, say so first.
  const needFiles = stages.filter((s) => s.name !== 'validate').map((s) => s.name);
  if (needFiles.length > 0) assertCheckedOut(settings.workingDirectory, needFiles);
  // The release config is checked before any stage runs, so a broken file fails the run
  // before anything is written; quality and security alone do not need it.
  if (stages.some((s) => s.name === 'release' || s.name === 'publish' || s.name === 'preview')) {
    const loaded = loadReleaseConfig(settings.workingDirectory, settings.configFile, settings.manifestFile, settings.packagePath);
    for (const w of loaded.warnings) runtime.warning(w, { file: loaded.configFile });
    services.releaseConfig = loaded;
    if (loaded.projectDir) services.projectDir = loaded.projectDir;
    else services.severalPackages = { configFile: loaded.configFile, paths: loaded.config.packages.map((p) => p.path) };
  } else {
    const located = locateProject(settings.workingDirectory, settings.configFile, settings.packagePath);
    if (located.warning) runtime.warning(located.warning);
    if (located.projectDir) services.projectDir = located.projectDir;
    else services.severalPackages = { configFile: located.configFile ?? 'the release-please config', paths: located.paths ?? [] };
  }
  const results = {};
  const { reports, error } = await runStages(stages, { settings, runtime, clock, results, services });
  await runtime.appendSummary(renderRunSummary(reports));
  await notifyWebhook(settings, results, reports, { runtime, clock, policy: policies.webhook });
  if (error !== undefined) throw error;
  return reports;
}

/** The real adapters for a run; tests pass a faster policy table. */
export function createServices(settings: Settings, runtime: Runtime, clock: Clock, policies: Policies = policy): Services {
  useProxy(settings.proxy);
  const idTokens = new ActionsIdTokens(settings.idTokenRequest, policies.oidc, clock, (secret) => runtime.setSecret(secret));
  return {
    git: new GitRepository(settings.workingDirectory),
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

function githubFor(settings: Settings, policies: Policies, clock: Clock): () => GitHubClient {
  let client: GitHubClient | undefined;
  return () => {
    if (client) return client;
    if (!settings.token) throw new PyreleaseError('GITHUB_NO_TOKEN', 'no GitHub token was given', { key: 'token', fix: 'leave the token input at its default (${{ github.token }}) or pass a GitHub App token' });
    if (!settings.repository) throw new PyreleaseError('REPOSITORY_UNKNOWN', 'cannot tell which repository to release', { fix: 'run in GitHub Actions (GITHUB_REPOSITORY is set there)' });
    client = new GitHubClient(settings.token, { apiUrl: settings.apiUrl, ...(settings.graphqlUrl && { graphqlUrl: settings.graphqlUrl }), ...settings.repository }, policies.github, clock);
    return client;
  };
}

export async function reportFailure(runtime: Runtime, error: unknown): Promise<void> {
  runtime.fail(renderErrorLine(error));
  try {
    await runtime.appendSummary(renderErrorMarkdown(error));
  } catch {
    // A summary that cannot be written must not hide the original failure.
  }
  if (!isPyreleaseError(error) && error instanceof Error && error.stack) runtime.debug(error.stack);
}
