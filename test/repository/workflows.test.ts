/**
 * Every workflow of the repository (.github/workflows/) and every complete workflow in README.md
 * and docs/ goes through GitHub's own parser and is checked against action.yml (issue #20,
 * item 2); action.yml itself against the action metadata rules
 * (https://docs.github.com/en/actions/sharing-automations/creating-actions/metadata-syntax-for-github-actions).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contractProblems, interpolatedRunScripts, parserErrors, workflowsInMarkdown, type ActionContract, type WorkflowSource } from './workflow-check.js';

const root = join(import.meta.dirname, '..', '..');
const show = (file: string) => relative(root, file).split('\\').join('/');
const markdownUnder = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? markdownUnder(join(dir, n)) : n.endsWith('.md') ? [join(dir, n)] : []));

const actionText = readFileSync(join(root, 'action.yml'), 'utf8');
const action = parseYaml(actionText) as { inputs?: Record<string, { description?: unknown }>; outputs?: Record<string, { description?: unknown }>; runs?: { using?: unknown; main?: unknown } };
const contract: ActionContract = { inputs: new Set(Object.keys(action.inputs ?? {})), outputs: new Set(Object.keys(action.outputs ?? {})) };

const workflowDir = join(root, '.github', 'workflows');
const repositoryWorkflows: WorkflowSource[] = (existsSync(workflowDir) ? readdirSync(workflowDir) : [])
  .filter((n) => /\.ya?ml$/.test(n))
  .sort()
  .map((n) => ({ name: `.github/workflows/${n}`, content: readFileSync(join(workflowDir, n), 'utf8'), ownRepository: true }));
const documentedWorkflows = [join(root, 'README.md'), ...markdownUnder(join(root, 'docs'))].flatMap((f) => workflowsInMarkdown(show(f), readFileSync(f, 'utf8')));
const everyWorkflow = [...repositoryWorkflows, ...documentedWorkflows];

describe('the repository\'s own workflows', () => {
  it('are ci.yml, e2e.yml and release.yml', () => {
    expect(repositoryWorkflows.map((w) => w.name)).toEqual(['.github/workflows/ci.yml', '.github/workflows/e2e.yml', '.github/workflows/release.yml']);
  });

  it('ci.yml runs the steps of .ci/run: all of them on Linux, in order; install and core on macOS and Windows', () => {
    const script = readFileSync(join(root, '.ci', 'run'), 'utf8');
    const defaults = /^DEFAULT_STEPS=\(([^)]*)\)$/m.exec(script)?.[1]?.trim().split(/\s+/) ?? [];
    const defined = new Set([...script.matchAll(/^step_([a-z]+)\(\)/gm)].map((m) => m[1]!));
    expect(defaults).toEqual(['install', 'tools', 'dist', 'typecheck', 'test']);
    const ci = parseYaml(repositoryWorkflows.find((w) => w.name.endsWith('/ci.yml'))!.content) as { jobs: Record<string, { 'runs-on': unknown; strategy?: { matrix?: { os?: string[] } }; steps: Array<{ run?: string }> }> };
    const ciSteps = (job: string) => ci.jobs[job]!.steps.flatMap((s) => (s.run ? [s.run.trim()] : [])).flatMap((r) => /^bash \.ci\/run( [a-z ]+)?$/.exec(r)?.[1]?.trim().split(' ') ?? [`not a .ci/run step: ${r}`]);
    expect(ci.jobs.linux!['runs-on']).toBe('ubuntu-latest');
    expect(ciSteps('linux')).toEqual(defaults);
    expect(ci.jobs.core!.strategy?.matrix?.os).toEqual(['macos-latest', 'windows-latest']);
    expect(ciSteps('core').filter((s) => !s.startsWith('not a'))).toEqual(['install', 'core']);
    for (const step of [...ciSteps('linux'), 'core']) expect(defined.has(step), `.ci/run has no step ${step}`).toBe(true);
  });

  it('release.yml releases with this action and moves the major tag from its outputs', () => {
    const release = parseYaml(repositoryWorkflows.find((w) => w.name.endsWith('/release.yml'))!.content) as { jobs: Record<string, { steps: Array<{ id?: string; uses?: string; with?: Record<string, unknown>; if?: string; env?: Record<string, string>; run?: string }> }> };
    const steps = Object.values(release.jobs).flatMap((j) => j.steps);
    const own = steps.find((s) => s.uses === './');
    expect(own?.with?.stage).toBe('release');
    const move = steps.find((s) => s.run?.includes('git push --force origin "refs/tags/v$MAJOR"'));
    expect(move?.if).toContain(`steps.${own!.id!}.outputs.release_created`);
    expect(move?.env?.MAJOR).toBe(`\${{ steps.${own!.id!}.outputs.major }}`);
  });
});

describe('every workflow, through GitHub\'s parser', () => {
  it('finds the documented workflows too (README and docs/)', () => {
    expect(documentedWorkflows.length).toBeGreaterThanOrEqual(5);
    expect(documentedWorkflows.some((w) => w.name.startsWith('README.md:'))).toBe(true);
  });

  it.each(everyWorkflow.map((w) => [w.name, w] as const))('%s parses without an error', async (_name, workflow) => {
    expect(await parserErrors(workflow)).toEqual([]);
  });

  it('uses this action with declared inputs only, and reads declared outputs only', () => {
    const results = everyWorkflow.map((w) => contractProblems(w, contract));
    expect(results.reduce((n, r) => n + r.steps, 0), 'no step uses this action: nothing was checked').toBeGreaterThan(10);
    expect(results.flatMap((r) => r.problems)).toEqual([]);
  });

  it('never puts ${{ }} into a run: script (values go through env:)', () => {
    expect(everyWorkflow.flatMap(interpolatedRunScripts)).toEqual([]);
  });
});

describe('the checks can fail', () => {
  const bad: WorkflowSource = {
    name: 'bad.yml',
    ownRepository: false,
    content: [
      'on: push',
      'jobs:',
      '  release:',
      '    runs-on: ubuntu-latest',
      '    outputs:',
      '      created: ${{ steps.rp.outputs.release_created }}',
      '    steps:',
      '      - id: rp',
      '        uses: acme/pyrelease@v0',
      '        with: { stage: release, relase-type: python }',
      '      - run: echo "$N"',
      '        env: { N: "${{ steps.rp.outputs.pr_number }}" }',
      '  comment:',
      '    needs: release',
      '    if: needs.release.outputs.release_created',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ needs.release.outputs.created }}',
      '',
    ].join('\n'),
  };

  it('names an undeclared input, an undeclared output and an unmapped job output', () => {
    expect(contractProblems(bad, contract).problems).toEqual([
      "bad.yml: job release, step 1: input 'relase-type' is not declared in action.yml",
      'bad.yml: job release reads steps.rp.outputs.pr_number, which action.yml does not declare',
      'bad.yml: reads needs.release.outputs.release_created, which job release does not declare',
    ]);
    expect(interpolatedRunScripts(bad)).toEqual(['bad.yml: job comment, step 1 puts ${{ }} into run:']);
  });

  it('reports what GitHub\'s parser refuses', async () => {
    const errors = await parserErrors({ name: 'broken.yml', ownRepository: false, content: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./\n        wiht: { stage: all }\n' });
    expect(errors.join('\n')).toMatch(/Unexpected value 'wiht'/);
  });
});

describe('action.yml, by the action metadata rules', () => {
  it('passes GitHub\'s action schema', () => {
    const result = parseAction({ name: 'action.yml', content: actionText }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it('describes every input and output', () => {
    const undescribed = [...Object.entries(action.inputs ?? {}).map(([k, v]) => ['input', k, v] as const), ...Object.entries(action.outputs ?? {}).map(([k, v]) => ['output', k, v] as const)]
      .filter(([, , v]) => typeof v?.description !== 'string' || v.description.trim() === '')
      .map(([kind, k]) => `${kind} ${k}`);
    expect(contract.inputs.size).toBeGreaterThan(10);
    expect(contract.outputs.size).toBeGreaterThan(10);
    expect(undescribed).toEqual([]);
  });

  it('runs on node24 from a main file that exists', () => {
    expect(action.runs?.using).toBe('node24');
    expect(typeof action.runs?.main).toBe('string');
    expect(existsSync(join(root, String(action.runs?.main)))).toBe(true);
  });
});
