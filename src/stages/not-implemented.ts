import { PyreleaseError } from '../errors/pyrelease-error.js';
import type { StageName } from '../settings/settings.js';

/** A stage that does not exist yet fails loudly: never a fake success. */
export function notImplemented(stage: StageName, issue: string): never {
  throw new PyreleaseError('STAGE_NOT_IMPLEMENTED', `stage '${stage}' is not implemented yet`, {
    key: 'stage',
    fix: `it is tracked in ${issue}; until then run the other stages with stage: <name>`,
  });
}
