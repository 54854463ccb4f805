/**
 * pyrelease's own next release passes its own CI (issue #20, item 1): on a copy of this repository
 * (real git, its real history, the work tree as it is, dist/ freshly built and committed — the
 * state .ci/run demands), pyrelease's own planner plans the next release from
 * .release-please-config.json; the release commit's file edits are applied, dist/ is rebuilt from
 * that commit's src/, and it must equal the dist/ the release commit carries, byte for byte.
 * The version is bundled into dist/cli.js, so without dist/cli.js among the extra files the
 * release PR would bump src/version.ts alone and the release commit's dist/ would be stale.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, type Dirent, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitRepository } from '../../src/adapters/git/repository.js';
import { planFromRepository } from '../../src/stages/plan-from-repository.js';
import { isolatedGitEnv, runGit } from '../harness/git-repo.js';
import { repoRoot } from '../harness/node-run.js';

const work = mkdtempSync(join(tmpdir(), 'self-release-'));
const clone = join(work, 'pyrelease');
const env = isolatedGitEnv(work);
const git = (args: string[]) => runGit(args, clone, env);

/** npm run build in the copy: the same script, from clean, as .ci/run runs it. */
function build(): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(clone, 'scripts', 'build.mjs')], { cwd: clone, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`build failed (${code}): ${stderr}`))));
  });
}

/** The first lines where two texts differ, for a failure message that says what is stale. */
function differingLines(expected: string, actual: string, max = 5): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < max; i++) {
    if (a[i] !== b[i]) out.push(`line ${i + 1}: release commit ${JSON.stringify(a[i]?.slice(0, 160))}, fresh build ${JSON.stringify(b[i]?.slice(0, 160))}`);
  }
  return out.join('\n');
}

/** Every file under dist/, chunks/ included, by its path. */
const distFiles = () =>
  Object.fromEntries(
    (readdirSync(join(clone, 'dist'), { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((e) => e.isFile())
      .map((e) => relative(clone, join(e.parentPath, e.name)).split(sep).join('/'))
      .sort()
      .map((p) => [p, readFileSync(join(clone, p), 'utf8')]),
  );

describe('the project\'s own next release', () => {
  it('yields a release commit whose dist/ equals a fresh build of it', { timeout: 1_800_000 }, async () => {
    // The real history, then the work tree as it is now (tracked and new files; dist/ is rebuilt).
    await runGit(['clone', '--quiet', '--no-hardlinks', repoRoot, clone], work, env);
    const listed = await runGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repoRoot, env);
    for (const path of listed.split('\0').filter((p) => p !== '' && !p.startsWith('dist/'))) {
      if (!existsSync(join(repoRoot, path))) {
        rmSync(join(clone, path), { force: true });
        continue;
      }
      mkdirSync(dirname(join(clone, path)), { recursive: true });
      copyFileSync(join(repoRoot, path), join(clone, path));
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(clone, 'node_modules'), 'junction');
    await build();
    await git(['add', '--all', '--', '.', ':!node_modules']);
    await git(['commit', '--quiet', '--allow-empty', '-m', 'chore: the work tree, with dist/ built fresh']);

    const { plan } = await planFromRepository(new GitRepository(clone), {
      ref: 'HEAD',
      date: '2026-01-01',
      configFile: '.release-please-config.json',
      manifestFile: '.release-please-manifest.json',
      targetBranch: 'main',
      repository: { owner: 'pyrelease', repo: 'pyrelease' },
    });
    const manifest = JSON.parse(readFileSync(join(clone, '.release-please-manifest.json'), 'utf8')) as Record<string, string>;
    expect(plan.version, 'the history holds feat/fix commits, so there is a next release').not.toBeNull();
    expect(plan.version).not.toBe(manifest['.']);
    for (const path of ['package.json', 'src/version.ts', 'dist/cli.js', '.release-please-manifest.json', 'CHANGELOG.md']) expect(Object.keys(plan.files)).toContain(path);
    expect(plan.files['src/version.ts']).toContain(`'${plan.version!}'`);

    // The release commit: exactly the planned edits on top of the committed tree.
    for (const [path, content] of Object.entries(plan.files)) {
      mkdirSync(dirname(join(clone, path)), { recursive: true });
      writeFileSync(join(clone, path), content);
    }
    const releaseCommitDist = distFiles();
    expect(releaseCommitDist['dist/cli.js']).toContain(`const packageVersion = '${plan.version!}'; // x-release-please-version`);

    await build();
    const fresh = distFiles();
    expect(Object.keys(fresh)).toEqual(Object.keys(releaseCommitDist));
    const stale = Object.keys(fresh).filter((path) => fresh[path] !== releaseCommitDist[path]).map((path) => `${path} of the release commit differs from a fresh build (copy kept in ${clone}):\n${differingLines(releaseCommitDist[path]!, fresh[path]!)}`);
    expect(stale).toEqual([]);
    rmSync(work, { recursive: true, force: true });
  });
});
