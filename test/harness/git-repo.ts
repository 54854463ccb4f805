/**
 * Throwaway repositories made with real git: a work tree with a bare `origin` beside it, in one
 * temp directory that cleanup() removes. Everything that could make two runs differ is pinned —
 * names, dates (a fixed clock), config (system and global ignored, HOME inside the temp dir) — so
 * the same history gives the same SHAs, and nothing prompts. No chdir: every call names its cwd,
 * so tests may run in parallel.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const demoPackageDir = resolve(import.meta.dirname, '..', '..', 'examples', 'demo-package');

/** 2026-01-01T00:00:00Z; each commit, tag or merge without a date takes the next minute. */
const CLOCK_START = 1_767_225_600;
const CLOCK_STEP = 60;
const GIT_TIMEOUT_MS = 60_000;

export interface CreateRepoOptions {
  /** Written and committed as the first commit; without them the branch is unborn. */
  files?: Record<string, string>;
  branch?: string;
  /** Message of the first commit. */
  message?: string;
  /** Put the work tree here (must not exist or be empty) instead of inside the temp root. */
  dir?: string;
}

export interface CommitOptions {
  /** path → content; `null` deletes the file. Without files the commit is empty. */
  files?: Record<string, string | null>;
  /** Author and committer date: a Date, an ISO string or epoch seconds. Default: the repo's clock. */
  date?: Date | string | number;
}

export interface MergeOptions {
  /** Squash the branch into one commit on the current branch, as GitHub's "Squash and merge" does. */
  squash?: boolean;
  message?: string;
  date?: CommitOptions['date'];
}

/** Responsible for one throwaway repository: its work tree, its bare origin and its git calls. */
export interface GitRepo {
  /** The work tree. */
  readonly dir: string;
  /** The bare remote's path. */
  readonly origin: string;
  /** `file://` URL of origin (shallow clones need a URL, not a path). */
  readonly originUrl: string;
  readonly branch: string;
  /** The environment every git call here uses; pass it to processes that run git in this repo. */
  readonly env: Record<string, string>;
  /** Runs git in the work tree (or `cwd`); stdout with trailing whitespace trimmed. */
  git(args: string[], opts?: { cwd?: string; env?: Record<string, string> }): Promise<string>;
  /** Like git(), but stdout exactly as printed (file contents from `git show`). */
  gitRaw(args: string[], opts?: { cwd?: string; env?: Record<string, string> }): Promise<string>;
  /** Writes/deletes the files, stages them and commits everything staged. Returns the new SHA. */
  commit(message: string, opts?: CommitOptions): Promise<string>;
  /** Lightweight tag, or annotated when a message is given. Returns the commit SHA it points at. */
  tag(name: string, ref?: string, opts?: { message?: string }): Promise<string>;
  /** Switches branch; `create` starts it at `from` (default HEAD). */
  checkout(branch: string, opts?: { create?: boolean; from?: string }): Promise<void>;
  /** Merges `branch` into the current branch: a real merge commit (--no-ff), or a squash. Returns the new SHA. */
  merge(branch: string, opts?: MergeOptions): Promise<string>;
  /** Pushes every branch and tag to origin. */
  push(opts?: { force?: boolean }): Promise<void>;
  /** A clone of origin with `--depth`, as actions/checkout makes with fetch-depth. Removed by cleanup(). */
  cloneShallow(depth: number, opts?: { branch?: string }): Promise<string>;
  cleanup(): Promise<void>;
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly exitCode: number | string | undefined,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (${String(exitCode)}): ${stderr.trim()}`);
  }
}

/** The environment of every git call: nothing from the parent but PATH, so a GIT_DIR or a user's config cannot leak in. */
export function isolatedGitEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    LANG: 'C',
    LC_ALL: 'C',
    TZ: 'UTC',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '/bin/false',
    SSH_ASKPASS: '/bin/false',
    GIT_EDITOR: 'true',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.com',
    // Never walk up out of the temp dir into another repository (say, the project's own).
    GIT_CEILING_DIRECTORIES: tmpdir(),
  };
}

/** Runs git with an argument array (never a shell string). */
export function runGit(args: string[], cwd: string, env: Record<string, string>): Promise<string> {
  return new Promise((done, fail) => {
    execFile('git', args, { cwd, env, timeout: GIT_TIMEOUT_MS, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) fail(new GitError(args, error.code ?? error.signal ?? undefined, stderr));
      else done(stdout);
    });
  });
}

function gitDate(date: CommitOptions['date'], clock: () => number): string {
  if (date === undefined) return `@${clock()} +0000`;
  if (typeof date === 'number') return `@${date} +0000`;
  const ms = (typeof date === 'string' ? new Date(date) : date).getTime();
  if (Number.isNaN(ms)) throw new Error(`not a date: ${String(date)}`);
  return `@${Math.floor(ms / 1000)} +0000`;
}

export async function createRepo(options: CreateRepoOptions = {}): Promise<GitRepo> {
  // A repository made over someone's files would be deleted with them by cleanup().
  if (options.dir !== undefined && existsSync(options.dir) && readdirSync(options.dir).length > 0) throw new Error(`createRepo: ${options.dir} is not empty`);
  const branch = options.branch ?? 'main';
  const root = mkdtempSync(join(tmpdir(), 'pyrelease-repo-'));
  const home = join(root, 'home');
  const dir = options.dir ?? join(root, 'work');
  const origin = join(root, 'origin.git');
  mkdirSync(home);
  mkdirSync(dir, { recursive: true });
  const env = isolatedGitEnv(home);
  let tick = 0;
  const clock = () => CLOCK_START + CLOCK_STEP * tick++;
  const datedEnv = (date: CommitOptions['date']) => {
    const d = gitDate(date, clock);
    return { GIT_AUTHOR_DATE: d, GIT_COMMITTER_DATE: d };
  };
  const gitRaw: GitRepo['gitRaw'] = (args, opts = {}) => runGit(args, opts.cwd ?? dir, { ...env, ...opts.env });
  const git: GitRepo['git'] = async (args, opts) => (await gitRaw(args, opts)).trimEnd();
  // whitespace, not the default strip: a body line starting with '#' ("#12 fixed") is data.
  const commitStaged = (message: string, date: CommitOptions['date']) =>
    git(['commit', '--quiet', '--allow-empty', '--no-verify', '--cleanup=whitespace', '-m', message], { env: datedEnv(date) });

  await runGit(['init', '--quiet', '--bare', '--initial-branch', branch, origin], root, env);
  await runGit(['init', '--quiet', '--initial-branch', branch, dir], root, env);
  const originUrl = pathToFileURL(origin).href;
  await git(['remote', 'add', 'origin', originUrl]);

  const repo: GitRepo = {
    dir,
    origin,
    originUrl,
    branch,
    env,
    git,
    gitRaw,
    async commit(message, opts = {}) {
      const files = Object.entries(opts.files ?? {});
      for (const [path, content] of files) {
        const file = join(dir, path);
        if (content === null) rmSync(file, { force: true });
        else {
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, content);
        }
      }
      if (files.length > 0) await git(['add', '--all', '--', ...files.map(([path]) => path)]);
      await commitStaged(message, opts.date);
      return git(['rev-parse', 'HEAD']);
    },
    async tag(name, ref = 'HEAD', opts = {}) {
      const args = opts.message === undefined ? ['tag', '--', name, ref] : ['tag', '--annotate', '-m', opts.message, '--', name, ref];
      await git(args, { env: datedEnv(undefined) });
      return git(['rev-parse', `${name}^{commit}`]);
    },
    async checkout(name, opts = {}) {
      await git(opts.create ? ['checkout', '--quiet', '-b', name, opts.from ?? 'HEAD'] : ['checkout', '--quiet', name, '--']);
    },
    async merge(other, opts = {}) {
      const message = opts.message ?? (opts.squash ? `Squashed ${other}` : `Merge branch '${other}'`);
      if (opts.squash) {
        await git(['merge', '--quiet', '--squash', other]);
        await commitStaged(message, opts.date);
      } else {
        await git(['merge', '--quiet', '--no-ff', '--no-edit', '-m', message, other], { env: datedEnv(opts.date) });
      }
      return git(['rev-parse', 'HEAD']);
    },
    async push(opts = {}) {
      // One call for both: --all and --tags cannot be combined.
      await git(['push', '--quiet', ...(opts.force ? ['--force'] : []), 'origin', 'refs/heads/*:refs/heads/*', 'refs/tags/*:refs/tags/*']);
    },
    async cloneShallow(depth, opts = {}) {
      const target = mkdtempSync(join(root, 'shallow-'));
      await runGit(['clone', '--quiet', '--depth', String(depth), '--branch', opts.branch ?? branch, originUrl, target], root, env);
      return target;
    },
    async cleanup() {
      rmSync(root, { recursive: true, force: true });
      if (options.dir !== undefined) rmSync(options.dir, { recursive: true, force: true });
    },
  };
  if (options.files) await repo.commit(options.message ?? 'chore: initial commit', { files: options.files });
  return repo;
}

// Left out of the copy: caches a local run of the tools may have left in the example.
const NOT_COPIED = new Set(['__pycache__', '.mypy_cache', '.pytest_cache', '.ruff_cache', '.venv', 'dist', 'build']);

/**
 * A new repository holding a copy of examples/demo-package (never edited in place, style.md §1),
 * committed as its first commit. `destDir` is where the work tree goes (a temp dir by default).
 */
export async function copyDemoPackage(destDir?: string, opts: { branch?: string; message?: string; tag?: string } = {}): Promise<GitRepo> {
  const repo = await createRepo({ branch: opts.branch, dir: destDir });
  cpSync(demoPackageDir, repo.dir, { recursive: true, filter: (src) => !NOT_COPIED.has(basename(src)) });
  await repo.git(['add', '--all']);
  await repo.commit(opts.message ?? 'chore: initial commit');
  if (opts.tag !== undefined) await repo.tag(opts.tag);
  return repo;
}
