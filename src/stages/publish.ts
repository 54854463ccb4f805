import { notImplemented } from './not-implemented.js';
import type { StageDefinition } from './stage.js';

export const publishStage: StageDefinition = {
  name: 'publish',
  title: 'Publish',
  blocking: true,
  dryRunSafe: true,
  shouldRun: (ctx) => (ctx.settings.forcePublish || ctx.results.release?.releaseCreated === true || ctx.settings.handoff.release?.releaseCreated === true ? { run: true } : { run: false, reason: 'no release was created in this run (and force_publish is off)' }),
  run: async () => notImplemented('publish', 'issue #8'),
};
