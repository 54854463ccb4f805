/**
 * node dist/index.js with stage: publish, as a split publish job gets it: the release job's
 * outputs as inputs, id-token: write (the OIDC variables), the stand-ins for PyPI and GitHub.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../harness/action-run.js';
import { missingTools, missingToolsReason } from '../harness/tools.js';
import { GH_TOKEN, publishFixture, type PublishFixture } from '../stages/publish/fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine']);
let fx: PublishFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

function publishJob(f: PublishFixture, inputs: Record<string, string> = {}, env: Record<string, string> = f.oidc.env()): Promise<ActionRun> {
  // Signing goes to the loopback Sigstore when the fixture has one; never to the public instance.
  const signing: Record<string, string> = f.sigstore ? { 'fulcio-url': f.sigstore.fulcioUrl, 'rekor-url': f.sigstore.rekorUrl, 'trusted-root': f.sigstore.trustedRootPath } : { sign: 'false' };
  return runAction({
    workspace: f.repo.dir,
    inputs: { stage: 'publish', token: GH_TOKEN, 'repository-url': f.pypi.uploadUrl, 'build-isolation': 'false', release_created: 'true', version: '0.1.0', tag_name: 'v0.1.0', sha: f.releaseSha, ...signing, ...inputs },
    env: { GITHUB_API_URL: f.gh.url, GITHUB_REPOSITORY: 'acme/widget', PATH: '/usr/bin:/bin', ...env },
  });
}

/** Every secret of the run, checked everywhere the runner shows or keeps: only `::add-mask::` may carry one. */
function expectNoSecretShown(run: ActionRun, secrets: string[]): void {
  const shown = [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.stderr, run.summary, JSON.stringify(run.outputs), JSON.stringify(run.annotations)];
  for (const s of secrets) for (const text of shown) expect(text).not.toContain(s);
}

describe.skipIf(missing.length > 0)(`the action, stage: publish${missing.length ? ` (skipped: ${missingToolsReason(missing)})` : ''}`, () => {
  it('publishes with trusted publishing and Sigstore attestations; outputs for the next job; every token masked before use', async () => {
    fx = await publishFixture({ sign: true });
    const run = await publishJob(fx);
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ published: 'true', version: '0.1.0', repository_url: fx.pypi.uploadUrl, signed: 'true' });
    expect((JSON.parse(run.outputs.attestations!) as string[]).map((p) => p.split('/').pop())).toEqual(['demo_pkg-0.1.0-py3-none-any.whl.sigstore.json', 'demo_pkg-0.1.0.tar.gz.sigstore.json']);
    expect(fx.pypi.files('demo-pkg', '0.1.0').every((f) => f.attestations !== undefined)).toBe(true);
    const files = JSON.parse(run.outputs.files!) as { name: string; sha256: string }[];
    expect(files.map((f) => f.sha256)).toEqual(fx.pypi.files('demo-pkg', '0.1.0').sort((a, b) => a.filename.localeCompare(b.filename)).map((f) => f.sha256));
    expect(run.summary).toMatch(/### Publish/);
    expect(run.summary).toContain(`| \`${files[0]!.name}\` | \`${files[0]!.sha256}\``);
    // The minted upload token and the OIDC request token were masked before anything could print them.
    expect(run.masks).toEqual(expect.arrayContaining([GH_TOKEN, fx.oidc.requestToken, ...fx.pypi.mintedTokens, ...fx.oidc.issued]));
    expectNoSecretShown(run, [GH_TOKEN, fx.oidc.requestToken, ...fx.pypi.mintedTokens, ...fx.oidc.issued]);
  });

  it('without id-token: write: one error line with the YAML fix, exit 1, nothing uploaded', async () => {
    fx = await publishFixture();
    const run = await publishJob(fx, {}, {});
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/trusted publishing needs an OIDC token.*id-token: write/s);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
    expect(fx.pypi.files('demo-pkg')).toHaveLength(0);
    expect(run.summary).toContain('id-token: write');
  });

  it('an API token in the password input is masked and used', async () => {
    const apiToken = 'pypi-AgEIcHlwaS5vcmcActionSentinel000000000000';
    fx = await publishFixture({ pypi: { apiTokens: { [apiToken]: ['demo-pkg'] } } });
    const run = await publishJob(fx, { password: apiToken }, {});
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.masks).toContain(apiToken);
    expectNoSecretShown(run, [apiToken]);
    expect(fx.pypi.files('demo-pkg', '0.1.0')).toHaveLength(2);
  });
});
