/**
 * Large release assets (issue #19): an upload's time limit grows with its size (policy.ts,
 * 256 KiB/s on top of the attempt's limit), so a 2 MB wheel on a slow link is not cut off at the
 * limit of a small JSON request; and an asset downloads through GitHub's 302 to its storage host.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GitHubClient } from '../../../src/adapters/github/client.js';
import { useProxy } from '../../../src/adapters/http/transport.js';
import { startGitHubStandin, type GitHubStandin } from '../../standins/github/github-standin.js';
import { createBareRepoWithCommit } from './bare-repo-fixture.js';

const TOKEN = 'ghs_assetTransferToken000000000000000000';
const policy = { attemptTimeoutMs: 400, retries: 0, retryBaseMs: 1, maxRateLimitWaitMs: 10, minWriteIntervalMs: 0 };
let gh: GitHubStandin | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

describe('release assets of some size', () => {
  it('a 2 MB asset answered after 1.2 s (3× the attempt limit) is uploaded, not timed out; it downloads back byte for byte', async () => {
    useProxy(undefined);
    gh = await startGitHubStandin({ owner: 'acme', repo: 'widget', bareRepo: createBareRepoWithCommit(), tokens: { [TOKEN]: ['contents'] } });
    const id = gh.state.id();
    gh.state.releases.push({ id, tag_name: 'v1.0.0', target_commitish: 'main', name: 'v1.0.0', body: '', draft: false, prerelease: false, created_at: gh.state.now(), assets: [] });
    gh.faults.add({ method: 'POST', path: /^\/uploads\//, delayMs: 1_200 });
    const client = new GitHubClient(TOKEN, { apiUrl: gh.url, owner: 'acme', repo: 'widget' }, policy);
    const bytes = Buffer.alloc(2 * 1024 * 1024, 7);
    const release = (await client.getReleaseByTag('v1.0.0'))!;
    await client.uploadReleaseAsset(release.uploadUrl, 'big-1.0-py3-none-any.whl', bytes, 'application/zip');
    const [asset] = await client.listReleaseAssets(id);
    expect(asset).toMatchObject({ name: 'big-1.0-py3-none-any.whl', state: 'uploaded', size: bytes.length });
    expect((await client.downloadReleaseAsset(asset!.id, asset!.size)).equals(bytes)).toBe(true);
  });
});
