import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliRuntime } from '../../src/adapters/runtime/cli-runtime.js';
import { PyreleaseErrors } from '../../src/errors/pyrelease-error.js';
import { settingsFromAction } from '../../src/settings/from-action.js';

/** A runtime whose inputs and environment are given: the shape the runner gives the action. */
class GivenRuntime extends CliRuntime {
  readonly lines: string[] = [];
  readonly masked: string[] = [];
  constructor(private readonly inputs: Record<string, string>, private readonly vars: Record<string, string>) {
    super(false, (t) => this.lines.push(t));
  }
  override getInput(name: string): string {
    return (this.inputs[name] ?? '').trim();
  }
  override env(name: string): string | undefined {
    return this.vars[name] || undefined;
  }
  override setSecret(value: string): void {
    this.masked.push(value);
    super.setSecret(value);
  }
}

function workspace(event?: unknown): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'settings-'));
  const vars: Record<string, string> = { GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/widget', GITHUB_REF: 'refs/heads/main', RUNNER_TEMP: dir };
  if (event !== undefined) {
    writeFileSync(join(dir, 'event.json'), JSON.stringify(event));
    vars.GITHUB_EVENT_PATH = join(dir, 'event.json');
  }
  return vars;
}

describe('settingsFromAction', () => {
  it('applies the documented defaults', () => {
    const s = settingsFromAction(new GivenRuntime({}, workspace()));
    expect(s).toMatchObject({
      stage: 'all',
      forcePublish: false,
      skipTests: false,
      dryRun: false,
      configFile: undefined,
      manifestFile: '.release-please-manifest.json',
      pythonVersions: [],
      repositoryUrl: 'https://upload.pypi.org/legacy/',
      repository: { owner: 'acme', repo: 'widget' },
    });
    // No event to name the default branch: the release stage asks GitHub for it.
    expect(s.targetBranch).toBeUndefined();
  });

  it('releases from the default branch, not the pushed one, unless target-branch says otherwise (as release-please-action)', () => {
    const vars = { ...workspace({ ref: 'refs/heads/feature', repository: { full_name: 'acme/widget', default_branch: 'trunk' } }), GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/feature' };
    expect(settingsFromAction(new GivenRuntime({}, vars)).targetBranch).toBe('trunk');
    expect(settingsFromAction(new GivenRuntime({ 'target-branch': 'release/1.x' }, vars)).targetBranch).toBe('release/1.x');
    const pr = { ...workspace({ pull_request: { number: 3 }, repository: { default_branch: 'trunk' } }), GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'release/1.x' };
    expect(settingsFromAction(new GivenRuntime({}, pr)).targetBranch).toBe('release/1.x');
  });

  it('reads force_publish and skip_tests from the workflow_dispatch event as well as from with:', () => {
    const vars = { ...workspace({ inputs: { force_publish: 'true', skip_tests: 'false' } }), GITHUB_EVENT_NAME: 'workflow_dispatch' };
    const s = settingsFromAction(new GivenRuntime({ skip_tests: 'true' }, vars));
    expect(s.forcePublish).toBe(true);
    expect(s.skipTests).toBe(true);
  });

  it('ignores dispatch inputs on other events', () => {
    const vars = { ...workspace({ inputs: { force_publish: 'true' } }), GITHUB_EVENT_NAME: 'push' };
    expect(settingsFromAction(new GivenRuntime({}, vars)).forcePublish).toBe(false);
  });

  it('masks the token as soon as it is read', () => {
    const rt = new GivenRuntime({ token: 'ghs_sentinelTOKEN1234' }, workspace());
    settingsFromAction(rt);
    expect(rt.masked).toContain('ghs_sentinelTOKEN1234');
  });

  it('reports every bad input at once, each naming the input and the fix', () => {
    const rt = new GivenRuntime({ stage: 'deploy', 'dry-run': 'yes', 'python-versions': '3.11 three', 'repository-url': 'ftp://x' }, workspace());
    let caught: unknown;
    try {
      settingsFromAction(rt);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PyreleaseErrors);
    const problems = (caught as PyreleaseErrors).problems.map((p) => [p.code, p.details.key]);
    expect(problems).toEqual([
      ['INPUT_BAD_CHOICE', 'stage'],
      ['INPUT_NOT_BOOLEAN', 'dry-run'],
      ['INPUT_BAD_PYTHON_VERSION', 'python-versions'],
      ['INPUT_BAD_URL', 'repository-url'],
    ]);
    for (const p of (caught as PyreleaseErrors).problems) expect(p.details.fix).toBeTruthy();
  });

  it('adds the trailing slash an upload endpoint needs and keeps TestPyPI', () => {
    const s = settingsFromAction(new GivenRuntime({ 'repository-url': 'https://test.pypi.org/legacy' }, workspace()));
    expect(s.repositoryUrl).toBe('https://test.pypi.org/legacy/');
  });

  it('takes earlier jobs\' outputs back as inputs', () => {
    const s = settingsFromAction(
      new GivenRuntime({ release_created: 'true', version: '1.2.3', tag_name: 'v1.2.3', files: '[{"name":"a-1.2.3.tar.gz","sha256":"ab"}]' }, workspace()),
    );
    expect(s.handoff).toEqual({ release: { releaseCreated: true, version: '1.2.3', tagName: 'v1.2.3' }, publish: { files: [{ name: 'a-1.2.3.tar.gz', sha256: 'ab' }] } });
  });

  it('refuses a working-directory that does not exist', () => {
    expect(() => settingsFromAction(new GivenRuntime({ 'working-directory': 'nope' }, workspace()))).toThrow(/working-directory/);
  });

  it('takes several stages in pipeline order, for a job that leaves publishing to another', () => {
    expect(settingsFromAction(new GivenRuntime({ stage: 'release quality, security' }, workspace())).stage).toEqual(['quality', 'security', 'release']);
    expect(settingsFromAction(new GivenRuntime({ stage: 'publish' }, workspace())).stage).toBe('publish');
    expect(() => settingsFromAction(new GivenRuntime({ stage: 'quality deploy' }, workspace()))).toThrow(/input 'stage' must be one of quality, security, release, publish, validate, rollback, preview, got "deploy"/);
  });

  it('reads preview-from: auto by default, commits or title when given, and refuses anything else with its own code', () => {
    expect(settingsFromAction(new GivenRuntime({}, workspace())).previewFrom).toBe('auto');
    expect(settingsFromAction(new GivenRuntime({ 'preview-from': 'title' }, workspace())).previewFrom).toBe('title');
    expect(settingsFromAction(new GivenRuntime({ 'preview-from': 'Commits' }, workspace())).previewFrom).toBe('commits');
    let caught: unknown;
    try {
      settingsFromAction(new GivenRuntime({ 'preview-from': 'squash' }, workspace()));
    } catch (e) {
      caught = e;
    }
    expect((caught as PyreleaseErrors).problems).toEqual([
      expect.objectContaining({ code: 'INPUT_BAD_PREVIEW_FROM', message: `input 'preview-from' must be auto, commits or title, got "squash"`, details: expect.objectContaining({ key: 'preview-from', fix: expect.stringMatching(/^write preview-from: auto/) }) }),
    ]);
  });

  it('masks the password and the OIDC request token as soon as they are read, and keeps the publish inputs', () => {
    const rt = new GivenRuntime({ password: 'pypi-SentinelPassword000', 'skip-existing': 'true', 'build-isolation': 'false', 'index-url': 'https://mirror.example/simple' }, { ...workspace(), ACTIONS_ID_TOKEN_REQUEST_URL: 'https://runner.example/token?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'sentinel-request-token' });
    const s = settingsFromAction(rt);
    expect(rt.masked).toEqual(expect.arrayContaining(['pypi-SentinelPassword000', 'sentinel-request-token']));
    expect(s).toMatchObject({ password: 'pypi-SentinelPassword000', skipExisting: true, buildIsolation: false, indexUrl: 'https://mirror.example/simple/', idTokenRequest: { url: 'https://runner.example/token?api-version=2.0', token: 'sentinel-request-token' } });
    expect(settingsFromAction(new GivenRuntime({}, workspace())).idTokenRequest).toBeUndefined();
  });
});
