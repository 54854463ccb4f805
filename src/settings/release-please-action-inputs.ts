/**
 * release-please-action v4's inputs (its action.yml and src/index.ts), so a workflow that swaps
 * only the `uses:` line keeps their meaning. Each does what it does there, is said to do nothing
 * (where release-please-action itself ignores it: the manifest-less inputs next to a config
 * file), or is refused in one line. None is silently ignored.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfigPath } from '../core/config/config-path.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import type { Runtime } from '../adapters/runtime/runtime.js';
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
}

// release-please-action reads these only with release-type (Manifest.fromConfig); next to a config file it ignores them.
// `path` is not among them: pyrelease reads it as release-please's own path option (one package of several).
const MANIFEST_LESS = { 'include-component-in-tag': 'include-component-in-tag', 'versioning-strategy': 'versioning', 'release-as': 'release-as' } as const;

export function readReleasePleaseActionInputs(rt: Runtime, p: ProblemCollector, where: { workingDir: string; configFile: string | undefined }): ReleasePleaseActionInputs {
  const bool = (name: string) => p.take(() => parseBoolean(name, rt.getInput(name), false), false);
  const config = resolveConfigPath(where.configFile, (f) => existsSync(join(where.workingDir, f)));
  const releaseType = rt.getInput('release-type');
  if (releaseType !== '') {
    p.take(() => {
      if (!config.found) {
        throw new PyreleaseError('INPUT_MANIFEST_LESS', `input 'release-type: ${releaseType}' asks for release-please-action's manifest-less mode, which pyrelease does not plan: it reads a release-please config and manifest`, {
          key: 'release-type',
          fix: `commit ${config.file} with {"packages": {".": {"release-type": "python"}}} and .release-please-manifest.json with {".": "<the version last released>"}, and drop release-type`,
        });
      }
      rt.warning(`input 'release-type' is read from ${config.file} here: release-please-action would ignore that file when release-type is given; drop the input, the config's release-type decides`);
    }, undefined);
  }
  for (const [name, key] of Object.entries(MANIFEST_LESS)) {
    if (rt.getInput(name) !== '') rt.warning(`input '${name}' does nothing with a config file (as in release-please-action, which reads it only with release-type): set ${key} in the release-please config`);
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
