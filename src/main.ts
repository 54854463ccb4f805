/**
 * Composition root: Settings once → config → stage runner → one catch. Both entries (the
 * action and the CLI) come through here, so they run the same stage code.
 */
import type { Clock } from './adapters/clock.js';
import type { Runtime } from './adapters/runtime/runtime.js';
import { loadReleaseConfig } from './adapters/workspace/release-config-files.js';
import { isPyreleaseError } from './errors/pyrelease-error.js';
import { renderErrorLine, renderErrorMarkdown } from './errors/render.js';
import { settingsFromAction } from './settings/from-action.js';
import type { Settings } from './settings/settings.js';
import { selectStages } from './stages/registry.js';
import { runStages, type StageReport } from './stages/runner.js';
import { renderRunSummary } from './stages/run-summary.js';

export async function runAction(runtime: Runtime, clock: Clock): Promise<void> {
  try {
    const settings = settingsFromAction(runtime);
    await runPipeline(settings, runtime, clock);
  } catch (error) {
    await reportFailure(runtime, error);
  }
}

export async function runPipeline(settings: Settings, runtime: Runtime, clock: Clock): Promise<StageReport[]> {
  const stages = selectStages(settings.stage);
  // The release config is checked before any stage runs, so a broken file fails the run
  // before anything is written; quality and security alone do not need it.
  if (stages.some((s) => s.name === 'release' || s.name === 'publish')) {
    const loaded = loadReleaseConfig(settings.workingDirectory, settings.configFile, settings.manifestFile);
    for (const w of loaded.warnings) runtime.warning(w, { file: loaded.configFile });
  }
  const { reports, error } = await runStages(stages, { settings, runtime, clock, results: {} });
  await runtime.appendSummary(renderRunSummary(reports));
  if (error !== undefined) throw error;
  return reports;
}

export async function reportFailure(runtime: Runtime, error: unknown): Promise<void> {
  runtime.fail(renderErrorLine(error));
  try {
    await runtime.appendSummary(renderErrorMarkdown(error));
  } catch {
    // A summary that cannot be written must not hide the original failure.
  }
  if (!isPyreleaseError(error) && error instanceof Error && error.stack) runtime.debug(error.stack);
}
