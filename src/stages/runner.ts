/**
 * Runs the selected stages in order with the same start / done / failed / skipped lines,
 * one log group per stage, timings, outputs set as each stage finishes (so a later failure
 * still leaves earlier outputs), and one summary table at the end.
 */
import type { StageContext, StageDefinition } from './stage.js';
import { isPyreleaseError, PyreleaseError, PyreleaseErrors } from '../errors/pyrelease-error.js';
import type { StageSelection } from '../settings/settings.js';
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
  const gateErrors: unknown[] = [];
  for (const stage of stages) {
    if (gateErrors.length > 0 && !stage.gate) break;
    const decision = stage.shouldRun(ctx);
    if (!decision.run && mustRun(stage, ctx.settings.stage)) {
      // No silent pass: a stage asked for by name that has nothing to do fails, saying why and what to pass.
      const error = new PyreleaseError('STAGE_NOTHING_TO_DO', `stage: ${stage.name} was asked for, but has nothing to do: ${decision.reason}`, { key: 'stage', ...(decision.fix && { fix: decision.fix }) });
      runtime.info(`✖ ${stage.name}: failed — nothing to do`);
      reports.push({ stage: stage.name, status: 'failed', headline: renderErrorLine(error), durationMs: 0 });
      return { reports, error: combine([...gateErrors, error]) };
    }
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
      // Later stages of this step read them as a later job reads them as inputs (publish: the per-path releases).
      (ctx.results.outputs ??= {})[stage.name] = outcome.outputs;
      const durationMs = clock.now() - started;
      runtime.info(`✔ ${stage.name}: ${outcome.headline} (${formatMs(durationMs)})`);
      if (outcome.summary) await runtime.appendSummary(outcome.summary);
      reports.push({ stage: stage.name, status: 'done', headline: outcome.headline, durationMs });
    } catch (error) {
      const durationMs = clock.now() - started;
      runtime.info(`✖ ${stage.name}: failed (${formatMs(durationMs)})`);
      reports.push({ stage: stage.name, status: 'failed', headline: renderErrorLine(error), durationMs });
      if (stage.blocking && !stage.gate) return { reports, error: combine([...gateErrors, error]) };
      if (stage.blocking) gateErrors.push(error);
    }
  }
  return gateErrors.length > 0 ? { reports, error: combine(gateErrors) } : { reports };
}

/**
 * Only stage: all may skip a stage with nothing to do, and a list may skip a stage whose work comes
 * from an earlier stage of the same list (`release publish`: no release, nothing to publish).
 */
function mustRun(stage: StageDefinition, selection: StageSelection): boolean {
  if (selection === 'all') return false;
  const names: readonly string[] = typeof selection === 'string' ? [selection] : selection;
  return !(stage.fedBy !== undefined && names.includes(stage.fedBy));
}

/** Several failed gates are one failure of the run, every verdict in its line. */
function combine(errors: unknown[]): unknown {
  if (errors.length === 1) return errors[0];
  const known = errors.filter(isPyreleaseError);
  if (known.length !== errors.length) return errors[0];
  return new PyreleaseErrors(known);
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
