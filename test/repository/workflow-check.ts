/**
 * Workflows through GitHub's own parser (@actions/workflow-parser, the one the Actions language
 * service and VS Code extension use), and the uses of this action in them checked against
 * action.yml: only declared inputs in `with:`, only declared outputs read through
 * `steps.<id>.outputs.X` or a job output mapped from one (`needs.<job>.outputs.X`). A misspelt
 * output is silently empty on GitHub (tetra-rp read `pr_number`, which release-please-action never
 * set), so it must fail here.
 */
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse as parseYaml } from 'yaml';

export interface ActionContract {
  inputs: ReadonlySet<string>;
  outputs: ReadonlySet<string>;
}

export interface WorkflowSource {
  /** Where it came from: a file path, or `docs/x.md:12` for a fenced block. */
  name: string;
  content: string;
  /** `./` means this action only in the repository's own workflows. */
  ownRepository: boolean;
}

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});

/** GitHub's parser and converter: every schema or expression error, as GitHub words it. */
export async function parserErrors(source: WorkflowSource): Promise<string[]> {
  const result = parseWorkflow({ name: source.name, content: source.content }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || result.value === undefined) return errors.length > 0 ? errors : [`${source.name}: the parser returned no workflow`];
  const template = await convertWorkflowTemplate(result.context, result.value);
  return (template.errors ?? []).map((e) => e.Message);
}

/** Whether a `uses:` names this action: `./` in our own workflows, `<owner>/pyrelease@<ref>` anywhere. */
export function usesThisAction(uses: unknown, ownRepository: boolean): boolean {
  if (typeof uses !== 'string') return false;
  return (ownRepository && /^\.\/?$/.test(uses)) || /^[\w.-]+\/pyrelease@\S+$/.test(uses);
}

/** Every way a workflow misuses this action; also how many steps use it (zero checked means nothing was checked). */
export function contractProblems(source: WorkflowSource, action: ActionContract): { problems: string[]; steps: number } {
  const workflow = asObj(parseYaml(source.content));
  const jobs = asObj(workflow.jobs);
  const problems: string[] = [];
  let steps = 0;
  // job id → its output name → the pyrelease output it maps (undefined: mapped from something else).
  const jobOutputs = new Map<string, Map<string, string | undefined>>();
  for (const [jobId, jobValue] of Object.entries(jobs)) {
    const job = asObj(jobValue);
    const ours = new Set<string>();
    for (const [i, stepValue] of (Array.isArray(job.steps) ? job.steps : []).entries()) {
      const step = asObj(stepValue);
      if (!usesThisAction(step.uses, source.ownRepository)) continue;
      steps++;
      if (typeof step.id === 'string') ours.add(step.id);
      for (const input of Object.keys(asObj(step.with))) {
        if (!action.inputs.has(input)) problems.push(`${source.name}: job ${jobId}, step ${i + 1}: input '${input}' is not declared in action.yml`);
      }
    }
    const text = JSON.stringify(job);
    for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      if (ours.has(m[1]!) && !action.outputs.has(m[2]!)) problems.push(`${source.name}: job ${jobId} reads steps.${m[1]!}.outputs.${m[2]!}, which action.yml does not declare`);
    }
    const mapped = new Map<string, string | undefined>();
    for (const [name, value] of Object.entries(asObj(job.outputs))) {
      const m = /steps\.([\w-]+)\.outputs\.([\w-]+)/.exec(String(value));
      mapped.set(name, m && ours.has(m[1]!) ? m[2]! : undefined);
    }
    jobOutputs.set(jobId, mapped);
  }
  for (const m of source.content.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
    const outputs = jobOutputs.get(m[1]!);
    if (!outputs) problems.push(`${source.name}: reads needs.${m[1]!}.outputs.${m[2]!}, but there is no job ${m[1]!}`);
    else if (!outputs.has(m[2]!)) problems.push(`${source.name}: reads needs.${m[1]!}.outputs.${m[2]!}, which job ${m[1]!} does not declare`);
  }
  return { problems, steps };
}

/** `run:` scripts with `${{ }}` in them: the style rule (pass values through env: instead, so no input becomes shell code). */
export function interpolatedRunScripts(source: WorkflowSource): string[] {
  const jobs = asObj(asObj(parseYaml(source.content)).jobs);
  const found: string[] = [];
  for (const [jobId, job] of Object.entries(jobs)) {
    for (const [i, step] of (Array.isArray(asObj(job).steps) ? (asObj(job).steps as unknown[]) : []).entries()) {
      const run = asObj(step).run;
      if (typeof run === 'string' && run.includes('${{')) found.push(`${source.name}: job ${jobId}, step ${i + 1} puts \${{ }} into run:`);
    }
  }
  return found;
}

/** The complete workflows in a Markdown page: fenced yaml blocks with top-level `on:` and `jobs:`. */
export function workflowsInMarkdown(path: string, markdown: string): WorkflowSource[] {
  const found: WorkflowSource[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i]!)) continue;
    const start = i + 1;
    while (++i < lines.length && !/^```\s*$/.test(lines[i]!));
    const content = lines.slice(start, i).join('\n') + '\n';
    if (/^on:/m.test(content) && /^jobs:/m.test(content)) found.push({ name: `${path}:${start}`, content, ownRepository: false });
  }
  return found;
}
