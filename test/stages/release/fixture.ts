/**
 * A repository with a bare origin on disk, a GitHub stand-in serving that origin, and a
 * clone the release stage runs in — plus helpers to push, merge with real git and re-run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliRuntime } from '../../../src/adapters/runtime/cli-runtime.js';
import { GitRepository } from '../../../src/adapters/git/repository.js';
import { GitHubClient } from '../../../src/adapters/github/client.js';
import { loadReleaseConfig } from '../../../src/adapters/workspace/release-config-files.js';
import type { Settings } from '../../../src/settings/settings.js';
import { createServices } from '../../../src/services.js';
import { testSettings } from '../../harness/settings.js';
import { releaseStage } from '../../../src/stages/release.js';
import type { PipelineResults, StageContext, StageDefinition, StageOutcome } from '../../../src/stages/stage.js';
import { startGitHubStandin, type GitHubStandin, type GitHubStandinOptions, type Permission } from '../../standins/github/github-standin.js';
import { gitEnv } from '../../harness/fast-import.js';

export const TOKEN = 'ghs_sentinelGitHubToken000000000000000';
const fastPolicy = { attemptTimeoutMs: 2_000, retries: 2, retryBaseMs: 10, maxRateLimitWaitMs: 5_000, minWriteIntervalMs: 0 };

export interface ReleaseFixture {
  gh: GitHubStandin;
  work: string;
  origin: string;
  git(args: string[], cwd?: string): string;
  commit(message: string, files?: Record<string, string>): string;
  push(): void;
  /** Runs the release stage (or `stage`) in process; throws what the stage throws. */
  run(overrides?: Partial<Settings>, stage?: StageDefinition): Promise<StageOutcome & { requests: number; lines: string[]; results: PipelineResults }>;
  mergeReleasePr(number: number, how: 'squash' | 'merge'): string;
  close(): Promise<void>;
}

export async function releaseFixture(opts: { config?: Record<string, unknown>; files?: Record<string, string>; tag?: string; permissions?: Permission[]; actionsCanCreatePullRequests?: boolean; mergeSettings?: GitHubStandinOptions['mergeSettings']; policy?: typeof fastPolicy } = {}): Promise<ReleaseFixture> {
  const root = mkdtempSync(join(tmpdir(), 'release-'));
  const origin = join(root, 'origin.git');
  const work = join(root, 'work');
  const env = { ...gitEnv, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' };
  const git = (args: string[], cwd = work) => execFileSync('git', args, { cwd, env, encoding: 'utf8' }).trim();
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin], { env });
  execFileSync('git', ['init', '-q', '-b', 'main', work], { env });
  git(['remote', 'add', 'origin', origin]);
  const write = (files: Record<string, string>) => {
    for (const [p, c] of Object.entries(files)) {
      execFileSync('mkdir', ['-p', join(work, p, '..')]);
      writeFileSync(join(work, p), c);
    }
  };
  const commit = (message: string, files: Record<string, string> = {}) => {
    write(files);
    git(['add', '-A']);
    git(['commit', '-q', '--allow-empty', '-m', message]);
    return git(['rev-parse', 'HEAD']);
  };
  commit('chore: release 1.0.0', opts.files ?? {
    '.release-please-config.json': JSON.stringify(opts.config ?? { packages: { '.': { 'release-type': 'python' } } }, null, 2) + '\n',
    '.release-please-manifest.json': '{\n  ".": "1.0.0"\n}\n',
    'pyproject.toml': '[project]\nname = "widget"\nversion = "1.0.0"\n',
    'src/widget/__init__.py': '__version__ = "1.0.0"\n',
    'CHANGELOG.md': '# Changelog\n\n## 1.0.0 (2025-12-01)\n\n\n### Features\n\n* first ([0000000](https://github.com/acme/widget/commit/0000000))\n',
  });
  git(['tag', opts.tag ?? 'v1.0.0']);
  git(['push', '-q', 'origin', 'main', '--tags']);
  const gh = await startGitHubStandin({ owner: 'acme', repo: 'widget', bareRepo: origin, tokens: { [TOKEN]: opts.permissions ?? ['contents', 'pull_requests', 'issues'] }, actionsCanCreatePullRequests: opts.actionsCanCreatePullRequests, mergeSettings: opts.mergeSettings });
  return {
    gh,
    work,
    origin,
    git,
    commit,
    push: () => void git(['push', '-q', 'origin', 'main']),
    async run(overrides = {}, stage = releaseStage) {
      const dir = overrides.workingDirectory ?? work;
      if (dir === work || dir.startsWith(`${work}/`)) {
        git(['fetch', '-q', 'origin']);
        git(['merge', '-q', '--ff-only', 'origin/main']);
      }
      const lines: string[] = [];
      const runtime = new CliRuntime(false, (t) => lines.push(t));
      const settings = testSettings({ stage: 'release', token: TOKEN, workingDirectory: dir, tempDir: root, apiUrl: gh.url, ...overrides });
      const client = new GitHubClient(settings.token, { apiUrl: gh.url, owner: 'acme', repo: 'widget' }, opts.policy ?? fastPolicy);
      const loaded = (d: string) => {
        const config = loadReleaseConfig(d, undefined, '.release-please-manifest.json', settings.packagePath, settings.manifestLess);
        return { releaseConfig: config, ...(config.projectDir && { projectDir: config.projectDir }) };
      };
      const ctx: StageContext = {
        settings, runtime, clock: { now: () => Date.now(), sleep: async () => {}, today: () => '2026-02-03' }, results: {},
        services: { ...createServices(settings, runtime, { now: () => Date.now(), sleep: async () => {}, today: () => '2026-02-03' }), github: () => client, ...loaded(dir) },
      };
      // Requests counted where GitHub would see them: the stand-in's log (attempts included).
      const sent = gh.log.entries.length;
      const outcome = await stage.run(ctx);
      return { ...outcome, requests: gh.log.entries.length - sent, lines, results: ctx.results };
    },
    mergeReleasePr(number, how) {
      const pr = gh.state.pulls.find((p) => p.number === number)!;
      git(['fetch', '-q', 'origin']);
      if (how === 'squash') {
        git(['merge', '-q', '--squash', `origin/${pr.head}`]);
        git(['commit', '-q', '-m', `${pr.title} (#${number})`]);
      } else {
        git(['merge', '-q', '--no-ff', '-m', `Merge pull request #${number} from acme/${pr.head}\n\n${pr.title}`, `origin/${pr.head}`]);
      }
      git(['push', '-q', 'origin', 'main']);
      const sha = git(['rev-parse', 'HEAD']);
      gh.markMerged(number, sha);
      return sha;
    },
    close: () => gh.close(),
  };
}

/** A feature branch pushed, opened as a person's PR with `body`, squash-merged with real git as GitHub does; returns its number. */
export function squashMergedFeature(f: ReleaseFixture, title: string, body: string): number {
  f.git(['checkout', '-q', '-b', 'feature']);
  f.commit('wip: first try', { 'src/widget/dates.py': 'x = 1\n' });
  f.git(['push', '-q', 'origin', 'feature']);
  const pr = f.gh.addPullRequest({ title, body, head: 'feature', user: 'octocat' });
  f.git(['checkout', '-q', 'main']);
  f.git(['merge', '-q', '--squash', 'feature']);
  f.git(['commit', '-q', '-m', `${title} (#${pr.number})`]);
  f.push();
  f.gh.markMerged(pr.number, f.git(['rev-parse', 'HEAD']));
  return pr.number;
}
