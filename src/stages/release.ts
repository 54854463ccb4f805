import { notImplemented } from './not-implemented.js';
import type { StageDefinition } from './stage.js';

export const releaseStage: StageDefinition = {
  name: 'release',
  title: 'Release',
  blocking: true,
  dryRunSafe: true,
  shouldRun: () => ({ run: true }),
  run: async () => notImplemented('release', 'issue #6'),
};
