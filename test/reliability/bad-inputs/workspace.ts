/**
 * Builds one bad-input case's world: a small `widget` project released as v1.0.0 with a feature
 * commit after it, pushed to a bare origin, then the case's files written on top (committed and
 * pushed, or left in the work tree for `dirty-tree`) and the case's repository state applied.
 * Plain git in a temp dir, system and global config ignored, fixed names and dates.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The repository states a case can ask for:
 * - `no-commits`: an initialised repository with the files on disk and nothing committed;
 * - `not-a-repo`: the files in a plain directory;
 * - `no-tags`: the history without the v1.0.0 tag;
 * - `detached-head`: HEAD detached at the last commit (GITHUB_REF still names main);
 * - `shallow`: a depth-1 clone without tags, as actions/checkout leaves by default;
 * - `dirty-tree`: the case's files written but not committed;
 * - `pull-request-merge`: HEAD is a commit main does not have, pushed as refs/pull/7/merge.
 */
export const repoStates = ['no-commits', 'no-tags', 'detached-head', 'shallow', 'dirty-tree', 'not-a-repo', 'pull-request-merge'] as const;
export type RepoState = (typeof repoStates)[number];

export interface CaseWorld {
  root: string;
  /** The work tree the action runs in (GITHUB_WORKSPACE). */
  work: string;
  /** The bare origin the GitHub stand-in serves. */
  origin: string;
  /** `git for-each-ref` of the origin: compared before and after the run. */
  originRefs(): string;
  cleanup(): void;
}

const env = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: tmpdir(),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
};

export const baseFiles: Readonly<Record<string, string>> = {
  '.release-please-config.json': '{\n  "packages": {\n    ".": {\n      "release-type": "python"\n    }\n  }\n}\n',
  '.release-please-manifest.json': '{\n  ".": "1.0.0"\n}\n',
  'pyproject.toml': '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "widget"\nversion = "1.0.0"\ndescription = "A widget"\nrequires-python = ">=3.9"\n',
  'src/widget/__init__.py': '__version__ = "1.0.0"\n',
  'CHANGELOG.md': '# Changelog\n\n## 1.0.0 (2025-12-01)\n\n\n### Features\n\n* first ([0000000](https://github.com/acme/widget/commit/0000000))\n',
};

function write(dir: string, files: Record<string, string | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    if (content === null) {
      rmSync(full, { force: true, recursive: true });
      continue;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

export function buildWorld(files: Record<string, string | null>, state?: RepoState): CaseWorld {
  const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
  const origin = join(root, 'origin.git');
  let work = join(root, 'work');
  const git = (args: string[], cwd = work) => execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  git(['init', '-q', '--bare', '-b', 'main', origin], root);
  mkdirSync(work);
  if (state === 'not-a-repo') {
    write(work, { ...baseFiles, ...files });
  } else if (state === 'no-commits') {
    // A checkout of an empty repository: files on disk, nothing committed, nothing on origin.
    git(['init', '-q', '-b', 'main', work], root);
    git(['remote', 'add', 'origin', origin]);
    write(work, { ...baseFiles, ...files });
  } else {
    git(['init', '-q', '-b', 'main', work], root);
    git(['remote', 'add', 'origin', origin]);
    const commit = (message: string) => {
      git(['add', '-A']);
      git(['commit', '-q', '--allow-empty', '-m', message]);
    };
    write(work, baseFiles);
    commit('chore: release 1.0.0');
    if (state !== 'no-tags') git(['tag', 'v1.0.0']);
    write(work, { 'src/widget/retry.py': 'def retry():\n    return 3\n' });
    commit('feat: add retries');
    const caseFiles = Object.keys(files).length > 0;
    if (caseFiles) write(work, files);
    if (state === 'pull-request-merge') {
      // What actions/checkout gives a pull_request run: refs/pull/7/merge, a commit main does not have.
      git(['push', '-q', 'origin', 'main', '--tags']);
      commit('feat: an unmerged change');
      git(['push', '-q', 'origin', 'HEAD:refs/pull/7/merge']);
    } else {
      if (caseFiles && state !== 'dirty-tree') commit('chore: case files');
      git(['push', '-q', 'origin', 'main', '--tags']);
    }
    if (state === 'detached-head') git(['checkout', '-q', '--detach', 'HEAD']);
    if (state === 'shallow') {
      // What actions/checkout leaves with fetch-depth: 1 (file:// so --depth is honoured).
      const shallow = join(root, 'shallow');
      git(['clone', '-q', '--depth', '1', '--no-tags', pathToFileURL(origin).href, shallow], root);
      work = shallow;
    }
  }
  return {
    root,
    work,
    origin,
    originRefs: () => git(['for-each-ref', '--format=%(refname) %(objectname)'], origin),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
