/**
 * Responsible for the repository copy `stage: release` (and `preview`) works on when the workflow
 * has no actions/checkout step, as release-please-action needs none (issue #24): a blob-less
 * partial clone of one branch (or a pull request's merge commit) with the repository's tags, made in RUNNER_TEMP and refreshed in place on a
 * re-run in the same job. Commits and trees come at once (what the planner walks); blobs come on
 * demand — the branch tip's when it is checked out, an older file's when the planner reads one
 * (git's partial-clone docs) — so it costs the history's commits and trees, not every file ever.
 *
 * Made as actions/checkout makes its clone (init, fetch, checkout), so a first run and a re-run
 * take one path and converge. The token travels as actions/checkout sends it,
 * `http.<server>/.extraheader: AUTHORIZATION: basic base64(x-access-token:<token>)`, but only in the
 * environment of these git processes (GIT_CONFIG_COUNT): never in the URL, .git/config, argv or a
 * log. Every later git call on the clone may fetch blobs, so it gets the same environment (`env`).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { GitRunner, GIT_TIMEOUT_MS } from './git-runner.js';
import { targetBranchMissing } from '../../errors/target-branch-missing.js';

export interface CloneRequest {
  /** GITHUB_SERVER_URL: https://github.com, or a GHES host. */
  serverUrl: string;
  owner: string;
  repo: string;
  token: string;
  branch: string;
  /**
   * A pull request to check out instead of the branch: its merge commit (refs/pull/N/merge), as
   * actions/checkout checks out a pull_request event; the branch is fetched beside it.
   */
  pullRequest?: number;
  /** Where the clone lives, e.g. $RUNNER_TEMP/pyrelease-checkout. */
  dir: string;
}

export interface BloblessClone {
  dir: string;
  branch: string;
  /** The branch tip, checked out. */
  sha: string;
  /** The environment every git process on this clone needs (its credentials). */
  env: Record<string, string>;
}

// A clone of a large history takes longer than one git command should.
const CLONE_TIMEOUT_MS = GIT_TIMEOUT_MS * 5;

/** The repository's smart-HTTP URL: no credentials in it, ever. */
export function cloneUrl(serverUrl: string, owner: string, repo: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}.git`;
}

/**
 * The token as an HTTP header scoped to the server, in git's environment-only config. Git redacts
 * Authorization headers in its traces unless told otherwise: GIT_TRACE_REDACT pins that.
 */
export function credentialEnv(serverUrl: string, token: string): Record<string, string> {
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    GIT_TRACE_REDACT: '1',
  };
}

export async function ensureBloblessClone(req: CloneRequest): Promise<BloblessClone> {
  const url = cloneUrl(req.serverUrl, req.owner, req.repo);
  const env = credentialEnv(req.serverUrl, req.token);
  const git = new GitRunner(req.dir, { env, timeoutMs: CLONE_TIMEOUT_MS });
  // A re-run in the same job finds its clone and refreshes it; anything else there is replaced.
  if (!(await isCloneOf(git, req.dir, url))) {
    rmSync(req.dir, { recursive: true, force: true });
    mkdirSync(req.dir, { recursive: true });
    // No template and no hooks: a hook of the runner's git config would run with the token in its environment.
    await git.run(['init', '--quiet', '--template=']);
    await git.run(['config', 'core.hooksPath', '/dev/null']);
    await git.run(['remote', 'add', 'origin', url]);
    // What `git clone --filter=blob:none` records: origin promises the blobs left out.
    await git.run(['config', 'remote.origin.promisor', 'true']);
    await git.run(['config', 'remote.origin.partialclonefilter', 'blob:none']);
  }
  // Tags by an explicit refspec, not --tags: only then does --prune drop a tag deleted on GitHub
  // (a rolled-back release), which must not count as a release here (git-fetch(1), PRUNING).
  const merge = req.pullRequest === undefined ? undefined : `refs/remotes/pull/${req.pullRequest}/merge`;
  const refspecs = [`+refs/heads/${req.branch}:refs/remotes/origin/${req.branch}`, ...(merge ? [`+refs/pull/${req.pullRequest}/merge:${merge}`] : []), '+refs/tags/*:refs/tags/*'];
  const fetched = await git.run(['fetch', '--quiet', '--filter=blob:none', '--prune', '--no-tags', 'origin', ...refspecs], true);
  if (fetched.exitCode !== 0) throw cloneFailed(fetched.stderr, url, req);
  const checkout = merge ? ['--detach', merge] : ['-B', req.branch, `refs/remotes/origin/${req.branch}`];
  const checkedOut = await git.run(['checkout', '--quiet', '--force', ...checkout], true);
  if (checkedOut.exitCode !== 0) throw cloneFailed(checkedOut.stderr, url, req);
  const sha = (await git.run(['rev-parse', 'HEAD'])).stdout.trim();
  return { dir: req.dir, branch: req.branch, sha, env };
}

async function isCloneOf(git: GitRunner, dir: string, url: string): Promise<boolean> {
  if (!existsSync(join(dir, '.git'))) return false;
  const r = await git.run(['config', '--get', 'remote.origin.url'], true);
  return r.exitCode === 0 && r.stdout.trim() === url;
}

/** git's stderr → one line with a stable code; the URL carries no credentials, so it may be named. */
function cloneFailed(stderr: string, url: string, req: CloneRequest): PyreleaseError {
  const status = /returned error: (\d{3})/.exec(stderr)?.[1] ?? (/Authentication failed/i.test(stderr) ? '401' : /repository '.*' not found|Repository not found/i.test(stderr) ? '404' : undefined);
  if (status === '401' || status === '403' || status === '404') {
    const why = status === '401' ? 'the token was not accepted (wrong or expired)' : 'the token cannot read this repository (no contents: read, or a token for another repository)';
    return new PyreleaseError('CHECKOUT_CLONE_REFUSED', `no checkout, and cloning ${url} was refused (HTTP ${status}): ${why}`, {
      key: 'token',
      fix: 'leave token at ${{ github.token }} with permissions: contents: write (or pass a token that can read the repository), or add - uses: actions/checkout@v4 before pyrelease',
    });
  }
  if (req.pullRequest !== undefined && /couldn't find remote ref refs\/pull\//i.test(stderr)) {
    return new PyreleaseError('CHECKOUT_NO_MERGE_COMMIT', `no checkout, and pull request #${req.pullRequest} has no merge commit on ${url} to preview (refs/pull/${req.pullRequest}/merge): it has conflicts with ${req.branch}, or is closed`, {
      fix: `resolve the conflicts with ${req.branch} (GitHub then makes the merge commit again) and re-run, or add - uses: actions/checkout@v4 before pyrelease`,
    });
  }
  if (/couldn't find remote ref|Remote branch .* not found/i.test(stderr)) {
    return targetBranchMissing(req.branch, `on ${url}`);
  }
  const first = stderr.trim().split('\n').find((l) => /^(fatal|error):/.test(l)) ?? stderr.trim().split('\n')[0] ?? '';
  if (/Could not resolve|Failed to connect|Couldn't connect|Connection refused|timed out|unable to access|SSL|Empty reply|RPC failed|early EOF|transfer closed/i.test(stderr)) {
    return new PyreleaseError('CHECKOUT_CLONE_NETWORK', `no checkout, and ${new URL(url).host} could not be reached to clone ${req.owner}/${req.repo}: ${first.replace(/^(fatal|error): /, '')}`, {
      key: 'GITHUB_SERVER_URL',
      fix: 'check the runner\'s network and proxy (HTTPS_PROXY, NO_PROXY) and re-run the job; or add - uses: actions/checkout@v4 before pyrelease',
    });
  }
  return new PyreleaseError('GIT_FAILED', `cloning ${url} into ${req.dir} failed: ${first}`, { fix: 'add - uses: actions/checkout@v4 before pyrelease, or re-run the job' });
}

/** The directory the clone goes in: one per job (RUNNER_TEMP is emptied between jobs). */
export function cloneDirectory(tempDir: string): string {
  return join(tempDir, 'pyrelease-checkout');
}
