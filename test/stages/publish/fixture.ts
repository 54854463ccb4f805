/**
 * The world a publish job sees: the demo package released as 0.1.0 or `version` (tag, GitHub release) in a
 * repository with a bare origin, a GitHub stand-in over it, an Actions OIDC stand-in, and a
 * PyPI stand-in whose trusted publisher is this repository's release.yml.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliRuntime } from '../../../src/adapters/runtime/cli-runtime.js';
import { createServices } from '../../../src/services.js';
import { configured } from '../../../src/main.js';
import type { Settings } from '../../../src/settings/settings.js';
import { publishStage } from '../../../src/stages/publish.js';
import type { PipelineResults, StageContext, StageDefinition, StageOutcome } from '../../../src/stages/stage.js';
import { copyDemoPackage, type GitRepo } from '../../harness/git-repo.js';
import { uvPath } from '../../harness/python-runner.js';
import { testSettings } from '../../harness/settings.js';
import { memberTag, monorepoDemo, type MonorepoMember } from '../../harness/monorepo-demo.js';
import { startGitHubStandin, type GitHubStandin, type Permission } from '../../standins/github/github-standin.js';
import { startOidcStandin, type OidcStandin, type OidcStandinOptions } from '../../standins/oidc/oidc-standin.js';
import { startPypiStandin, type PypiStandin, type PypiStandinOptions } from '../../standins/pypi/pypi-standin.js';
import { startSigstoreStandin, type SigstoreStandin, type SigstoreStandinOptions } from '../../standins/sigstore/sigstore-standin.js';

export const GH_TOKEN = 'ghs_sentinelPublishGitHubToken00000000';
const fast = { attemptTimeoutMs: 3_000, retries: 2, retryBaseMs: 5, maxRateLimitWaitMs: 2_000, minWriteIntervalMs: 0 };
export const fastPolicies = { github: fast, pypi: fast, oidc: fast, sigstore: fast, webhook: fast, git: { ...fast, retries: 0 } };

export interface PublishRun {
  outcome?: StageOutcome;
  error?: Error & { code?: string; details?: { fix?: string; more?: string[] } };
  /** Everything the run printed (log lines, tool output), for leak and message checks. */
  log: string;
  secrets: string[];
  results: PipelineResults;
}

export interface PublishFixture {
  repo: GitRepo;
  gh: GitHubStandin;
  oidc: OidcStandin;
  pypi: PypiStandin;
  /** Fulcio + Rekor on loopback (when the fixture signs). */
  sigstore: SigstoreStandin | undefined;
  releaseSha: string;
  /** Runs the publish stage (or `stage`), with `results` as the earlier stages' in-memory results. */
  run(overrides?: Partial<Settings>, stage?: StageDefinition, results?: PipelineResults): Promise<PublishRun>;
  close(): Promise<void>;
}

/** `sign: true` adds a Sigstore stand-in, a PyPI that verifies attestations against its root, and sign: true in the settings. */
/**
 * `members`: a monorepo instead (test/harness/monorepo-demo.ts), each member tagged and released
 * as release-please does (`<component>-v<version>`), every member's project trusted by default,
 * and the release job's outputs handed over in the releases input.
 */
export async function publishFixture(o: { pypi?: Partial<PypiStandinOptions>; oidc?: OidcStandinOptions; release?: boolean; sign?: boolean; sigstore?: SigstoreStandinOptions; maxSleepMs?: number; policies?: typeof fastPolicies; version?: string; githubPermissions?: Permission[]; members?: MonorepoMember[]; uvWorkspace?: boolean } = {}): Promise<PublishFixture> {
  const version = o.version ?? '0.1.0';
  const members = o.members;
  const tags = members ? members.map(memberTag) : [`v${version}`];
  const tag = tags[0]!;
  const repo = members ? await monorepoDemo(members, { uvWorkspace: o.uvWorkspace }) : await copyDemoPackage(undefined, { message: `chore: release ${version}` });
  if (!members && version !== '0.1.0') {
    for (const file of ['pyproject.toml', 'src/demo_pkg/__init__.py']) writeFileSync(join(repo.dir, file), readFileSync(join(repo.dir, file), 'utf8').replace('"0.1.0"', `"${version}"`));
    await repo.git(['commit', '-q', '-a', '--amend', '--no-edit']);
  }
  for (const t of tags) await repo.git(['tag', t]);
  await repo.git(['push', '-q', 'origin', 'HEAD:main', '--tags']);
  const releaseSha = await repo.git(['rev-parse', 'HEAD']);
  const gh = await startGitHubStandin({ owner: 'acme', repo: 'widget', bareRepo: repo.origin, tokens: { [GH_TOKEN]: o.githubPermissions ?? ['contents', 'pull_requests', 'issues'] } });
  if (o.release !== false) for (const t of tags) gh.state.releases.push({ id: gh.state.id(), tag_name: t, target_commitish: 'main', name: t, body: 'notes', draft: false, prerelease: false, created_at: gh.state.now(), assets: [] });
  const oidc = await startOidcStandin(o.oidc);
  const sigstore = o.sign ? await startSigstoreStandin(o.sigstore) : undefined;
  const pypi = await startPypiStandin({
    oidc: { issuer: oidc.issuer, jwksUrl: oidc.jwksUrl },
    ...(sigstore ? { sigstore: { trustedRoot: sigstore.trustedRoot } } : {}),
    publishers: [{ repository: 'acme/widget', repositoryOwnerId: '4242', workflowFilename: 'release.yml', projects: members ? members.map((m) => m.name) : ['demo-pkg'] }],
    ...o.pypi,
  });
  const tempDir = mkdtempSync(join(tmpdir(), 'publish-temp-'));
  return {
    repo, gh, oidc, pypi, sigstore, releaseSha,
    async run(overrides = {}, stage = publishStage, results = {}) {
      const chunks: string[] = [];
      const secrets: string[] = [];
      const runtime = new CliRuntime(false, (t) => chunks.push(t));
      const setSecret = runtime.setSecret.bind(runtime);
      runtime.setSecret = (s: string) => {
        secrets.push(s);
        setSecret(s);
      };
      const settings = testSettings({
        stage: 'publish', token: GH_TOKEN, workingDirectory: repo.dir, tempDir, apiUrl: gh.url, repositoryUrl: pypi.uploadUrl, buildIsolation: false,
        idTokenRequest: { url: oidc.requestUrl, token: oidc.requestToken },
        handoff: members ? { releases: members.map((m) => ({ path: m.path, tagName: memberTag(m), version: m.version, sha: releaseSha })) } : { release: { releaseCreated: true, version, tagName: tag, sha: releaseSha } },
        ...(sigstore ? { sign: true, fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl, trustedRoot: sigstore.trustedRootPath } : {}),
        ...overrides,
      });
      // Retries and backoff do not really wait; polling does (validation waits for the index's clock).
      const clock = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, Math.min(ms, o.maxSleepMs ?? 0))), today: () => '2026-02-03' };
      // A monorepo's config is read as main.ts reads it: several packages, no path, so publish acts on every release.
      const services = { ...createServices(settings, runtime, clock, o.policies ?? fastPolicies), ...(members && configured(settings, runtime)) };
      const ctx: StageContext = { settings, runtime, clock, results, services };
      try {
        const outcome = await stage.run(ctx);
        return { outcome, log: chunks.join(''), secrets, results: ctx.results };
      } catch (error) {
        return { error: error as PublishRun['error'], log: chunks.join(''), secrets, results: ctx.results };
      }
    },
    async close() {
      await Promise.allSettled([gh.close(), oidc.close(), pypi.close(), ...(sigstore ? [sigstore.close()] : [])]);
      await repo.cleanup();
    },
  };
}

/**
 * The hooks every test file of publish fixtures needs — Debian's python3 (with build, hatchling,
 * twine) first on PATH, every fixture closed after its test — and the opener that tracks them.
 */
export function publishFixtures(): (o?: Parameters<typeof publishFixture>[0]) => Promise<PublishFixture> {
  const open: PublishFixture[] = [];
  beforeAll(() => {
    process.env.PATH = '/usr/bin:/bin';
  });
  afterEach(async () => {
    await Promise.allSettled(open.splice(0).map((f) => f.close()));
  });
  return async (o) => {
    const f = await publishFixture(o);
    open.push(f);
    return f;
  };
}

/**
 * Runs `fn` with the uv stand-in on PATH (setup-uv + setup-python, test/harness/python-runner.ts),
 * as a runner with astral-sh/setup-uv has it; the environment is put back after.
 */
export async function withUvStandin<T>(fn: () => Promise<T>): Promise<T> {
  const uv = uvPath({ tempDir: mkdtempSync(join(tmpdir(), 'uv-publish-')) });
  const saved = { ...process.env };
  Object.assign(process.env, uv.env);
  try {
    return await fn();
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

/** The upload requests PyPI received (attempts included). */
export const uploadRequests = (f: PublishFixture) => f.pypi.log.entries.filter((e) => e.method === 'POST' && e.path === '/legacy/');
