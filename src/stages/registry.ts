/** The pipeline as data: which stages exist and in what order (semantic-release's plugin table). */
import type { StageName, StageSelection } from '../settings/settings.js';
import { previewStage } from './preview.js';
import { publishStage } from './publish.js';
import { qualityStage } from './quality.js';
import { releaseStage } from './release.js';
import { rollbackStage } from './rollback.js';
import { securityStage } from './security.js';
import type { StageDefinition } from './stage.js';
import { validateStage } from './validate.js';

/** stage: all, in order. */
export const pipeline: readonly StageDefinition[] = [qualityStage, securityStage, releaseStage, publishStage, validateStage];
/** Every stage, including those only ever run on their own (rollback). */
export const allStages: readonly StageDefinition[] = [...pipeline, rollbackStage, previewStage];

export function selectStages(selection: StageSelection): StageDefinition[] {
  if (selection === 'all') return [...pipeline];
  const names: readonly StageName[] = typeof selection === 'string' ? [selection] : selection;
  return allStages.filter((s) => names.includes(s.name));
}

export function stageByName(name: StageName): StageDefinition {
  const stage = allStages.find((s) => s.name === name);
  if (!stage) throw new Error(`no stage ${name}`);
  return stage;
}
