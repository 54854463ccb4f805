import { notImplemented } from './not-implemented.js';
import type { StageDefinition } from './stage.js';

export const securityStage: StageDefinition = {
  name: 'security',
  title: 'Security scan',
  blocking: true,
  dryRunSafe: true,
  shouldRun: () => ({ run: true }),
  run: async () => notImplemented('security', 'issue #7'),
};
