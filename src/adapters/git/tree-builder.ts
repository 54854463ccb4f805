/**
 * Computes, locally, the tree sha GitHub will get for "this commit plus these file contents".
 * Git object ids are content hashes, so comparing it with the release branch's tree tells
 * whether the release PR needs an update — without writing anything remote. Only trees are
 * read and only blobs written, so it needs no credentials in a blob-less clone (blobless-clone.ts),
 * which has every tree.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRunner } from './git-runner.js';

export async function treeWithFiles(dir: string, baseSha: string, files: Record<string, string>): Promise<{ treeSha: string; modes: Record<string, '100644' | '100755'> }> {
  const git = new GitRunner(dir);
  const paths = Object.keys(files);
  const listing = (await git.run(['ls-tree', '-z', '--end-of-options', baseSha, '--', ...paths])).stdout;
  const modes: Record<string, '100644' | '100755'> = {};
  for (const entry of listing.split('\0').filter(Boolean)) {
    const [meta, path] = entry.split('\t');
    modes[path!] = meta!.startsWith('100755') ? '100755' : '100644';
  }
  const tmp = mkdtempSync(join(tmpdir(), 'pyrelease-index-'));
  const env = { GIT_INDEX_FILE: join(tmp, 'index') };
  try {
    await git.run(['read-tree', baseSha], false, undefined, env);
    for (const path of paths) {
      const blob = (await git.run(['hash-object', '-w', '--stdin'], false, files[path])).stdout.trim();
      modes[path] ??= '100644';
      await git.run(['update-index', '--add', '--cacheinfo', `${modes[path]},${blob},${path}`], false, undefined, env);
    }
    return { treeSha: (await git.run(['write-tree'], false, undefined, env)).stdout.trim(), modes };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function treeOf(dir: string, sha: string): Promise<string> {
  return (await new GitRunner(dir).run(['rev-parse', '--verify', '--end-of-options', `${sha}^{tree}`])).stdout.trim();
}
