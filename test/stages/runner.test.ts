/** The stage runner: a failed gate lets the other gates report, and nothing after the gates runs. */
import { describe, expect, it } from 'vitest';
import { CliRuntime } from '../../src/adapters/runtime/cli-runtime.js';
import { PyreleaseError, PyreleaseErrors } from '../../src/errors/pyrelease-error.js';
import { runStages } from '../../src/stages/runner.js';
import type { StageContext, StageDefinition } from '../../src/stages/stage.js';
import { testSettings } from '../harness/settings.js';

function stage(name: StageDefinition['name'], gate: boolean, fails: boolean, ran: string[]): StageDefinition {
  return {
    name, title: name, blocking: true, gate, dryRunSafe: true, shouldRun: () => ({ run: true }),
    run: async () => {
      ran.push(name);
      if (fails) throw new PyreleaseError('GATE_FAILED', `${name} failed`);
      return { outputs: {}, headline: `${name} ok` };
    },
  };
}

const ctx = (): StageContext => ({ settings: testSettings({ workingDirectory: '/tmp', tempDir: '/tmp' }), runtime: new CliRuntime(false, () => {}), clock: { now: () => 0, sleep: async () => {}, today: () => '2026-01-01' }, results: {}, services: {} as StageContext['services'] });

describe('runStages', () => {
  it('a failed quality gate still lets security report; release and publish never run', async () => {
    const ran: string[] = [];
    const { reports, error } = await runStages([stage('quality', true, true, ran), stage('security', true, true, ran), stage('release', false, false, ran), stage('publish', false, false, ran)], ctx());
    expect(ran).toEqual(['quality', 'security']);
    expect(reports.map((r) => `${r.stage} ${r.status}`)).toEqual(['quality failed', 'security failed']);
    expect(error).toBeInstanceOf(PyreleaseErrors);
    expect((error as PyreleaseErrors).problems.map((p) => p.message)).toEqual(['quality failed', 'security failed']);
  });

  it('passing gates go on to release; a failed non-gate stage stops the run', async () => {
    const ran: string[] = [];
    const { error } = await runStages([stage('quality', true, false, ran), stage('security', true, false, ran), stage('release', false, true, ran), stage('publish', false, false, ran)], ctx());
    expect(ran).toEqual(['quality', 'security', 'release']);
    expect((error as Error).message).toBe('release failed');
  });
});

describe('no silent pass', () => {
  const idle = (name: StageDefinition['name'], fedBy?: StageDefinition['name']): StageDefinition => ({
    name, title: name, blocking: true, dryRunSafe: true, ...(fedBy && { fedBy }), shouldRun: () => ({ run: false, reason: `nothing for ${name}`, fix: `pass what ${name} needs` }), run: async () => ({ outputs: {}, headline: 'ran' }),
  });
  const withStage = (stage: StageContext['settings']['stage']): StageContext => ({ ...ctx(), settings: testSettings({ workingDirectory: '/tmp', tempDir: '/tmp', stage }) });

  it('a stage asked for by name with nothing to do fails in one line: why, and what to pass', async () => {
    const { reports, error } = await runStages([idle('publish', 'release')], withStage('publish'));
    expect(reports.map((r) => `${r.stage} ${r.status}`)).toEqual(['publish failed']);
    expect((error as PyreleaseError).code).toBe('STAGE_NOTHING_TO_DO');
    expect((error as PyreleaseError).message).toBe('stage: publish was asked for, but has nothing to do: nothing for publish');
    expect((error as PyreleaseError).details.fix).toBe('pass what publish needs');
  });

  it('stage: all skips it; so does a list holding the stage that feeds it', async () => {
    for (const selection of ['all', ['release', 'publish']] as const) {
      const { reports, error } = await runStages([idle('publish', 'release')], withStage(selection));
      expect(error).toBeUndefined();
      expect(reports.map((r) => `${r.stage} ${r.status}`)).toEqual(['publish skipped']);
    }
  });

  it('a list without the feeding stage does not skip it', async () => {
    const { error } = await runStages([idle('validate', 'publish')], withStage(['quality', 'validate']));
    expect((error as PyreleaseError).code).toBe('STAGE_NOTHING_TO_DO');
  });
});
