/**
 * Rolling back a bad release, planned from the tags: PyPI has no API to yank, so the plan is
 * what can be automated (a hotfix branch from the last good release, an issue, a warning on the
 * bad release) plus the exact manual steps. A yanked or deleted version is never reusable, so the
 * fix is always a new version: the next patch after the bad one.
 */
import { parseTag } from '../version/tag-name.js';
import { compareVersions, formatVersion, tryParseVersion, type Version } from '../version/version.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export interface TagRef {
  name: string;
  sha: string;
}

export interface RollbackPlan {
  bad: { version: string; tag: string | undefined };
  lastGood: TagRef | undefined;
  hotfixVersion: string;
  branch: string;
  /** The commit the hotfix branch starts from. */
  baseSha: string;
  baseName: string;
}

export const ROLLBACK_LABEL = 'pyrelease: rollback';
export const ROLLBACK_MARKER = '<!-- pyrelease:rollback -->';

export function planRollback(version: string, tags: readonly TagRef[], base: TagRef | undefined): RollbackPlan {
  const bad = readVersion(version);
  if (!bad) throw new PyreleaseError('ROLLBACK_BAD_VERSION', `input 'version' must be the version to roll back (e.g. 1.3.0), got ${JSON.stringify(version)}`, { key: 'version', fix: 'with: { stage: rollback, version: 1.3.0 }' });
  const parsed = tags.flatMap((t) => {
    const p = parseTag(t.name);
    const v = p && readVersion(p.versionText);
    return v ? [{ ...t, version: v }] : [];
  });
  const badTag = parsed.find((t) => compareVersions(t.version, bad) === 0)?.name;
  const older = parsed.filter((t) => compareVersions(t.version, bad) < 0 && !t.version.preRelease).sort((a, b) => compareVersions(b.version, a.version));
  const lastGood = older[0] ? { name: older[0].name, sha: older[0].sha } : undefined;
  const from = base ?? lastGood;
  if (!from) throw new PyreleaseError('ROLLBACK_NO_BASE', `there is no release before ${version} to start a hotfix from`, { key: 'base', fix: 'name the commit or branch to start from with the base input' });
  const hotfixVersion = formatVersion({ major: bad.major, minor: bad.minor, patch: bad.patch + 1 });
  return { bad: { version, tag: badTag }, lastGood, hotfixVersion, branch: `hotfix/${hotfixVersion}`, baseSha: from.sha, baseName: from.name };
}

/** Tags in either notation: "v1.3.0rc1" is a pre-release of 1.3.0, not 1.3.0 itself. */
function readVersion(text: string): Version | undefined {
  return tryParseVersion(text, 'pep440') ?? tryParseVersion(text);
}

export interface RollbackTexts {
  project: string;
  indexLabel: string;
  yankUrl: string;
  repository: string;
  workflowFile: string | undefined;
}

export function rollbackIssueTitle(version: string): string {
  return `Roll back ${version}`;
}

export function rollbackIssueBody(plan: RollbackPlan, t: RollbackTexts): string {
  const workflow = t.workflowFile ?? 'release.yml';
  return [
    ROLLBACK_MARKER,
    `**${t.project} ${plan.bad.version} is being rolled back.** ${t.indexLabel} has no API to yank a release, so these steps are manual; the rest is prepared.`,
    '',
    '### 1. Yank the bad release (an owner or maintainer, in the browser)',
    '',
    `1. Open ${t.yankUrl}`,
    `2. Choose **Options → Yank**, give the reason (it is shown to everyone who installs ${plan.bad.version} pinned), confirm.`,
    `3. pip then skips ${plan.bad.version} unless it is pinned with \`==\`. Nothing is deleted, and the version number can never be reused.`,
    '',
    '### 2. Release the fix',
    '',
    `Branch \`${plan.branch}\` starts at \`${plan.baseName}\`${plan.lastGood && plan.baseName === plan.lastGood.name ? ' (the last good release)' : ''}. Commit the fix there (\`fix: …\`), set the version to **${plan.hotfixVersion}** in pyproject.toml, then publish it with the emergency path:`,
    '',
    '```sh',
    `gh workflow run ${workflow} --repo ${t.repository} --ref ${plan.branch} -f force_publish=true`,
    '```',
    '',
    `Then merge \`${plan.branch}\` back into the default branch, so the next regular release contains the fix.`,
    '',
    `_Opened by pyrelease (stage: rollback). Re-running it finds this issue, the branch and the release warning instead of making new ones._`,
  ].join('\n');
}

export function releaseWarning(version: string, issueUrl: string): string {
  return `${ROLLBACK_MARKER}\n> [!WARNING]\n> **${version} is being rolled back** — do not install it. See ${issueUrl}.\n\n`;
}
