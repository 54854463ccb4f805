/**
 * Responsible for reading a local repository the way the planner needs it: one streaming
 * `git log` over the release range, tags with their commits, many files at a ref through one
 * `cat-file --batch`, and the tree listing. Read-only, except for deepening a shallow clone.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { RawCommit } from '../../core/commits/raw-commit.js';
import { GitRunner, type GitRunnerOptions } from './git-runner.js';

export interface TagInfo {
  name: string;
  sha: string;
  /** Unix seconds: the tag's (or its commit's) creation date, for newest-first order. */
  date: number;
}

export interface WalkOptions {
  /** Only commits not reachable from it (`git log exclude..head`). */
  exclude?: string;
  /**
   * The files each commit changes (its first parent's diff for a merge). Without them git walks
   * about three times faster (no tree diffs): for a caller to whom every commit belongs anyway.
   */
  files?: boolean;
}

/** How a walk ended: the commits handed over, and the stop commit it met (none: history or `max` ran out). */
export interface WalkEnd {
  count: number;
  stoppedAt?: string;
}

const RS = '\x1e';
const US = '\x1f';

export class GitRepository {
  private readonly git: GitRunner;
  /** `options.env`: a blob-less clone's credentials, for the blobs git fetches lazily (git-runner.ts). */
  constructor(readonly dir: string, options: GitRunnerOptions = {}) {
    this.git = new GitRunner(dir, options);
  }

  async assertRepository(): Promise<void> {
    const r = await this.git.run(['rev-parse', '--git-dir'], true);
    if (r.exitCode !== 0) {
      throw new PyreleaseError('GIT_NOT_A_REPO', `${this.dir} is not a git repository`, { fix: 'run pyrelease in a clone (actions/checkout before this step), or pass --cwd DIR' });
    }
  }

  async resolveCommit(ref: string): Promise<string> {
    const r = await this.git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], true);
    if (r.exitCode !== 0) throw unknownRef(ref, this.dir);
    return r.stdout.trim();
  }

  /** The commit a local tag points at (an annotated tag peeled), or undefined when the checkout has no such tag. */
  async tagCommit(tag: string): Promise<string | undefined> {
    const r = await this.git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/tags/${tag}^{commit}`], true);
    return r.exitCode === 0 ? r.stdout.trim() : undefined;
  }

  /** Committer time of a commit, in Unix seconds (SOURCE_DATE_EPOCH for reproducible builds). */
  async commitTime(ref: string): Promise<number> {
    const r = await this.git.run(['log', '-1', '--format=%ct', '--end-of-options', ref], true);
    const seconds = Number(r.stdout.trim());
    if (r.exitCode !== 0 || !Number.isInteger(seconds)) throw new PyreleaseError('GIT_UNKNOWN_REF', `cannot read the commit time of ${ref} in ${this.dir}`, { fix: 'check out the repository with actions/checkout' });
    return seconds;
  }

  /** Where this directory sits in its repository: "" at the top, else "pkg/" (git's --show-prefix). */
  async prefix(): Promise<string> {
    return (await this.git.run(['rev-parse', '--show-prefix'])).stdout.trim();
  }

  /** The work tree's top directory (git commands that take paths are run there, so paths are repository-relative). */
  async topLevel(): Promise<string> {
    return (await this.git.run(['rev-parse', '--show-toplevel'])).stdout.trim();
  }

  async currentBranch(): Promise<string | undefined> {
    const r = await this.git.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], true);
    return r.exitCode === 0 ? r.stdout.trim() : undefined;
  }

  /** The newest `max` commits from `head` (all parents, as GitHub's commit history lists them). */
  async recentCommits(head: string, max: number): Promise<string[]> {
    const r = await this.git.run(['rev-list', `--max-count=${max}`, '--end-of-options', head]);
    return r.stdout.split('\n').filter((l) => l !== '');
  }

  /** The parents of a commit (two for the merge commit actions/checkout makes of a pull request). */
  async parents(ref: string): Promise<string[]> {
    const r = await this.git.run(['rev-list', '--parents', '-n', '1', '--end-of-options', ref]);
    return r.stdout.trim().split(' ').slice(1);
  }

  /**
   * Commits from `head` in git log order (commit date, as release-please's walk), stopping
   * before the first commit in `stopShas` or after `max` commits; with `exclude`, only those
   * not reachable from it (`git log exclude..head`).
   */
  async log(head: string, stopShas: ReadonlySet<string>, max: number, exclude?: string): Promise<RawCommit[]> {
    const commits: RawCommit[] = [];
    await this.eachCommit(head, stopShas, max, (c) => void commits.push(c), { ...(exclude && { exclude }) });
    return commits;
  }

  /**
   * log()'s walk, each commit handed to `onCommit` as soon as git has written it, so the caller
   * works while git is still walking. One streaming process, stopped as soon as the walk ends,
   * so the cost follows the range, not the history. Returns how many commits were handed over, and
   * the stop commit it ended at (none when the history or `max` ran out).
   */
  async eachCommit(head: string, stopShas: ReadonlySet<string>, max: number, onCommit: (commit: RawCommit) => void, opts: WalkOptions = {}): Promise<WalkEnd> {
    const { exclude, files = true } = opts;
    let count = 0;
    let done = false;
    let stoppedAt: string | undefined;
    // Records are cut where they end (the next RS); what is left of a chunk waits for the next.
    let pending = '';
    const take = (record: string) => {
      const a = record.indexOf(US);
      const b = record.indexOf(US, a + 1);
      if (a === -1 || b === -1) return;
      const sha = record.slice(0, a);
      if (stopShas.has(sha) || count >= max) {
        done = true;
        if (stopShas.has(sha)) stoppedAt = sha;
        return;
      }
      count++;
      onCommit(files ? { sha, message: record.slice(a + 1, b), files: fileList(record, b + 1) } : { sha, message: record.slice(a + 1, b) });
    };
    const changes = files ? ['--name-only', '--diff-merges=first-parent', '--no-renames'] : [];
    const args = ['log', `--format=${RS}%H${US}%B${US}`, ...changes, '-n', String(max + 1), '--end-of-options', head, ...(exclude ? [`^${exclude}`] : []), '--'];
    await this.git.stream(args, (chunk) => {
      const text = pending + chunk;
      let start = text.indexOf(RS);
      let cut: number;
      while (!done && start !== -1 && (cut = text.indexOf(RS, start + 1)) !== -1) {
        take(text.slice(start + 1, cut));
        start = cut;
      }
      pending = start === -1 ? text : text.slice(start);
      return !done;
    });
    if (!done && pending.length > 1) take(pending.slice(1));
    return { count, ...(stoppedAt && { stoppedAt }) };
  }

  /**
   * Where a run starts, in one process: the commit `ref` names (GIT_UNKNOWN_REF when none), this
   * directory's place in its repository ("" at the top, else "pkg/", git's --show-prefix), and
   * whether the clone is shallow (GIT_NOT_A_REPO outside a repository).
   */
  async locate(ref: string): Promise<{ sha: string; prefix: string; shallow: boolean }> {
    const r = await this.git.run(['rev-parse', '--show-prefix', '--is-shallow-repository', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], true);
    const [prefix, shallow, sha] = r.stdout.split('\n');
    if (r.exitCode !== 0 || !sha) {
      await this.assertRepository();
      throw unknownRef(ref, this.dir);
    }
    return { sha, prefix: prefix ?? '', shallow: shallow === 'true' };
  }

  /** Tags whose commit is reachable from `ref`, newest first. */
  async tagsReachableFrom(ref: string): Promise<TagInfo[]> {
    return this.tagList(['--merged', ref]);
  }

  /**
   * Every tag, newest first: a few milliseconds, where --merged walks the history from `ref`
   * (40-50 ms at 10,000 commits, in front of the walk). For callers that prove reachability by
   * the walk itself (release-history.ts).
   */
  async allTags(): Promise<TagInfo[]> {
    return this.tagList([]);
  }

  /** Whether `sha` is `head` or one of its ancestors (false for a commit this clone lacks). */
  async isAncestor(sha: string, head: string): Promise<boolean> {
    return (await this.git.run(['merge-base', '--is-ancestor', '--end-of-options', sha, head], true)).exitCode === 0;
  }

  private async tagList(filter: string[]): Promise<TagInfo[]> {
    const r = await this.git.run(['for-each-ref', ...filter, '--sort=-creatordate', '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:unix)', 'refs/tags']);
    return r.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((line) => {
        const [name, object, peeled, date] = line.split('\0');
        return { name: name!, sha: peeled || object!, date: Number(date) };
      });
  }

  /** Many files at one ref in one `cat-file --batch`; absent paths map to undefined. */
  async readFiles(ref: string, paths: readonly string[]): Promise<Map<string, string | undefined>> {
    const out = new Map<string, string | undefined>();
    if (paths.length === 0) return out;
    const r = await this.git.run(['cat-file', '--batch'], false, paths.map((p) => `${ref}:${p}\n`).join(''));
    // Sizes are in bytes: walk the UTF-8 bytes, not the decoded string.
    const buf = Buffer.from(r.stdout, 'utf8');
    let pos = 0;
    for (const path of paths) {
      const nl = buf.indexOf(0x0a, pos);
      const header = buf.subarray(pos, nl).toString('utf8');
      pos = nl + 1;
      const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!m) {
        out.set(path, undefined);
        continue;
      }
      const size = Number(m[2]);
      out.set(path, m[1] === 'blob' ? buf.subarray(pos, pos + size).toString('utf8') : undefined);
      pos += size + 1;
    }
    return out;
  }

  async listTree(ref: string): Promise<string[]> {
    const r = await this.git.run(['ls-tree', '-r', '--name-only', '-z', '--full-tree', '--end-of-options', ref]);
    return r.stdout.split('\0').filter((p) => p !== '');
  }

  async isShallow(): Promise<boolean> {
    return (await this.git.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
  }

  async deepen(by: number): Promise<void> {
    // Tags come along so the previous release's tag can be found in the deepened history.
    await this.git.run(['fetch', '--quiet', '--tags', `--deepen=${by}`, 'origin']);
  }

  async unshallow(): Promise<void> {
    await this.git.run(['fetch', '--quiet', '--unshallow', '--tags', 'origin']);
  }

  /**
   * The tip of `branch` on origin, fetched into refs/remotes/origin/<branch> (one commit deep in a
   * shallow clone: the planner deepens as far as the release needs); undefined when origin lacks it.
   */
  async fetchBranch(branch: string): Promise<string | undefined> {
    const depth = (await this.isShallow()) ? ['--depth=1'] : [];
    const r = await this.git.run(['fetch', '--quiet', '--no-tags', ...depth, 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`], true);
    if (r.exitCode !== 0) return undefined;
    return this.resolveCommit(`refs/remotes/origin/${branch}`);
  }

  async fetchTags(): Promise<void> {
    await this.git.run(['fetch', '--quiet', '--tags', 'origin'], true);
  }

  async hasTags(): Promise<boolean> {
    return (await this.git.run(['for-each-ref', '--count=1', 'refs/tags'])).stdout.trim() !== '';
  }

  async originUrl(): Promise<string | undefined> {
    const r = await this.git.run(['config', '--get', 'remote.origin.url'], true);
    return r.exitCode === 0 ? r.stdout.trim() : undefined;
  }
}

function unknownRef(ref: string, dir: string): PyreleaseError {
  return new PyreleaseError('GIT_UNKNOWN_REF', `${JSON.stringify(ref)} is not a commit in ${dir}`, { key: 'ref', fix: 'give a branch, tag or sha that exists (git log --oneline shows them); fetch it first if it is remote' });
}

/** The --name-only lines after a record's message: one path a line, blank lines between. */
function fileList(record: string, from: number): string[] {
  const files: string[] = [];
  let start = from;
  for (let nl = record.indexOf('\n', start); start < record.length; nl = record.indexOf('\n', start)) {
    const end = nl === -1 ? record.length : nl;
    if (end > start) files.push(record.slice(start, end));
    start = end + 1;
  }
  return files;
}
