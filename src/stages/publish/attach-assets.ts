/**
 * Attaches the distributions and SHA256SUMS to the GitHub release of the tag, so a download
 * can be checked against the index. Assets already there are kept (a re-run adds only what is
 * missing); a half-finished `starter` asset from a failed upload is replaced.
 */
import type { GitHubClient } from '../../adapters/github/client.js';
import type { Runtime } from '../../adapters/runtime/runtime.js';

export interface Asset {
  name: string;
  bytes: Buffer;
  sha256: string;
}

export interface AttachOutcome {
  releaseUrl: string;
  attached: string[];
  kept: string[];
}

export async function attachAssets(gh: GitHubClient, tag: string, assets: Asset[], runtime: Runtime): Promise<AttachOutcome | undefined> {
  const release = await gh.getReleaseByTag(tag);
  if (!release) {
    runtime.warning(`no GitHub release for ${tag}: the distributions were not attached`);
    return undefined;
  }
  const existing = new Map((await gh.listReleaseAssets(release.id)).map((a) => [a.name, a]));
  const outcome: AttachOutcome = { releaseUrl: release.htmlUrl, attached: [], kept: [] };
  for (const asset of assets) {
    const there = existing.get(asset.name);
    if (there && there.state === 'uploaded') {
      if (there.sha256 !== undefined && there.sha256 !== asset.sha256) runtime.warning(`release asset ${asset.name} differs from the file published now; it was left as it is`);
      outcome.kept.push(asset.name);
      continue;
    }
    if (there) await gh.deleteReleaseAsset(there.id);
    await gh.uploadReleaseAsset(release.uploadUrl, asset.name, asset.bytes, contentType(asset.name));
    outcome.attached.push(asset.name);
  }
  return outcome;
}

function contentType(name: string): string {
  if (name.endsWith('.whl')) return 'application/zip';
  if (name.endsWith('.tar.gz')) return 'application/gzip';
  return 'text/plain; charset=utf-8';
}
