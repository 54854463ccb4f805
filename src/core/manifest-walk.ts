/**
 * Where release-please 17.11.2's commit walk ends for several packages (manifest.ts
 * buildPullRequests): when every package has a release commit, after the last of them is met
 * (the one that completes the set is left out); when any package has none, at bootstrap-sha or
 * commit-search-depth; at last-release-sha in any case. `stops` is what git can stop at by
 * itself (the first one met); `cut` replays the loop exactly on what git returned.
 */
import type { RawCommit } from './commits/raw-commit.js';

export interface ManifestWalk {
  stops: Set<string>;
  cut(commits: readonly RawCommit[]): RawCommit[];
}

export function manifestWalk(releaseShas: ReadonlyArray<string | null>, opts: { bootstrapSha?: string; lastReleaseSha?: string }): ManifestWalk {
  const needsBootstrap = releaseShas.some((s) => !s);
  const shas = new Set(releaseShas.filter((s): s is string => !!s));
  const stops = new Set<string>();
  if (opts.lastReleaseSha) stops.add(opts.lastReleaseSha);
  if (needsBootstrap && opts.bootstrapSha) stops.add(opts.bootstrapSha);
  // One release commit for all (one grouped PR released them): git stops there itself.
  if (!needsBootstrap && shas.size === 1) stops.add([...shas][0]!);
  return {
    stops,
    cut(commits) {
      const out: RawCommit[] = [];
      let found = 0;
      for (const c of commits) {
        if (shas.has(c.sha)) found++;
        if (opts.lastReleaseSha === c.sha) break;
        if (needsBootstrap && c.sha === opts.bootstrapSha) break;
        if (!needsBootstrap && found >= shas.size) break;
        out.push(c);
      }
      return out;
    },
  };
}
