/**
 * stage: publish for a monorepo release (#22, #24): two packages released, each built in its own
 * directory with the real build backend, checked, signed and uploaded to its own PyPI project
 * (stand-ins for PyPI, OIDC, Sigstore and GitHub); every project checked before the first upload;
 * the releases input (release-please-action's outputs as one object) and a matrix step's path:;
 * a uv workspace through the uv stand-in, each member built by name from the workspace root.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TrustedPublisher } from '../../standins/pypi/credentials.js';
import { readHandoff } from '../../../src/settings/handoff.js';
import { validateStage } from '../../../src/stages/validate.js';
import { memberTag, type MonorepoMember } from '../../harness/monorepo-demo.js';
import { missingTools, missingToolsReason, pythonWithTools } from '../../harness/tools.js';
import { publishFixtures, uploadRequests, withUvStandin, type PublishFixture } from './fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine', 'venv', 'pip']);
const why = missing.length ? ` (skipped: ${missingToolsReason(missing)})` : '';
const openFixture = publishFixtures();

const members: MonorepoMember[] = [
  { path: 'packages/core', name: 'demo-core', version: '1.2.0' },
  { path: 'packages/cli', name: 'demo-cli', version: '0.3.0' },
];

/** What release-please-action's (and our release stage's) outputs look like for these two releases. */
function releaseOutputs(sha: string): Record<string, string> {
  const out: Record<string, string> = { releases_created: 'true', paths_released: JSON.stringify(members.map((m) => m.path)), prs_created: 'false' };
  for (const m of members) Object.assign(out, { [`${m.path}--release_created`]: 'true', [`${m.path}--tag_name`]: memberTag(m), [`${m.path}--version`]: m.version, [`${m.path}--sha`]: sha, [`${m.path}--path`]: m.path });
  return out;
}

/** The releases input as a workflow passes it: releases: ${{ toJSON(needs.release.outputs) }}. */
const releasesInput = (outputs: Record<string, string>) => readHandoff((name) => (name === 'releases' ? JSON.stringify(outputs) : ''));
const storedNames = (f: PublishFixture, m: MonorepoMember) => f.pypi.files(m.name, m.version).map((s) => s.filename).sort();
const assetsOf = (f: PublishFixture, tag: string) => f.gh.state.releases.find((r) => r.tag_name === tag)?.assets.map((a) => a.name).sort() ?? [];

describe.skipIf(missing.length > 0)(`stage: publish, several packages released${why}`, () => {
  it('after the release stage of the same step: each package built, signed and uploaded to its own project with attestations; validate installs both together; a re-run sends nothing', async () => {
    const f = await openFixture({ members, sign: true });
    const results = { outputs: { release: releaseOutputs(f.releaseSha) } };
    const run = await f.run({ stage: 'all', handoff: {} }, undefined, results);
    expect(run.error, `${run.error?.message}\n${run.log}`).toBeUndefined();
    for (const m of members) {
      const mod = m.name.replace('-', '_');
      expect(storedNames(f, m)).toEqual([`${mod}-${m.version}-py3-none-any.whl`, `${mod}-${m.version}.tar.gz`]);
      // PEP 740: the stand-in verified each attestation against the publisher and the file's digest.
      expect(f.pypi.files(m.name, m.version).every((s) => s.attestations !== undefined && s.provenance !== undefined)).toBe(true);
      expect(assetsOf(f, memberTag(m))).toEqual(['SHA256SUMS', `${mod}-${m.version}-py3-none-any.whl`, `${mod}-${m.version}-py3-none-any.whl.sigstore.json`, `${mod}-${m.version}.tar.gz`, `${mod}-${m.version}.tar.gz.sigstore.json`]);
    }
    const out = run.outcome!.outputs;
    expect(JSON.parse(out.paths_published!)).toEqual(['packages/core', 'packages/cli']);
    expect((JSON.parse(out.files!) as { name: string }[]).map((x) => x.name)).toHaveLength(4);
    expect(out['packages/cli--version']).toBe('0.3.0');
    expect(out['packages/cli--distributions']!.split('\n').map((p) => p.split('/').pop())).toEqual(['demo_cli-0.3.0-py3-none-any.whl', 'demo_cli-0.3.0.tar.gz']);
    expect(out.distributions!.split('\n')).toHaveLength(4);
    expect(run.outcome!.summary).toContain('### Publish: demo-core (`packages/core`)');
    expect(run.outcome!.summary).toContain('### Publish: demo-cli (`packages/cli`)');
    // One mint for both projects: the token covers every project that trusts the publisher.
    expect(f.pypi.mintedTokens).toHaveLength(1);

    // Each package's own release notes name whom to tell: core's fix closed an issue, cli's notes name none.
    const issue = f.gh.state.addIssue('core needs dates');
    f.gh.state.releases.find((r) => r.tag_name === memberTag(members[0]!))!.body = `* dates ([#${issue.number}](https://github.com/acme/widget/issues/${issue.number}))`;
    const validated = await f.run({ stage: 'all', handoff: {} }, validateStage, run.results);
    expect(validated.error, `${validated.error?.message}\n${validated.log}`).toBeUndefined();
    expect(f.gh.state.comments.filter((c) => c.issue === issue.number).map((c) => c.body)).toEqual([expect.stringContaining('demo-core 1.2.0')]);
    expect(validated.outcome!.summary).toContain(`demo-core: Told #${issue.number} that it shipped. demo-cli: The release notes reference no pull request or issue to tell.`);
    expect(validated.outcome!.summary).toMatch(/`demo_core`; installed version 1\.2\.0 \(demo-core\); `demo_cli`; installed version 0\.3\.0 \(demo-cli\)/);

    const before = uploadRequests(f).length;
    // The re-run of the whole step: the release stage finds HEAD released by the first run (nothing new
    // released, release-please-action's outputs empty) and hands publish HEAD's releases to finish.
    const atHead = members.map((m) => ({ path: m.path, tagName: memberTag(m), version: m.version, sha: f.releaseSha }));
    const again = await f.run({ stage: 'all', handoff: {} }, undefined, { outputs: { release: { releases_created: 'false', paths_released: '[]', prs_created: 'false' } }, releasesAtHead: atHead });
    expect(again.error, again.error?.message).toBeUndefined();
    expect(uploadRequests(f).length).toBe(before);
    expect(f.pypi.mintedTokens).toHaveLength(1);
    expect(again.outcome!.headline).toMatch(/demo-core 1\.2\.0 on .*: 0 uploaded, 2 already there; demo-cli 0\.3\.0 on .*: 0 uploaded, 2 already there/);
  });

  it('the second project lacks the publisher: nothing uploaded or attached for either, one line naming it with the link; after the fix the re-run uploads both', async () => {
    const publisher: TrustedPublisher = { repository: 'acme/widget', repositoryOwnerId: '4242', workflowFilename: 'release.yml', projects: ['demo-core'] };
    // demo-cli exists on the index (made by another account's token), but does not trust this workflow.
    const f = await openFixture({ members, pypi: { publishers: [publisher], apiTokens: { 'pypi-someone-else': ['demo-cli'] } } });
    const handoff = releasesInput(releaseOutputs(f.releaseSha));
    const run = await f.run({ handoff });
    expect(run.error?.code, run.log).toBe('PUBLISH_PROJECT_NOT_PERMITTED');
    expect(run.error!.message).toMatch(/^127\.0\.0\.1:\d+ would refuse demo-cli \(package packages\/cli\): its trusted publishers do not include this workflow$/);
    const more = run.error!.details!.more!.join('\n');
    expect(more).toContain("OIDC scoped token is not valid for project 'demo-cli'");
    expect(more).toContain('manage/project/demo-cli/settings/publishing/?provider=github&owner=acme&repository=widget&workflow_filename=release.yml');
    expect(more).toMatch(/repository: acme\/widget/);
    for (const m of members) {
      expect(storedNames(f, m)).toEqual([]);
      expect(assetsOf(f, memberTag(m))).toEqual([]);
    }

    // The fix: the same publisher added to demo-cli on PyPI's settings page.
    f.pypi.addPublisher({ ...publisher, projects: ['demo-cli'] });
    const rerun = await f.run({ handoff });
    expect(rerun.error, `${rerun.error?.message}\n${rerun.log}`).toBeUndefined();
    for (const m of members) expect(storedNames(f, m)).toHaveLength(2);
  });

  it('a matrix step over paths_released: path: and the releases input publish that package alone', async () => {
    const f = await openFixture({ members });
    const run = await f.run({ packagePath: 'packages/cli', handoff: releasesInput(releaseOutputs(f.releaseSha)) });
    expect(run.error, `${run.error?.message}\n${run.log}`).toBeUndefined();
    expect(storedNames(f, members[1]!)).toEqual(['demo_cli-0.3.0-py3-none-any.whl', 'demo_cli-0.3.0.tar.gz']);
    expect(storedNames(f, members[0]!)).toEqual([]);
    expect(run.outcome!.outputs.version).toBe('0.3.0');
  });

  it('upload-all-projects: a packages-dir holding two projects (uv build --all-packages) uploads each to its own project; without it, the other project is refused', async () => {
    const f = await openFixture({ members });
    // One directory with both members' distributions, as one workspace-wide build leaves it.
    const dist = mkdtempSync(join(tmpdir(), 'all-packages-'));
    for (const m of members) execFileSync(pythonWithTools() ?? 'python3', ['-m', 'build', '--no-isolation', '--skip-dependency-check', '--outdir', dist, join(f.repo.dir, m.path)], { stdio: 'pipe', env: { PATH: '/usr/bin:/bin', HOME: dist, SOURCE_DATE_EPOCH: '1767225600' } });
    const common = { packagePath: 'packages/core', handoff: releasesInput(releaseOutputs(f.releaseSha)), packagesDir: { path: dist, label: 'dist' } };

    const refused = await f.run(common);
    expect(refused.error?.code, refused.log).toBe('PUBLISH_PACKAGES_FOREIGN');
    expect(uploadRequests(f)).toHaveLength(0);

    const run = await f.run({ ...common, uploadAllProjects: true });
    expect(run.error, `${run.error?.message}\n${run.log}`).toBeUndefined();
    expect(storedNames(f, members[0]!)).toEqual(['demo_core-1.2.0-py3-none-any.whl', 'demo_core-1.2.0.tar.gz']);
    expect(storedNames(f, members[1]!)).toEqual(['demo_cli-0.3.0-py3-none-any.whl', 'demo_cli-0.3.0.tar.gz']);
    // The release is demo-core's: only its files are attached to it.
    expect(assetsOf(f, memberTag(members[0]!))).toEqual(['SHA256SUMS', 'demo_core-1.2.0-py3-none-any.whl', 'demo_core-1.2.0.tar.gz']);
    expect(run.outcome!.outputs['demo-cli--version']).toBe('0.3.0');
    expect(run.outcome!.summary).toContain('uploaded, not attached to its GitHub release');
  });

  describe('a uv workspace through the uv stand-in', () => {
    it('builds each released member with uv build --package NAME from the workspace root (its own name and version), twine-checks it at the root uv.lock\'s pin and uploads it to its own project', async () => {
      const f = await openFixture({ members, uvWorkspace: true });
      const run = await withUvStandin(() => f.run({ handoff: releasesInput(releaseOutputs(f.releaseSha)) }));
      expect(run.error, `${run.error?.message}\n${run.log}`).toBeUndefined();
      for (const m of members) {
        const mod = m.name.replace('-', '_');
        expect(storedNames(f, m)).toEqual([`${mod}-${m.version}-py3-none-any.whl`, `${mod}-${m.version}.tar.gz`]);
        expect(run.log).toContain(`  build: uv build --package ${m.name} --no-build-isolation (from the workspace root)`);
        expect(run.outcome!.summary).toContain(`Built with \`uv build --package ${m.name} --no-build-isolation\` from the workspace root.`);
      }
      expect(run.log).toContain("twine: twine 4.0.2, the project's own (locked in uv.lock)");
      // --out-dir is pyrelease's own directory: nothing is left in the workspace's dist/ (where uv writes a member's build by default).
      expect(existsSync(join(f.repo.dir, 'dist'))).toBe(false);
      expect(f.pypi.mintedTokens).toHaveLength(1);
    });
  });
});
