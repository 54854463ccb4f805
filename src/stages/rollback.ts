/**
 * stage: rollback — for a bad release: checks the version exists on the index, opens
 * `hotfix/<next patch>` from the last good release (or `base`), opens one "Roll back X.Y.Z"
 * issue with the manual yank steps and the force_publish command, and puts a warning on the bad
 * release's notes. Nothing is deleted; a re-run finds what it made.
 */
import { readProject } from '../adapters/workspace/project-file.js';
import { indexEndpoints } from '../core/publish/index-endpoints.js';
import { planRollback, releaseWarning, rollbackIssueBody, rollbackIssueTitle, ROLLBACK_LABEL, ROLLBACK_MARKER, type TagRef } from '../core/rollback/rollback-plan.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { projectDirectory, type StageContext, type StageDefinition, type StageOutcome } from './stage.js';

export const rollbackStage: StageDefinition = {
  name: 'rollback',
  title: 'Rollback',
  blocking: true,
  dryRunSafe: true,
  shouldRun: () => ({ run: true }),
  run: runRollback,
};

async function runRollback(ctx: StageContext): Promise<StageOutcome> {
  const { settings, services, runtime } = ctx;
  const version = settings.handoff.release?.version;
  if (!version) throw new PyreleaseError('ROLLBACK_BAD_VERSION', 'stage: rollback needs the version to roll back', { key: 'version', fix: 'with: { stage: rollback, version: 1.3.0 }' });
  const project = readProject(projectDirectory(ctx, 'stage rollback')).name;
  const index = services.index();
  const onIndex = await index.releaseFiles(project, version);
  if (onIndex === null || onIndex.length === 0) {
    throw new PyreleaseError('ROLLBACK_UNKNOWN_VERSION', `${index.endpoints.label} has no ${project} ${version}: there is nothing to roll back`, { key: 'version', fix: 'give a version that was published (see the project page), or check repository-url / index-url' });
  }
  const gh = services.github();
  const tags = await gh.listTags();
  const base = settings.rollbackBase ? await resolveBase(ctx, settings.rollbackBase, tags) : undefined;
  const plan = planRollback(version, tags, base);
  const e = indexEndpoints(settings.repositoryUrl, settings.indexUrl || undefined);
  const repository = `${settings.repository?.owner}/${settings.repository?.repo}`;
  const actions: string[] = [];

  if (settings.dryRun) actions.push(`dry run: would create ${plan.branch} at ${plan.baseName}, open "${rollbackIssueTitle(version)}" and mark the release`);
  else {
    const existing = await gh.getRef(`heads/${plan.branch}`);
    if (existing) actions.push(`branch ${plan.branch} already exists (at ${existing.slice(0, 7)}): left as it is`);
    else {
      await gh.createRef(`heads/${plan.branch}`, plan.baseSha);
      actions.push(`created branch ${plan.branch} at ${plan.baseName} (${plan.baseSha.slice(0, 7)})`);
    }
  }
  const title = rollbackIssueTitle(version);
  const found = (await gh.listOpenIssues(ROLLBACK_LABEL)).find((i) => i.title === title);
  const body = rollbackIssueBody(plan, { project, indexLabel: e.label, yankUrl: `${e.webBase}manage/project/${project}/release/${version}/`, repository, workflowFile: undefined });
  const issue = found ?? (settings.dryRun ? undefined : await gh.createIssue(title, body, [ROLLBACK_LABEL]));
  if (found) actions.push(`issue #${found.number} "${title}" already open`);
  else if (issue) actions.push(`opened issue #${issue.number} "${title}"`);

  if (plan.bad.tag && issue) {
    const release = await gh.getReleaseByTag(plan.bad.tag);
    if (!release) actions.push(`no GitHub release for ${plan.bad.tag}: nothing to mark`);
    else if (release.body.includes(ROLLBACK_MARKER)) actions.push(`release ${plan.bad.tag} already carries the warning`);
    else {
      await gh.updateReleaseBody(release.id, releaseWarning(version, issue.htmlUrl) + release.body);
      actions.push(`marked release ${plan.bad.tag} with a warning`);
    }
  }
  for (const a of actions) runtime.info(`  ${a}`);
  const summary = ['### Rollback', '', `**${project} ${version}** (on ${e.label}, ${onIndex.length} files): the fix will be **${plan.hotfixVersion}** from \`${plan.branch}\`.`, '', ...actions.map((a) => `- ${a}`), '', issue ? `Next: the manual yank steps and the emergency release command are in ${issue.htmlUrl}.` : '', ''].join('\n');
  const outputs: Record<string, string> = { rollback_branch: plan.branch, hotfix_version: plan.hotfixVersion };
  if (issue) outputs.rollback_issue = String(issue.number);
  return { outputs, headline: `rollback of ${version} prepared: ${plan.branch}${issue ? `, issue #${issue.number}` : ''}`, summary };
}

async function resolveBase(ctx: StageContext, base: string, tags: readonly TagRef[]): Promise<TagRef> {
  const tag = tags.find((t) => t.name === base);
  if (tag) return tag;
  const gh = ctx.services.github();
  const sha = /^[0-9a-f]{40}$/.test(base) ? base : await gh.getRef(`heads/${base}`);
  if (!sha) throw new PyreleaseError('ROLLBACK_NO_BASE', `input 'base' names ${JSON.stringify(base)}, which is no tag, branch or commit of this repository`, { key: 'base', fix: 'give a release tag (v1.2.0), a branch, or a full commit sha' });
  return { name: base, sha };
}
