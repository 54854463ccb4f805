/**
 * What each CLI command runs; every command goes through the same stage code as the action.
 * Each command imports what it uses when it runs: `plan` reads git and plans, and loads
 * Octokit only with a token, never Sigstore or the PyPI client (issue #21).
 */
import type { Clock } from './adapters/clock.js';
import { GitRepository } from './adapters/git/repository.js';
import type { CliRuntime } from './adapters/runtime/cli-runtime.js';
import { planJson, renderPlanText } from './core/plan-text.js';
import { writeJson } from './adapters/runtime/json-stream.js';
import { PyreleaseError } from './errors/pyrelease-error.js';
import type { CliRequest } from './settings/from-argv.js';
import { planFromRepository } from './stages/plan-from-repository.js';
import { policy } from './adapters/policy.js';
import type { RawCommit } from './core/commits/raw-commit.js';
import type { RepositoryRef } from './settings/settings.js';
import { notRead, readPullRequestsOfCommits } from './stages/pull-requests-of-commits.js';
import { manifestLessConfig } from './core/config/manifest-less.js';

type RunRequest = Extract<CliRequest, { kind: 'run' }>;

export async function runCliCommand(request: RunRequest, runtime: CliRuntime, clock: Clock): Promise<void> {
  switch (request.command.name) {
    case 'plan':
      return planCommand(request, runtime, clock);
    case 'check':
      return checkCommand(request, runtime, clock);
  }
}

/** The quality gates and the security scan, as the action runs them; the summary as text. */
async function checkCommand(request: RunRequest, runtime: CliRuntime, clock: Clock): Promise<void> {
  const settings = request.settings;
  const [{ createServices }, { publishPreflightAtHead }, { qualityStage }, { securityStage }, { runStages }] = await Promise.all([
    import('./services.js'),
    import('./stages/publish.js'),
    import('./stages/quality.js'),
    import('./stages/security.js'),
    import('./stages/runner.js'),
  ]);
  const services = { ...createServices(settings, runtime, clock), github: () => { throw new PyreleaseError('GITHUB_NO_TOKEN', 'pyrelease check does not talk to GitHub', {}); } };
  const ctx = { settings, runtime, clock, results: {}, services };
  const { reports, error } = await runStages([qualityStage, securityStage], ctx);
  const publish = request.publishPreflight ? await publishPreflightAtHead(ctx) : undefined;
  const preflightFailure = publish?.find((c) => c.level === 'fail');
  if (request.json) {
    const checks = publish?.map(({ name, level, detail }) => ({ name, level, detail }));
    process.stdout.write(`${JSON.stringify({ passed: error === undefined && !preflightFailure, stages: reports, outputs: Object.fromEntries(runtime.outputs), ...(checks ? { publish: checks } : {}) })}\n`);
  } else {
    process.stdout.write(runtime.summary.join('\n'));
    if (publish) process.stdout.write(['', '### Publish preflight', '', ...publish.map((c) => `- ${c.level === 'ok' ? '✅' : c.level === 'warn' ? '⚠️' : '❌'} ${c.name}: ${c.detail}`), ''].join('\n'));
  }
  if (error !== undefined) throw error;
  if (preflightFailure?.error) throw preflightFailure.error;
}

async function planCommand(request: RunRequest, runtime: CliRuntime, clock: Clock): Promise<void> {
  const { settings } = request;
  if (settings.token) runtime.setSecret(settings.token);
  for (const w of request.warnings) runtime.warning(w);
  const github = async (repository: RepositoryRef) => {
    const { GitHubClient } = await import('./adapters/github/client.js');
    return new GitHubClient(settings.token, { apiUrl: settings.apiUrl, ...(settings.graphqlUrl && { graphqlUrl: settings.graphqlUrl }), ...repository }, policy.github, clock);
  };
  const readPullRequests = settings.token
    ? async (commits: RawCommit[], where: { repository: RepositoryRef; targetBranch: string; stopSha?: string; maxCommits: number }) => readPullRequestsOfCommits(await github(where.repository), where.targetBranch, commits, where)
    : undefined;
  const generateNotes = settings.token
    ? async (r: { repository: RepositoryRef; tag: string; previousTag: string | null; targetBranch: string }) => {
        const { generatedNotesIfAllowed } = await import('./stages/github-notes.js');
        return generatedNotesIfAllowed(await github(r.repository), runtime, r);
      }
    : undefined;
  const outcome = await planFromRepository(new GitRepository(settings.workingDirectory), {
    ref: request.ref,
    date: request.date ?? clock.today(),
    configFile: settings.configFile,
    manifestFile: settings.manifestFile,
    ...(settings.packagePath !== undefined && { onlyPath: settings.packagePath }),
    ...(settings.manifestLess && { manifestLess: manifestLessConfig(settings.manifestLess).config }),
    targetBranch: request.branch,
    repository: settings.repository,
    ...(readPullRequests && { readPullRequests }),
    ...(generateNotes && { generateNotes }),
  });
  for (const n of outcome.notices) runtime.notice(n);
  // Said once, after a plan was made (a refusal stays one line).
  if (!readPullRequests) runtime.notice(notRead('no GitHub token: pass --token or set GITHUB_TOKEN'));
  for (const w of outcome.warnings) runtime.warning(w);
  if (outcome.pullRequestsWarning) runtime.warning(outcome.pullRequestsWarning);
  if (request.json) {
    // In pieces: the JSON holds the CHANGELOG entry three times (json-stream.ts).
    writeJson(planJson(outcome.plan), (piece) => process.stdout.write(piece));
    process.stdout.write('\n');
  } else process.stdout.write(renderPlanText(outcome.plan));
}
