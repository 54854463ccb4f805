/**
 * release-please-action v4's inputs (its action.yml and src/index.ts), so a workflow that swaps
 * only the `uses:` line keeps their meaning. Each does what it does there (release-type: the
 * manifest-less mode, ./manifest-less-inputs.ts), is said to do nothing (where
 * release-please-action itself ignores it: the manifest-less inputs without release-type), or is
 * refused in one line. None is silently ignored.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfigPath } from '../core/config/config-path.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import type { Runtime } from '../adapters/runtime/runtime.js';
import type { ManifestLessInputs } from '../core/config/manifest-less.js';
import { readManifestLessInputs } from './manifest-less-inputs.js';
import { parseBoolean, parseServiceUrl, type ProblemCollector } from './parse-values.js';

/** What release-please-action's inputs change in a run. */
export interface ReleasePleaseActionInputs {
  /** `skip-github-release`: merged release PRs are not tagged or released (and, as there, no new release PR is opened while one waits). */
  skipGithubRelease: boolean;
  /** `skip-github-pull-request`: no release PR is opened or updated; merged ones are still released. */
  skipGithubPullRequest: boolean;
  /** `changelog-host`: the host of the CHANGELOG's commit and compare links for every package, when not https://github.com. */
  changelogHost: string | undefined;
  /** `repo-url` (owner/name), `github-api-url`, `github-graphql-url`, `proxy-server` (host:port): "" when not given. */
  repoUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  proxyServer: string;
  /** `release-type` given: plan from these inputs, with no config file or manifest. */
  manifestLess: ManifestLessInputs | undefined;
}

// release-please-action reads these only with release-type (Manifest.fromConfig); without it, it ignores them.
// `path` is not among them: without release-type pyrelease reads it as release-please's own path option (one package of several).
const MANIFEST_LESS = { 'include-component-in-tag': 'include-component-in-tag', 'versioning-strategy': 'versioning', 'release-as': 'release-as' } as const;

export function readReleasePleaseActionInputs(rt: Runtime, p: ProblemCollector, where: { workingDir: string; configFile: string | undefined; packagePath: string | undefined }): ReleasePleaseActionInputs {
  const bool = (name: string) => p.take(() => parseBoolean(name, rt.getInput(name), false), false);
  const config = resolveConfigPath(where.configFile, (f) => existsSync(join(where.workingDir, f)));
  const manifestLess = readManifestLessInputs({
    releaseType: rt.getInput('release-type'),
    path: where.packagePath,
    includeComponentInTag: rt.getInput('include-component-in-tag'),
    versioningStrategy: rt.getInput('versioning-strategy'),
    releaseAs: rt.getInput('release-as'),
    configFile: rt.getInput('config-file'),
    manifestFile: rt.getInput('manifest-file'),
    foundConfig: config.found ? config.file : undefined,
  }, p, (line) => rt.warning(line));
  // action.yml gives include-component-in-tag the default false: only "true" can have been written.
  if (!manifestLess) {
    for (const [name, key] of Object.entries(MANIFEST_LESS)) {
      const given = rt.getInput(name);
      if (given !== '' && !(name === 'include-component-in-tag' && given === 'false')) rt.warning(`input '${name}' does nothing without release-type (as in release-please-action, which reads it only in its manifest-less mode): set ${key} in the release-please config`);
    }
  }
  if (bool('fork')) {
    p.take(() => {
      throw new PyreleaseError('INPUT_UNSUPPORTED', "input 'fork: true' (open the release PR from a fork) is not supported: pyrelease pushes the release branch to the repository itself", { key: 'fork', fix: 'drop fork (the release branch release-please--branches--<target> lives in the repository, as without fork)' });
    }, undefined);
  }
  if (bool('skip-labeling')) {
    p.take(() => {
      throw new PyreleaseError('INPUT_UNSUPPORTED', "input 'skip-labeling: true' is not supported: pyrelease recognises a merged release PR by its branch and its autorelease: pending label, and without it the release would never be tagged", { key: 'skip-labeling', fix: 'drop skip-labeling; to use other label names, set "label" and "release-label" in the release-please config' });
    }, undefined);
  }
  const host = p.take(() => parseServiceUrl('changelog-host', rt.getInput('changelog-host'), ''), '');
  return {
    skipGithubRelease: bool('skip-github-release'),
    skipGithubPullRequest: bool('skip-github-pull-request'),
    // release-please-action overrides the config's changelog-host only when the input differs from github.com.
    changelogHost: host !== '' && host !== 'https://github.com' ? host : undefined,
    repoUrl: rt.getInput('repo-url'),
    apiUrl: p.take(() => parseServiceUrl('github-api-url', rt.getInput('github-api-url'), '', { carriesToken: true }), ''),
    graphqlUrl: p.take(() => parseServiceUrl('github-graphql-url', rt.getInput('github-graphql-url'), '', { carriesToken: true }), ''),
    proxyServer: p.take(() => proxyServer(rt.getInput('proxy-server')), ''),
    manifestLess,
  };
}

/** release-please-action's `host:port` (it splits on ":"): an http proxy for every request. */
function proxyServer(raw: string): string {
  if (raw === '') return '';
  const m = /^([A-Za-z0-9.-]+|\[[0-9a-fA-F:]+\]):(\d{1,5})$/.exec(raw);
  if (!m || Number(m[2]) > 65535) {
    throw new PyreleaseError('INPUT_INVALID', `input 'proxy-server' must be host:port, got ${JSON.stringify(raw.slice(0, 80))}`, { key: 'proxy-server', fix: 'write proxy-server: proxy.example.com:8080 (or set HTTPS_PROXY on the runner, which pyrelease also reads)' });
  }
  return `http://${raw}`;
}

/** GraphQL URL as release-please-action takes it (with or without the /graphql end): the endpoint itself. */
export function graphqlEndpoint(raw: string): string {
  return `${raw.replace(/\/graphql$/, '')}/graphql`;
}
