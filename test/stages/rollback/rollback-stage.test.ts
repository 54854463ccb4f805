/** stage: rollback against the GitHub and PyPI stand-ins: branch, issue, release warning — once. */
import { describe, expect, it } from 'vitest';
import { rollbackStage } from '../../../src/stages/rollback.js';
import { missingTools, missingToolsReason } from '../../harness/tools.js';
import { publishFixtures, type PublishFixture } from '../publish/fixture.js';

const missing = missingTools(['build', 'hatchling', 'twine']);
const openFixture = publishFixtures();
let fixture: PublishFixture | undefined;

describe.skipIf(missing.length > 0)(`stage: rollback${missing.length ? ` (skipped: ${missingToolsReason(missing)})` : ''}`, () => {
  it('prepares the rollback of a published version: hotfix branch from the last good release, one issue, a warning on the release; a re-run adds nothing', async () => {
    fixture = await openFixture();
    const f = fixture;
    // An earlier good release, then 0.1.0 published (the bad one).
    const first = await f.repo.git(['rev-list', '--max-parents=0', 'HEAD']);
    await f.repo.git(['tag', 'v0.0.9', first]);
    await f.repo.git(['push', '-q', 'origin', 'v0.0.9']);
    expect((await f.run()).error).toBeUndefined();
    const rollback = { release: { version: '0.1.0' } };

    const run = await f.run({ handoff: rollback }, rollbackStage);
    expect(run.error, run.error?.message).toBeUndefined();
    expect(run.outcome!.outputs).toEqual({ rollback_branch: 'hotfix/0.1.1', hotfix_version: '0.1.1', rollback_issue: String(f.gh.state.issues[0]!.number) });
    expect(f.gh.repo.refSha('refs/heads/hotfix/0.1.1')).toBe(first);
    const [issue] = f.gh.state.issues;
    expect(issue!.title).toBe('Roll back 0.1.0');
    expect(issue!.labels).toEqual(['pyrelease: rollback']);
    expect(issue!.body).toContain(`${f.pypi.url}/manage/project/demo-pkg/release/0.1.0/`);
    expect(issue!.body).toContain('gh workflow run release.yml --repo acme/widget --ref hotfix/0.1.1 -f force_publish=true');
    expect(issue!.body).toMatch(/set the version to \*\*0\.1\.1\*\*/);
    const release = f.gh.state.releases.find((r) => r.tag_name === 'v0.1.0')!;
    expect(release.body).toMatch(/^<!-- pyrelease:rollback -->\n> \[!WARNING\]\n> \*\*0\.1\.0 is being rolled back\*\* — do not install it\. See https:\/\/github\.com\/acme\/widget\/issues\/\d+\.\n\nnotes$/);
    // Nothing was deleted from the index.
    expect(f.pypi.files('demo-pkg', '0.1.0')).toHaveLength(2);

    const writesBefore = f.gh.log.writes().length;
    const again = await f.run({ handoff: rollback }, rollbackStage);
    expect(again.error, again.error?.message).toBeUndefined();
    expect(f.gh.state.issues).toHaveLength(1);
    expect(f.gh.log.writes().length).toBe(writesBefore);
    expect(again.outcome!.summary).toMatch(/branch hotfix\/0\.1\.1 already exists/);
    expect(again.outcome!.summary).toMatch(/already carries the warning/);
  });

  it('refuses a version the index does not have, writing nothing', async () => {
    fixture = await openFixture();
    const run = await fixture.run({ handoff: { release: { version: '9.9.9' } } }, rollbackStage);
    expect(run.error?.code).toBe('ROLLBACK_UNKNOWN_VERSION');
    expect(run.error?.message).toMatch(/has no demo-pkg 9\.9\.9: there is nothing to roll back/);
    expect(fixture.gh.log.writes()).toHaveLength(0);
  });

  it('takes the base input, and refuses one that does not exist', async () => {
    fixture = await openFixture();
    expect((await fixture.run()).error).toBeUndefined();
    const ok = await fixture.run({ handoff: { release: { version: '0.1.0' } }, rollbackBase: 'main' }, rollbackStage);
    expect(ok.error, ok.error?.message).toBeUndefined();
    expect(fixture.gh.repo.refSha('refs/heads/hotfix/0.1.1')).toBe(fixture.releaseSha);
    const bad = await fixture.run({ handoff: { release: { version: '0.1.0' } }, rollbackBase: 'no-such-branch' }, rollbackStage);
    expect(bad.error?.code).toBe('ROLLBACK_NO_BASE');
  });
});
