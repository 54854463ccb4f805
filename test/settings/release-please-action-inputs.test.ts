/** release-please-action v4's inputs read by the action's settings: each applied, said to do nothing, or refused in one line. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliRuntime } from '../../src/adapters/runtime/cli-runtime.js';
import { PyreleaseErrors, type PyreleaseError } from '../../src/errors/pyrelease-error.js';
import { settingsFromAction } from '../../src/settings/from-action.js';

class GivenRuntime extends CliRuntime {
  readonly warnings: string[] = [];
  constructor(private readonly inputs: Record<string, string>, private readonly vars: Record<string, string>) {
    super(false, () => {});
  }
  override getInput(name: string): string {
    return (this.inputs[name] ?? '').trim();
  }
  override env(name: string): string | undefined {
    return this.vars[name] || undefined;
  }
  override warning(message: string): void {
    this.warnings.push(message);
  }
}

function workspace(withConfig = true): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'rpa-inputs-'));
  if (withConfig) writeFileSync(join(dir, '.release-please-config.json'), '{"packages": {".": {"release-type": "python"}}}\n');
  return { GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/widget', GITHUB_REF: 'refs/heads/main', RUNNER_TEMP: dir, GITHUB_API_URL: 'https://api.github.com', GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql' };
}
const problems = (f: () => unknown): PyreleaseError[] => {
  try {
    f();
  } catch (e) {
    return (e as PyreleaseErrors).problems;
  }
  throw new Error('did not throw');
};

describe('release-please-action inputs', () => {
  it('skip-github-release, skip-github-pull-request, changelog-host, repo-url, the API URLs and proxy-server are applied', () => {
    const s = settingsFromAction(new GivenRuntime({
      'skip-github-release': 'true', 'skip-github-pull-request': 'true', 'changelog-host': 'https://ghe.example.com', 'repo-url': 'acme/other',
      'github-api-url': 'https://ghe.example.com/api/v3', 'github-graphql-url': 'https://ghe.example.com/api', 'proxy-server': 'proxy.example.com:8080',
    }, workspace()));
    expect(s.releasePleaseAction).toEqual({ skipGithubRelease: true, skipGithubPullRequest: true, changelogHost: 'https://ghe.example.com' });
    expect(s.repository).toEqual({ owner: 'acme', repo: 'other' });
    expect(s.apiUrl).toBe('https://ghe.example.com/api/v3');
    expect(s.graphqlUrl).toBe('https://ghe.example.com/api/graphql');
    expect(s.proxy).toMatchObject({ httpProxy: 'http://proxy.example.com:8080', httpsProxy: 'http://proxy.example.com:8080' });
  });

  it('changelog-host https://github.com (release-please-action\'s default) keeps the config\'s', () => {
    expect(settingsFromAction(new GivenRuntime({ 'changelog-host': 'https://github.com' }, workspace())).releasePleaseAction?.changelogHost).toBeUndefined();
  });

  it('release-type plans from the inputs alone (manifest-less), ignoring a config file as release-please-action does, and says so', () => {
    const rt = new GivenRuntime({ 'release-type': 'python', 'include-component-in-tag': 'true', 'versioning-strategy': 'always-bump-minor', 'release-as': '2.0.0', path: 'pkgs/widget' }, workspace());
    const s = settingsFromAction(rt);
    expect(s.manifestLess).toEqual({ releaseType: 'python', path: 'pkgs/widget', includeComponentInTag: true, versioning: 'always-bump-minor', releaseAs: '2.0.0' });
    expect(rt.warnings).toEqual([".release-please-config.json is ignored: input 'release-type' is given, so (as release-please-action) the package is planned from the inputs alone; drop release-type to plan from .release-please-config.json"]);
  });

  it('release-type alone: the root, include-component-in-tag false (action.yml\'s default), no config file needed', () => {
    const rt = new GivenRuntime({ 'release-type': 'simple', 'include-component-in-tag': 'false' }, workspace(false));
    expect(settingsFromAction(rt).manifestLess).toEqual({ releaseType: 'simple', path: '.', includeComponentInTag: false });
    expect(rt.warnings).toEqual([]);
  });

  it('the manifest-less inputs without release-type do nothing, as there, and say so', () => {
    const rt = new GivenRuntime({ 'include-component-in-tag': 'true', 'versioning-strategy': 'always-bump-minor', 'release-as': '2.0.0' }, workspace());
    expect(settingsFromAction(rt).manifestLess).toBeUndefined();
    expect(rt.warnings).toHaveLength(3);
    expect(rt.warnings[0]).toMatch(/input 'include-component-in-tag' does nothing without release-type .* set include-component-in-tag in the release-please config/);
  });

  it('refused in one line each: an unsupported release-type, release-type with config-file or manifest-file, bad versioning-strategy and release-as', () => {
    const found = problems(() => settingsFromAction(new GivenRuntime({ 'release-type': 'node', 'config-file': 'rp.json', 'manifest-file': 'm.json', 'versioning-strategy': 'service-pack', 'release-as': 'two' }, workspace(false))));
    expect(found.map((p) => `${p.code} ${p.details.key}`)).toEqual(['INPUT_CONFLICT config-file', 'INPUT_CONFLICT manifest-file', 'INPUT_UNSUPPORTED_RELEASE_TYPE release-type', 'INPUT_INVALID versioning-strategy', 'INPUT_INVALID release-as']);
    expect(found[2]!.message).toBe("input 'release-type' is \"node\", release-please's type for package.json, which pyrelease does not plan: pyrelease releases Python packages (python) and projects whose version is in version.txt (simple)");
  });

  it('refused in one line each: fork, skip-labeling, bad repo-url and proxy-server', () => {
    const found = problems(() => settingsFromAction(new GivenRuntime({ fork: 'true', 'skip-labeling': 'true', 'repo-url': 'https://github.com/acme/widget', 'proxy-server': 'proxy.example.com' }, workspace(false))));
    expect(found.map((p) => `${p.code} ${p.details.key}`)).toEqual(['INPUT_UNSUPPORTED fork', 'INPUT_UNSUPPORTED skip-labeling', 'INPUT_INVALID proxy-server', 'INPUT_INVALID repo-url']);
  });
});
