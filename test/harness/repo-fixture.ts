/**
 * Vitest fixtures: each test that names `repo`, `demoRepo` or `makeRepo` gets its own repositories,
 * removed when the test ends (pass or fail). Fixtures, not beforeEach, so tests can run
 * concurrently and only pay for what they ask for.
 *
 *   repoTest('tags a release', async ({ repo }) => { await repo.commit('feat: x'); … });
 */
import { test } from 'vitest';
import { copyDemoPackage, createRepo, type CreateRepoOptions, type GitRepo } from './git-repo.js';

export interface RepoFixtures {
  /** An empty repository on `main` (unborn branch) with a bare origin. */
  repo: GitRepo;
  /** examples/demo-package committed as the first commit. */
  demoRepo: GitRepo;
  /** Makes as many repositories as the test needs; all are cleaned up after it. */
  makeRepo: (options?: CreateRepoOptions) => Promise<GitRepo>;
}

export const repoTest = test.extend<RepoFixtures>({
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern
  repo: async ({}, use) => {
    const repo = await createRepo();
    try {
      await use(repo);
    } finally {
      await repo.cleanup();
    }
  },
  // eslint-disable-next-line no-empty-pattern
  demoRepo: async ({}, use) => {
    const repo = await copyDemoPackage();
    try {
      await use(repo);
    } finally {
      await repo.cleanup();
    }
  },
  // eslint-disable-next-line no-empty-pattern
  makeRepo: async ({}, use) => {
    const made: GitRepo[] = [];
    try {
      await use(async (options) => {
        const repo = await createRepo(options);
        made.push(repo);
        return repo;
      });
    } finally {
      await Promise.all(made.map((r) => r.cleanup()));
    }
  },
});
