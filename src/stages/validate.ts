import { notImplemented } from './not-implemented.js';
import type { StageDefinition } from './stage.js';

export const validateStage: StageDefinition = {
  name: 'validate',
  title: 'Post-release validation',
  blocking: true,
  dryRunSafe: true,
  shouldRun: (ctx) => (ctx.results.publish?.published === true || (ctx.settings.handoff.publish?.files?.length ?? 0) > 0 ? { run: true } : { run: false, reason: 'nothing was published in this run' }),
  run: async () => notImplemented('validate', 'issue #10'),
};
