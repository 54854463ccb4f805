/**
 * Attaches the distributions, their bundles and SHA256SUMS (last) to the GitHub release of the
 * tag, before the first upload: SHA256SUMS marks the set as kept (kept-distributions.ts), and a
 * re-run publishes exactly those files. Assets of a kept set stay as they are; without one,
 * nothing was ever uploaded from the assets there, so one that differs is replaced. A
 * half-finished `starter` asset from a failed upload is replaced either way.
 */
import type { GitHubClient, ReleaseAsset } from '../../adapters/github/client.js';
import type { ReleaseInfo } from '../../adapters/github/types.js';
import type { Runtime } from '../../adapters/runtime/runtime.js';
import { hasKeptSet } from './kept-distributions.js';
import { parseDistributionName } from '../../core/publish/distribution-name.js';

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

/** The tag's release and the assets it already has: read once, before signing decides what still needs a bundle. */
export interface ReleaseWithAssets {
  release: ReleaseInfo;
  assets: ReleaseAsset[];
}

export async function readReleaseAssets(gh: GitHubClient, tag: string): Promise<ReleaseWithAssets | undefined> {
  const release = await gh.getReleaseByTag(tag);
  return release ? { release, assets: await gh.listReleaseAssets(release.id) } : undefined;
}

export async function attachAssets(gh: GitHubClient, tag: string, found: ReleaseWithAssets | undefined, assets: Asset[], runtime: Runtime): Promise<AttachOutcome | undefined> {
  if (!found) {
    runtime.warning(`no GitHub release for ${tag}: the distributions were not attached`);
    return undefined;
  }
  const { release } = found;
  const existing = new Map(found.assets.map((a) => [a.name, a]));
  const kept = hasKeptSet(found);
  const outcome: AttachOutcome = { releaseUrl: release.htmlUrl, attached: [], kept: [] };
  for (const asset of assets) {
    const there = existing.get(asset.name);
    const differs = there?.sha256 !== undefined && there.sha256 !== asset.sha256;
    if (there && there.state === 'uploaded' && (kept || !differs)) {
      // A kept set's bundles and SHA256SUMS are the first attempt's (valid signatures of the same files): no warning for those.
      if (differs && parseDistributionName(asset.name)) runtime.warning(`release asset ${asset.name} differs from the file published now; it was left as it is`);
      outcome.kept.push(asset.name);
      continue;
    }
    if (there) await gh.deleteReleaseAsset(there.id);
    await uploadOnce(gh, release.id, release.uploadUrl, asset);
    outcome.attached.push(asset.name);
  }
  return outcome;
}

/**
 * An asset upload is not retried blindly: after a failure the release is read again. The asset
 * may be there after all (the answer was lost), or a `starter` left by a 502 may block its name.
 */
const UPLOAD_ATTEMPTS = 3;

async function uploadOnce(gh: GitHubClient, releaseId: number, uploadUrl: string, asset: Asset): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await gh.uploadReleaseAsset(uploadUrl, asset.name, asset.bytes, contentType(asset.name));
      return;
    } catch (error) {
      const now = (await gh.listReleaseAssets(releaseId)).find((a) => a.name === asset.name);
      if (now?.state === 'uploaded' && (now.sha256 === undefined || now.sha256 === asset.sha256)) return;
      if (now) await gh.deleteReleaseAsset(now.id);
      // A timeout or dropped connection comes back from Octokit as a 500: retried like a 5xx, within the attempts.
      if ((!now && !isServerError(error)) || attempt >= UPLOAD_ATTEMPTS) throw error;
    }
  }
}

function isServerError(error: unknown): boolean {
  const status = (error as { status?: unknown }).status;
  return typeof status !== 'number' || status >= 500;
}

function contentType(name: string): string {
  if (name.endsWith('.whl')) return 'application/zip';
  if (name.endsWith('.tar.gz')) return 'application/gzip';
  return 'text/plain; charset=utf-8';
}
