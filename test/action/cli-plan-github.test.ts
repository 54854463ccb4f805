/**
 * `pyrelease plan` (the built CLI) with and without a token: with one it reads the commits' pull
 * requests from GitHub's GraphQL endpoint (GITHUB_GRAPHQL_URL, as on GitHub Enterprise) and
 * applies a BEGIN_COMMIT_OVERRIDE, as release-please would; without one it says so, once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../harness/cli-run.js';
import { releaseFixture, squashMergedFeature, TOKEN, type ReleaseFixture } from '../stages/release/fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const OVERRIDE = 'BEGIN_COMMIT_OVERRIDE\nfeat: parse ISO dates\nEND_COMMIT_OVERRIDE';

describe('pyrelease plan and the pull requests of the commits', () => {
  it('with --token: one GraphQL query to GITHUB_GRAPHQL_URL, the override applied', async () => {
    fx = await releaseFixture();
    squashMergedFeature(fx, 'feat: dates', OVERRIDE);
    // The REST base is a closed port: only the GraphQL URL may be used for this.
    const env = { GITHUB_REPOSITORY: 'acme/widget', GITHUB_API_URL: 'http://127.0.0.1:9', GITHUB_GRAPHQL_URL: `${fx.gh.url}/graphql` };
    const run = await runCli(['plan', '--cwd', fx.work, '--json', '--date', '2026-02-03', '--token', TOKEN], env);
    expect(run.exitCode, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout) as { version: string; changelogEntry: string };
    expect(plan.version).toBe('1.1.0');
    expect(plan.changelogEntry).toContain('* parse ISO dates (');
    expect(fx.gh.log.count('POST', '/graphql')).toBe(1);
    expect(run.stderr).not.toMatch(/were not read/);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });

  it('without a token: plans from git and says once that the overrides were not read', async () => {
    fx = await releaseFixture();
    squashMergedFeature(fx, 'feat: dates', OVERRIDE);
    const run = await runCli(['plan', '--cwd', fx.work, '--json', '--date', '2026-02-03'], { GITHUB_REPOSITORY: 'acme/widget' });
    expect(run.exitCode, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { changelogEntry: string }).changelogEntry).toContain('* dates (');
    expect(run.stderr.match(/pull requests of the commits were not read \(no GitHub token: pass --token or set GITHUB_TOKEN\): BEGIN_COMMIT_OVERRIDE/g)).toHaveLength(1);
    expect(fx.gh.log.entries).toHaveLength(0);
  });
});
