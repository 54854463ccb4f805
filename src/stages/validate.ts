import { notImplemented } from './not-implemented.js';
import type { StageDefinition } from './stage.js';

export const validateStage: StageDefinition = {
  name: 'validate',
  title: 'Post-release validation',
  blocking: true,
  dryRunSafe: true,
  shouldRun: () => ({ run: true }),
  run: async () => notImplemented('validate', 'issue #10'),
};
