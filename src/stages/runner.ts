/**
 * Runs the selected stages in order with the same start / done / failed / skipped lines,
 * one log group per stage, timings, outputs set as each stage finishes (so a later failure
 * still leaves earlier outputs), and one summary table at the end.
 */
import type { StageContext, StageDefinition } from './stage.js';
import { renderErrorLine } from '../errors/render.js';

export interface StageReport {
  stage: string;
  status: 'done' | 'failed' | 'skipped';
  headline: string;
  durationMs: number;
}

export async function runStages(stages: StageDefinition[], ctx: StageContext): Promise<{ reports: StageReport[]; error?: unknown }> {
  const reports: StageReport[] = [];
  const { runtime, clock } = ctx;
  for (const stage of stages) {
    const decision = stage.shouldRun(ctx);
    if (!decision.run) {
      runtime.info(`○ ${stage.name}: skipped — ${decision.reason}`);
      reports.push({ stage: stage.name, status: 'skipped', headline: decision.reason, durationMs: 0 });
      continue;
    }
    const started = clock.now();
    try {
      const outcome = await runtime.group(`${stage.title} (${stage.name})`, async () => {
        runtime.info(`▶ ${stage.name}: started`);
        return stage.run(ctx);
      });
      for (const [name, value] of Object.entries(outcome.outputs)) runtime.setOutput(name, value);
      const durationMs = clock.now() - started;
      runtime.info(`✔ ${stage.name}: ${outcome.headline} (${formatMs(durationMs)})`);
      if (outcome.summary) await runtime.appendSummary(outcome.summary);
      reports.push({ stage: stage.name, status: 'done', headline: outcome.headline, durationMs });
    } catch (error) {
      const durationMs = clock.now() - started;
      runtime.info(`✖ ${stage.name}: failed (${formatMs(durationMs)})`);
      reports.push({ stage: stage.name, status: 'failed', headline: renderErrorLine(error), durationMs });
      if (stage.blocking) return { reports, error };
    }
  }
  return { reports };
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
