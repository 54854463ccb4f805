/**
 * The no-checkout clone against the GitHub stand-in's git host (real git http-backend): blobs
 * come only when read, with the clone's credentials; a re-run refreshes in place and converges on
 * GitHub's branch and tags; the token is never written to disk.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureBloblessClone, type CloneRequest } from '../../../src/adapters/git/blobless-clone.js';
import { GitRepository } from '../../../src/adapters/git/repository.js';
import { isPyreleaseError } from '../../../src/errors/pyrelease-error.js';
import { releaseFixture, TOKEN, type ReleaseFixture } from '../../stages/release/fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

const request = (f: ReleaseFixture, over: Partial<CloneRequest> = {}): CloneRequest => ({ serverUrl: f.gh.url, owner: 'acme', repo: 'widget', token: TOKEN, branch: 'main', dir: join(mkdtempSync(join(tmpdir(), 'clone-')), 'pyrelease-checkout'), ...over });

describe('ensureBloblessClone', () => {
  it('reads an old file through a lazy blob fetch with the clone env, and fails to without it', async () => {
    fx = await releaseFixture();
    fx.commit('feat: second', { 'CHANGELOG.md': '# Changelog\n\nnewer\n' });
    fx.push();
    const clone = await ensureBloblessClone(request(fx));
    expect(clone.sha).toBe(fx.git(['rev-parse', 'HEAD']));
    expect(readFileSync(join(clone.dir, 'CHANGELOG.md'), 'utf8')).toBe('# Changelog\n\nnewer\n');
    const old = fx.git(['rev-parse', 'HEAD~1']);
    // Without the credentials git cannot fetch the missing blob: the stand-in wants the token.
    await expect(new GitRepository(clone.dir).readFiles(old, ['CHANGELOG.md'])).rejects.toThrow(/Authentication failed/);
    expect((await new GitRepository(clone.dir, { env: clone.env }).readFiles(old, ['CHANGELOG.md'])).get('CHANGELOG.md')).toContain('## 1.0.0');
    expect(await new GitRepository(clone.dir, { env: clone.env }).tagCommit('v1.0.0')).toBe(old);
  });

  it('a re-run refreshes the clone in place: new commits and tags come, deleted tags go, a stray file is reset; nothing on disk holds the token', async () => {
    fx = await releaseFixture();
    const req = request(fx);
    const first = await ensureBloblessClone(req);
    writeFileSync(join(first.dir, 'pyproject.toml'), 'edited by someone\n');
    fx.commit('fix: third');
    fx.git(['tag', 'v1.0.1']);
    fx.git(['push', '-q', 'origin', 'main', '--tags']);
    fx.gh.repo.deleteRef('refs/tags/v1.0.0');
    const second = await ensureBloblessClone(req);
    expect(second.sha).toBe(fx.git(['rev-parse', 'HEAD']));
    const repo = new GitRepository(second.dir, { env: second.env });
    expect((await repo.tagsReachableFrom('HEAD')).map((t) => t.name)).toEqual(['v1.0.1']);
    expect(readFileSync(join(second.dir, 'pyproject.toml'), 'utf8')).toContain('version = "1.0.0"');
    const config = readFileSync(join(second.dir, '.git', 'config'), 'utf8');
    expect(config).not.toMatch(/extraheader|x-access-token|ghs_/i);
    expect(config).toContain(`url = ${fx.gh.url}/acme/widget.git`);
  });

  it('replaces a directory that holds something else, and names a branch GitHub lacks', async () => {
    fx = await releaseFixture();
    const req = request(fx);
    mkdirSync(req.dir, { recursive: true });
    writeFileSync(join(req.dir, 'leftover.txt'), 'x');
    expect((await ensureBloblessClone(req)).sha).toBe(fx.git(['rev-parse', 'HEAD']));
    const missing = await ensureBloblessClone({ ...req, branch: 'nope' }).catch((e: unknown) => e);
    expect(isPyreleaseError(missing) && [missing.code, missing.message]).toEqual(['TARGET_BRANCH_MISSING', `the target branch nope does not exist on ${fx.gh.url}/acme/widget.git`]);
  });

  it('a pull request: its merge commit checked out detached, as actions/checkout does; without one (conflicts), one line', async () => {
    fx = await releaseFixture();
    const merge = fx.commit('Merge feature into main');
    fx.git(['push', '-q', 'origin', `HEAD:refs/pull/3/merge`]);
    fx.git(['reset', '-q', '--hard', 'HEAD~1']);
    const req = request(fx, { pullRequest: 3 });
    const clone = await ensureBloblessClone(req);
    expect(clone.sha).toBe(merge);
    expect(await new GitRepository(clone.dir, { env: clone.env }).currentBranch()).toBeUndefined();
    const none = await ensureBloblessClone({ ...req, pullRequest: 4 }).catch((e: unknown) => e);
    expect(isPyreleaseError(none) && none.code).toBe('CHECKOUT_NO_MERGE_COMMIT');
  });
});
