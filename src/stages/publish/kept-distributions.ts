/**
 * Build once: the exact files of the first attempt, kept on the GitHub release (attached before
 * the first upload, with SHA256SUMS last), are what a re-run publishes — downloaded and verified
 * by their sha256 — instead of a rebuild whose bytes may differ (a backend upgrade, a
 * non-reproducible sdist) and would meet PUBLISH_FILE_CONFLICT with the half on the index.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GitHubClient } from '../../adapters/github/client.js';
import { sha256Of } from '../../adapters/distribution/read-distribution.js';
import { parseSha256Sums } from '../../core/publish/checksums.js';
import { matchesRelease, normalizeProjectName, parseDistributionName } from '../../core/publish/distribution-name.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { ReleaseWithAssets } from './attach-assets.js';
import type { DistributionSource } from './check-distributions.js';

export const SUMS = 'SHA256SUMS';

/** Whether the release holds a kept set (SHA256SUMS is attached only once every file of the set is). */
export function hasKeptSet(onRelease: ReleaseWithAssets | undefined): boolean {
  return onRelease?.assets.some((a) => a.name === SUMS && a.state === 'uploaded') === true;
}

/** The first attempt's distributions of `project` `version`, written to a fresh directory; undefined when the release keeps none. */
export async function keptDistributions(gh: GitHubClient, onRelease: ReleaseWithAssets | undefined, o: { project: string; version: string | undefined; tempDir: string }): Promise<DistributionSource | undefined> {
  if (!onRelease || !hasKeptSet(onRelease)) return undefined;
  const byName = new Map(onRelease.assets.map((a) => [a.name, a]));
  const sums = byName.get(SUMS)!;
  const listed = parseSha256Sums((await gh.downloadReleaseAsset(sums.id, sums.size)).toString('utf8')).filter((e) => {
    const name = parseDistributionName(e.name);
    return name !== undefined && (o.version === undefined ? normalizeProjectName(name.project) === normalizeProjectName(o.project) : matchesRelease(name, o.project, o.version));
  });
  if (listed.length === 0) return undefined;
  const dir = mkdtempSync(join(o.tempDir, 'pyrelease-kept-'));
  const paths: string[] = [];
  for (const entry of listed) {
    const asset = byName.get(entry.name);
    const broken = (why: string) =>
      new PyreleaseError('PUBLISH_KEPT_FILE_MISMATCH', `the first attempt's ${entry.name} on the GitHub release ${onRelease.release.tagName} ${why}`, {
        key: 'tag_name',
        fix: `nothing was uploaded in this run: restore ${entry.name} on the release from the artifact of the first run, or, if nothing of this version is on the index yet, delete ${SUMS} from the release so that the next run builds afresh`,
      });
    if (!asset || asset.state !== 'uploaded') throw broken(`is listed in ${SUMS} but is not attached`);
    if (asset.sha256 !== undefined && asset.sha256 !== entry.sha256) throw broken(`has sha256 ${asset.sha256}, but ${SUMS} says ${entry.sha256}`);
    const bytes = await gh.downloadReleaseAsset(asset.id, asset.size);
    const got = sha256Of(bytes);
    if (got !== entry.sha256) throw broken(`downloads with sha256 ${got}, but ${SUMS} says ${entry.sha256}`);
    const path = join(dir, entry.name);
    writeFileSync(path, bytes);
    paths.push(path);
  }
  const version = o.version ?? parseDistributionName(listed[0]!.name)!.version;
  return { origin: 'first attempt', dir, paths: paths.sort(), version, leftOut: [] };
}
