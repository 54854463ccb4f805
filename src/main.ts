/**
 * Composition root: Settings once → config → adapters → stage runner → one catch. Both
 * entries (the action and the CLI) come through here, so they run the same stage code.
 */
import type { Clock } from './adapters/clock.js';
import { policy, type Policies } from './adapters/policy.js';
import type { Runtime } from './adapters/runtime/runtime.js';
import { loadReleaseConfig, locateProject } from './adapters/workspace/release-config-files.js';
import { isPyreleaseError } from './errors/pyrelease-error.js';
import { renderErrorLine, renderErrorMarkdown } from './errors/render.js';
import { settingsFromAction } from './settings/from-action.js';
import type { Settings } from './settings/settings.js';
import { selectStageNames } from './stages/stage-names.js';
import { runStages, type StageReport } from './stages/runner.js';
import { renderRunSummary } from './stages/run-summary.js';
import type { Services } from './stages/stage.js';
import { workspaceSource } from './stages/workspace-source.js';

export async function runAction(runtime: Runtime, clock: Clock): Promise<void> {
  try {
    const settings = settingsFromAction(runtime);
    await runPipeline(settings, runtime, clock);
  } catch (error) {
    await reportFailure(runtime, error);
  }
}

/** `policies` is for tests and the bench (a faster table); the action and the CLI use policy.ts's. */
export async function runPipeline(given: Settings, runtime: Runtime, clock: Clock, policies: Policies = policy): Promise<StageReport[]> {
  const names = selectStageNames(given.stage);
  // Without a checkout: release clones what it needs, the stages that need the project's files say so first.
  const source = await workspaceSource(given, names, runtime, clock, policies);
  const { settings } = source;
  // The release config is checked before any stage runs, so a broken file fails the run
  // before anything is written (or loaded: the stages, Octokit and Sigstore are imported after
  // it, issue #21); quality and security alone do not need it.
  const project = names.some((n) => n === 'release' || n === 'publish' || n === 'preview') ? configured(settings, runtime) : located(settings, runtime);
  const [stages, { createServices }, { notifyWebhook }] = await Promise.all([import('./stages/registry.js').then((m) => m.loadStages(names)), import('./services.js'), import('./stages/notify.js')]);
  const services: Services = { ...createServices(settings, runtime, clock, policies, source.gitEnv), ...project };
  const results = {};
  const { reports, error } = await runStages(stages, { settings, runtime, clock, results, services });
  await runtime.appendSummary((source.note ? `${source.note}\n\n` : '') + renderRunSummary(reports));
  await notifyWebhook(settings, results, reports, { runtime, clock, policy: policies.webhook });
  if (error !== undefined) throw error;
  return reports;
}

/** The release config read once, and the package directory it names (exported for the stage tests, which build their own services). */
export function configured(settings: Settings, runtime: Runtime): Pick<Services, 'releaseConfig' | 'projectDir' | 'severalPackages'> {
  const loaded = loadReleaseConfig(settings.workingDirectory, settings.configFile, settings.manifestFile, settings.packagePath, settings.manifestLess);
  for (const w of loaded.warnings) runtime.warning(w, { file: loaded.configFile });
  // Several packages and no path: the stages that act on one package refuse to guess (projectDirectory).
  return loaded.projectDir ? { releaseConfig: loaded, projectDir: loaded.projectDir } : { releaseConfig: loaded, severalPackages: { configFile: loaded.configFile, paths: loaded.config.packages.map((p) => p.path) } };
}

function located(settings: Settings, runtime: Runtime): Pick<Services, 'projectDir' | 'severalPackages'> {
  const found = locateProject(settings.workingDirectory, settings.configFile, settings.packagePath, settings.manifestLess);
  if (found.warning) runtime.warning(found.warning);
  return found.projectDir ? { projectDir: found.projectDir } : { severalPackages: { configFile: found.configFile ?? 'the release-please config', paths: found.paths ?? [] } };
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
