import { notImplemented } from './not-implemented.js';
import type { StageDefinition } from './stage.js';

export const qualityStage: StageDefinition = {
  name: 'quality',
  title: 'Quality gates',
  blocking: true,
  dryRunSafe: true,
  shouldRun: () => ({ run: true }),
  run: async () => notImplemented('quality', 'issue #7'),
};
