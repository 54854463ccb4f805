/**
 * node dist/index.js with stage: publish as the workflows that move from pypa/gh-action-pypi-publish
 * and release-please-action run it: on a published release (nothing handed over), on a tag push,
 * after release-please-action (release_created + tag_name only); and with nothing to publish,
 * which fails in one line instead of passing having published nothing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../harness/action-run.js';
import { pushEvent, releaseEvent, type RunnerEvent } from '../harness/runner-env.js';
import { missingTools, missingToolsReason } from '../harness/tools.js';
import { GH_TOKEN, publishFixture, type PublishFixture } from '../stages/publish/fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine']);
let fx: PublishFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

function publishJob(f: PublishFixture, event: RunnerEvent, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: f.repo.dir,
    event,
    sha: f.releaseSha,
    inputs: { stage: 'publish', token: GH_TOKEN, 'repository-url': f.pypi.uploadUrl, 'build-isolation': 'false', sign: 'false', ...inputs },
    env: { GITHUB_API_URL: f.gh.url, GITHUB_REPOSITORY: 'acme/widget', PATH: '/usr/bin:/bin', ...f.oidc.env() },
  });
}

const errors = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error');

describe.skipIf(missing.length > 0)(`the action, stage: publish on events${missing.length ? ` (skipped: ${missingToolsReason(missing)})` : ''}`, () => {
  it('on: release: types: [published] — no inputs but the stage: publishes the release\'s tag', async () => {
    fx = await publishFixture();
    const run = await publishJob(fx, releaseEvent({ tagName: 'v0.1.0' }));
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ published: 'true', version: '0.1.0' });
    expect(fx.pypi.files('demo-pkg', '0.1.0')).toHaveLength(2);
  });

  it('on: push: tags — publishes the pushed tag; the re-run uploads nothing again', async () => {
    fx = await publishFixture();
    const event = pushEvent({ ref: 'refs/tags/v0.1.0', after: fx.releaseSha });
    expect((await publishJob(fx, event)).exitCode).toBe(0);
    const again = await publishJob(fx, event);
    expect(again.exitCode, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toMatch(/0 uploaded, 2 already there/);
    expect(fx.pypi.log.entries.filter((e) => e.method === 'POST' && e.path === '/legacy/')).toHaveLength(2);
  });

  it('after release-please-action: release_created + tag_name alone publish that release', async () => {
    fx = await publishFixture();
    const run = await publishJob(fx, pushEvent({ after: fx.releaseSha }), { release_created: 'true', tag_name: 'v0.1.0' });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.version).toBe('0.1.0');
  });

  it('stage: publish with nothing to publish fails in one line saying what to pass; nothing uploaded', async () => {
    fx = await publishFixture();
    const run = await publishJob(fx, pushEvent({ after: fx.releaseSha }));
    expect(run.exitCode).toBe(1);
    expect(errors(run)).toHaveLength(1);
    expect(errors(run)[0]!.message).toMatch(/^stage: publish was asked for, but has nothing to do: this job knows of no release.* — fix: .*release_created.*tag_name.*\[STAGE_NOTHING_TO_DO\]$/);
    expect(fx.pypi.files('demo-pkg')).toHaveLength(0);
  });

  it('a release event on a tag in another format: one line, exit 1, nothing uploaded', async () => {
    fx = await publishFixture();
    const run = await publishJob(fx, releaseEvent({ tagName: 'demo-0.1.0' }));
    expect(run.exitCode).toBe(1);
    expect(errors(run).map((e) => e.message)).toEqual([expect.stringMatching(/the release event's tag "demo-0\.1\.0" is not a release tag of this project.*\[PUBLISH_TAG_NOT_A_RELEASE\]$/)]);
    expect(fx.pypi.files('demo-pkg')).toHaveLength(0);
  });
});

