/**
 * The gates of a uv workspace (issue #22): with several packages and no path input, the gate
 * stage runs for each member changed since its last release and each member depending on one,
 * every member in its own directory and so its own environment, through the same stage code as
 * one package; the summary says which members were tested and why. Without a workspace the
 * stage refuses to guess, as before (stage.ts projectDirectory).
 */
import { join } from 'node:path';
import { membersToTest } from '../../core/workspace/dependency-graph.js';
import { workspacePlanInput } from '../../core/workspace/workspace-config.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { renderErrorLine } from '../../errors/render.js';
import type { Outputs } from '../../settings/handoff.js';
import { planFromRepository } from '../plan-from-repository.js';
import type { StageContext, StageOutcome } from '../stage.js';

type RunOne = (ctx: StageContext) => Promise<StageOutcome>;

export async function runForChangedMembers(ctx: StageContext, title: string, runOne: RunOne): Promise<StageOutcome> {
  const { settings, services, runtime, clock } = ctx;
  if (!services.severalPackages) return runOne(ctx);
  // The planner knows each package's commits since its release; links are not rendered here, so any repository name does.
  const outcome = await planFromRepository(services.git, { ref: 'HEAD', date: clock.today(), configFile: settings.configFile, manifestFile: settings.manifestFile, targetBranch: settings.targetBranch ?? 'main', repository: settings.repository ?? { owner: 'local', repo: 'local' } });
  if (!outcome.workspace) return runOne(ctx);
  const { graph, nameByPath } = workspacePlanInput(outcome.workspace);
  const changed = (outcome.packages ?? []).filter((p) => p.plan.commits > 0).flatMap((p) => nameByPath.get(p.path) ?? []);
  const tested = membersToTest(graph, changed);
  const untested = outcome.workspace.filter((m) => !tested.some((t) => t.name === m.name));
  const runs: Array<{ member: string; path: string; why: string; outcome?: StageOutcome; error?: unknown }> = [];
  for (const t of tested) {
    const member = graph.get(t.name)!.member;
    const one: StageContext = { ...ctx, services: { ...services, severalPackages: undefined, projectDir: join(settings.workingDirectory, member.path) } };
    runtime.info(`${title}: ${member.displayName} (${member.path}) — ${t.why}`);
    try {
      runs.push({ member: member.displayName, path: member.path, why: t.why, outcome: await runOne(one) });
    } catch (error) {
      runs.push({ member: member.displayName, path: member.path, why: t.why, error });
    }
  }
  const table = [
    `### ${title}: uv workspace members`,
    '',
    '| member | why tested | result |',
    '| --- | --- | --- |',
    ...runs.map((r) => `| ${r.member} (\`${r.path}\`) | ${r.why} | ${r.error ? '❌ failed' : '✅ passed'} |`),
    ...untested.map((m) => `| ${m.displayName} (\`${m.path}\`) | not tested: unchanged since its release, depends on no changed member | — |`),
    '',
  ].join('\n');
  const failed = runs.filter((r) => r.error !== undefined);
  const outputs = mergeOutputs(runs.flatMap((r) => (r.outcome ? [r.outcome.outputs] : [])));
  if (failed.length > 0) {
    await runtime.appendSummary(table);
    throw new PyreleaseError('GATE_FAILED', `${title} failed for ${failed.map((r) => `${r.member}: ${renderErrorLine(r.error)}`).join('; ')}`, { fix: 'fix what the annotations and the job summary list for each member, then push again' });
  }
  const headline = runs.length === 0 ? 'no workspace member changed since its release: none tested' : runs.map((r) => `${r.member} (${r.why}): ${r.outcome!.headline}`).join('; ');
  return { outputs, headline, summary: [table, ...runs.map((r) => (r.outcome?.summary ?? '').replace(/^### /, `#### ${r.member}: `))].join('\n') };
}

/** One value per output for the workspace: every flag true, counts added, a gate's worst status. */
function mergeOutputs(all: readonly Outputs[]): Outputs {
  const out: Outputs = {};
  for (const key of [...new Set(all.flatMap((o) => Object.keys(o)))]) {
    const values = all.map((o) => o[key]).filter((v): v is string => v !== undefined);
    if (values.every((v) => v === 'true' || v === 'false')) out[key] = String(values.every((v) => v === 'true'));
    else if (values.every((v) => /^\d+$/.test(v))) out[key] = String(values.reduce((n, v) => n + Number(v), 0));
    else out[key] = ['failed', 'passed', 'skipped'].find((s) => values.includes(s)) ?? values[0]!;
  }
  return out;
}
