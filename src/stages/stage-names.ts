/**
 * The pipeline's order by name alone, so an entry can decide what a run needs (the release
 * config, which stages to load) before any stage's code is loaded (issue #21).
 */
import { stageNames, type StageName, type StageSelection } from '../settings/settings.js';

/** stage: all, in order. */
export const pipelineNames: readonly StageName[] = ['quality', 'security', 'release', 'publish', 'validate'];
/** Every stage, including those only ever run on their own (rollback, preview). */
export const allStageNames: readonly StageName[] = stageNames;

export function selectStageNames(selection: StageSelection): StageName[] {
  if (selection === 'all') return [...pipelineNames];
  const names: readonly StageName[] = typeof selection === 'string' ? [selection] : selection;
  return allStageNames.filter((n) => names.includes(n));
}
