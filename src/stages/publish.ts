import { notImplemented } from './not-implemented.js';
import type { StageDefinition } from './stage.js';

export const publishStage: StageDefinition = {
  name: 'publish',
  title: 'Publish',
  blocking: true,
  dryRunSafe: true,
  shouldRun: () => ({ run: true }),
  run: async () => notImplemented('publish', 'issue #8'),
};
