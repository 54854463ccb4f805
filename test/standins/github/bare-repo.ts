/** The stand-in's storage: a real bare git repository, so API-made objects are real git objects. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'GitHub',
  GIT_COMMITTER_EMAIL: 'noreply@github.com',
};

export class BareRepo {
  constructor(readonly dir: string) {}

  git(args: string[], input?: string, extraEnv: Record<string, string> = {}): string {
    return execFileSync('git', ['--git-dir', this.dir, ...args], { env: { ...env, ...extraEnv }, input, encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
  }

  tryGit(args: string[]): string | undefined {
    try {
      return this.git(args);
    } catch {
      return undefined;
    }
  }

  refSha(ref: string): string | undefined {
    return this.tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  }

  isAncestor(a: string, b: string): boolean {
    try {
      this.git(['merge-base', '--is-ancestor', a, b]);
      return true;
    } catch {
      return false;
    }
  }

  writeBlob(content: string | Buffer): string {
    return execFileSync('git', ['--git-dir', this.dir, 'hash-object', '-w', '--stdin'], { env, input: content }).toString().trim();
  }

  /** A new tree: `base` plus the entries (sha null deletes), built in a throwaway index. */
  writeTree(base: string | undefined, entries: Array<{ path: string; mode: string; sha: string | null }>): string {
    const dir = mkdtempSync(join(tmpdir(), 'standin-index-'));
    const indexEnv = { GIT_INDEX_FILE: join(dir, 'index') };
    try {
      if (base) this.git(['read-tree', base], undefined, indexEnv);
      else this.git(['read-tree', '--empty'], undefined, indexEnv);
      for (const e of entries) {
        if (e.sha === null) this.git(['update-index', '--force-remove', '--', e.path], undefined, indexEnv);
        else this.git(['update-index', '--add', '--cacheinfo', `${e.mode},${e.sha},${e.path}`], undefined, indexEnv);
      }
      return this.git(['write-tree'], undefined, indexEnv);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  commitTree(tree: string, parents: string[], message: string, date: string): string {
    return this.git(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])], message, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  }

  commitInfo(sha: string): { tree: string; parents: string[]; message: string } | undefined {
    const raw = this.tryGit(['cat-file', 'commit', sha]);
    if (raw === undefined) return undefined;
    const [head, ...rest] = raw.split('\n\n');
    const lines = head!.split('\n');
    return {
      tree: lines.find((l) => l.startsWith('tree '))!.slice(5),
      parents: lines.filter((l) => l.startsWith('parent ')).map((l) => l.slice(7)),
      message: rest.join('\n\n'),
    };
  }

  updateRef(ref: string, sha: string): void {
    this.git(['update-ref', ref, sha]);
  }

  deleteRef(ref: string): void {
    this.git(['update-ref', '-d', ref]);
  }

  tags(): Array<{ name: string; sha: string }> {
    const out = this.tryGit(['for-each-ref', '--format=%(refname:strip=2) %(objectname)', 'refs/tags']) ?? '';
    return out.split('\n').filter(Boolean).map((l) => {
      const [name, sha] = l.split(' ');
      return { name: name!, sha: sha! };
    });
  }
}
