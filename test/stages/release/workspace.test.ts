/**
 * A uv workspace through real git and the GitHub stand-in: one member changed, one depending on
 * it, one untouched. The one release PR releases the first two (the dependent with a patch and a
 * "Dependencies" entry, its requirement widened), the root uv.lock carries both new versions, and
 * bad workspaces stop with one line and nothing written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitRepository } from '../../../src/adapters/git/repository.js';
import { renderPlanText } from '../../../src/core/plan-text.js';
import { parseCliArgs } from '../../../src/settings/from-argv.js';
import { planFromRepository } from '../../../src/stages/plan-from-repository.js';
import { repoRoot } from '../../harness/node-run.js';
import { releaseFixture, type ReleaseFixture } from './fixture.js';

let fx: ReleaseFixture | undefined;
afterEach(async () => {
  await fx?.close();
  fx = undefined;
});

// The shape uv writes for a workspace of api, cli and core (hand-written: uv is not on this machine).
const LOCK = readFileSync(join(repoRoot, 'test', 'fixtures', 'workspace', 'uv.lock'), 'utf8');

export const workspaceFiles = (packages: Record<string, unknown>, cliRequirement = 'core>=1.0,<1.1'): Record<string, string> => ({
  '.release-please-config.json': `${JSON.stringify({ packages }, null, 2)}\n`,
  '.release-please-manifest.json': '{\n  "packages/core": "1.0.0",\n  "packages/cli": "0.3.0",\n  "packages/api": "2.0.0"\n}\n',
  'pyproject.toml': '[tool.uv.workspace]\nmembers = ["packages/*"]\nexclude = ["packages/scratch"]\n',
  'uv.lock': LOCK,
  'packages/core/pyproject.toml': '[project]\nname = "core"\nversion = "1.0.0"\n',
  'packages/core/CHANGELOG.md': '# Changelog\n',
  'packages/cli/pyproject.toml': `[project]\nname = "cli"\nversion = "0.3.0"\ndependencies = [\n    "${cliRequirement}",\n    "click>=8",\n]\n\n[tool.uv.sources]\ncore = { workspace = true }\n`,
  'packages/cli/CHANGELOG.md': '# Changelog\n',
  'packages/api/pyproject.toml': '[project]\nname = "api"\nversion = "2.0.0"\n',
  'packages/api/CHANGELOG.md': '# Changelog\n',
  'packages/scratch/notes.txt': 'not a member\n',
});

async function workspace(packages: Record<string, unknown>, extra: Record<string, string> = {}, cliRequirement?: string): Promise<ReleaseFixture> {
  const f = await releaseFixture({ files: { ...workspaceFiles(packages, cliRequirement), ...extra }, tag: 'core-v1.0.0' });
  f.git(['tag', 'cli-v0.3.0']);
  f.git(['tag', 'api-v2.0.0']);
  f.git(['push', '-q', 'origin', '--tags']);
  f.commit('feat: core learns dates', { 'packages/core/src/core/dates.py': 'x = 1\n' });
  f.push();
  return f;
}

const show = (f: ReleaseFixture, branch: string, path: string) => f.gh.repo.git(['show', `${branch}:${path}`]);

describe('a uv workspace release', () => {
  it('"packages": {} releases the changed member and its dependent in one PR, uv.lock and the requirement updated', async () => {
    fx = await workspace({});
    const out = await fx.run();
    expect(fx.gh.state.pulls).toHaveLength(1);
    const pr = fx.gh.state.pulls[0]!;
    expect(pr.title).toBe('chore: release main');
    // The dependent: a patch release whose entry is release-please's Dependencies section.
    expect(pr.body).toContain('<summary>core: 1.1.0</summary>');
    expect(pr.body).toContain('<summary>cli: 0.3.1</summary>');
    expect(pr.body).not.toContain('api:');
    const cliChangelog = show(fx, pr.head, 'packages/cli/CHANGELOG.md');
    expect(cliChangelog).toContain(
      '## [0.3.1](https://github.com/acme/widget/compare/cli-v0.3.0...cli-v0.3.1) (2026-02-03)\n\n\n### Dependencies\n\n* The following workspace dependencies were updated\n  * dependencies\n    * core bumped from >=1.0,<1.1 to >=1.0,<1.2',
    );
    expect(show(fx, pr.head, 'packages/cli/pyproject.toml')).toContain('version = "0.3.1"\ndependencies = [\n    "core>=1.0,<1.2",\n    "click>=8",\n]');
    const lock = show(fx, pr.head, 'uv.lock');
    expect(lock).toContain('name = "core"\nversion = "1.1.0"\nsource = { editable = "packages/core" }');
    expect(lock).toContain('name = "cli"\nversion = "0.3.1"\nsource = { editable = "packages/cli" }');
    expect(lock).toContain('requires-dist = [{ name = "core", editable = "packages/core", specifier = ">=1.0, <1.2" }]');
    expect(lock).toContain('name = "api"\nversion = "2.0.0"');
    expect(show(fx, pr.head, '.release-please-manifest.json')).toBe('{\n  "packages/core": "1.1.0",\n  "packages/cli": "0.3.1",\n  "packages/api": "2.0.0"\n}');
    expect(out.outputs).toMatchObject({ prs_created: 'true' });
    expect(out.lines.join('\n')).toMatch(/packages derived from \[tool\.uv\.workspace\] in pyproject\.toml/);
    // The summary and `pyrelease plan` name every release of the PR, not only the first package's.
    expect(out.summary).toContain('Next releases: **packages/cli 0.3.1** (`cli-v0.3.1`), **packages/core 1.1.0** (`core-v1.1.0`) — [release PR #1]');
    expect(out.summary).toContain('<details><summary>CHANGELOG entry: packages/core</summary>\n\n## [1.1.0]');
    const text = renderPlanText((await planFromRepository(new GitRepository(fx.work), { ref: 'HEAD', date: '2026-02-03', configFile: undefined, manifestFile: '.release-please-manifest.json', targetBranch: 'main', repository: { owner: 'acme', repo: 'widget' } })).plan);
    expect(text).toContain('Next releases, in one PR: 2\n  packages/cli: 0.3.1 (tag cli-v0.3.1), after 0.3.0 (cli-v0.3.0)\n  packages/core: 1.1.0 (tag core-v1.1.0), after 1.0.0 (core-v1.0.0)\n');
    expect(text).toContain('CHANGELOG entry (packages/core):\n\n## [1.1.0]');

    // After the merge: a tag and release per released member, the dependent's notes its Dependencies entry.
    const merged = fx.mergeReleasePr(pr.number, 'squash');
    const after = await fx.run();
    expect(after.outputs).toMatchObject({ releases_created: 'true', paths_released: '["packages/cli","packages/core"]', 'packages/cli--tag_name': 'cli-v0.3.1' });
    expect(fx.gh.repo.refSha('refs/tags/cli-v0.3.1')).toBe(merged);
    expect(fx.gh.state.releases.find((r) => r.tag_name === 'cli-v0.3.1')!.body).toContain('core bumped from >=1.0,<1.1 to >=1.0,<1.2');
  });

  it('packages listed in the config: a requirement that admits the new version is left as written ("bumped to")', async () => {
    const py = (component: string) => ({ 'release-type': 'python', component });
    fx = await workspace({ 'packages/core': py('core'), 'packages/cli': py('cli'), 'packages/api': py('api') }, {}, 'core>=1.0');
    await fx.run();
    const pr = fx.gh.state.pulls[0]!;
    expect(show(fx, pr.head, 'packages/cli/CHANGELOG.md')).toContain('### Dependencies\n\n* The following workspace dependencies were updated\n  * dependencies\n    * core bumped to 1.1.0');
    expect(show(fx, pr.head, 'packages/cli/pyproject.toml')).toContain('"core>=1.0",');
  });

  it('a member whose dependencies are dynamic is not guessed at: a warning names it', async () => {
    fx = await workspace({}, { 'packages/api/pyproject.toml': '[project]\nname = "api"\nversion = "2.0.0"\ndynamic = ["dependencies"]\n' });
    const out = await fx.run();
    expect(out.lines.join('\n')).toMatch(/warning: packages\/api\/pyproject\.toml: \[project\] dynamic names its dependencies, so pyrelease cannot tell whether api requires another member/);
    expect(fx.gh.state.pulls[0]!.body).not.toContain('api:');
  });

  it('pyrelease plan --path <member>: that member\'s release, its dependencies\' release taken into account; the path input opens its PR alone', async () => {
    fx = await workspace({});
    const request = parseCliArgs(['plan', '--path', 'packages/cli/', '--cwd', fx.work], {});
    if (request.kind !== 'run') throw new Error('not a run');
    expect(request.settings.packagePath).toBe('packages/cli');
    const outcome = await planFromRepository(new GitRepository(fx.work), { ref: 'HEAD', date: '2026-02-03', configFile: undefined, manifestFile: '.release-please-manifest.json', onlyPath: request.settings.packagePath!, targetBranch: 'main', repository: { owner: 'acme', repo: 'widget' } });
    expect(outcome.plan).toMatchObject({ version: '0.3.1', tag: 'cli-v0.3.1', title: 'chore(main): release cli 0.3.1', headBranch: 'release-please--branches--main--components--cli' });
    expect(outcome.plan.changelogEntry).toMatch(/### Dependencies\n\n\* The following workspace dependencies were updated\n  \* dependencies\n    \* core bumped from >=1\.0,<1\.1 to >=1\.0,<1\.2$/);
    expect(Object.keys(outcome.plan.files)).toEqual(['.release-please-manifest.json', 'packages/cli/CHANGELOG.md', 'packages/cli/pyproject.toml', 'uv.lock']);

    await fx.run({ packagePath: 'packages/cli' });
    expect(fx.gh.state.pulls.map((p) => [p.head, p.title])).toEqual([['release-please--branches--main--components--cli', 'chore(main): release cli 0.3.1']]);
  });

  describe('refuses with one line, nothing written', () => {
    const cases: Array<[string, Record<string, unknown>, Record<string, string>, string | undefined, RegExp]> = [
      ['a member missing from the config', { 'packages/core': { component: 'core' }, 'packages/cli': { component: 'cli' } }, {}, undefined, /WORKSPACE_MEMBER_NOT_CONFIGURED.*api \(packages\/api\) is not in "packages"/],
      ['a member path that does not exist', {}, { 'pyproject.toml': '[tool.uv.workspace]\nmembers = ["packages/*", "tools/lint"]\n' }, undefined, /WORKSPACE_MEMBER_PATH_MISSING.*"tools\/lint"/],
      ['a dependency cycle', {}, { 'packages/core/pyproject.toml': '[project]\nname = "core"\nversion = "1.0.0"\ndependencies = ["cli"]\n' }, undefined, /WORKSPACE_DEPENDENCY_CYCLE.*(cli -> core -> cli|core -> cli -> core)/],
      ['a dependent that cannot admit the new version', {}, {}, 'core>=1.0,!=1.1.0', /WORKSPACE_DEPENDENT_NOT_BUMPABLE.*packages\/cli\/pyproject\.toml.*"core>=1\.0,!=1\.1\.0"/],
      ['two members with the same component', {}, { 'packages/api/pyproject.toml': '[project]\nname = "core"\nversion = "2.0.0"\n' }, undefined, /CONFIG_DUPLICATE_COMPONENT.*packages\/core/],
      ['two members whose names normalise alike', {}, { 'packages/api/pyproject.toml': '[project]\nname = "Core"\nversion = "2.0.0"\n' }, undefined, /WORKSPACE_DUPLICATE_NAME.*is packages\/api.s too/],
    ];
    for (const [what, packages, extra, req, message] of cases) {
      it(what, async () => {
        let thrown: unknown;
        try {
          fx = await workspace(packages, extra, req);
          await fx.run();
        } catch (e) {
          thrown = e;
        }
        const e = thrown as { code?: string; message?: string } | undefined;
        expect(`${e?.code}: ${e?.message}`).toMatch(message);
        expect(e?.message).not.toContain('\n');
        expect(fx?.gh.state.pulls ?? []).toHaveLength(0);
      });
    }
  });
});
