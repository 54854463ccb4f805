/** What each CLI command runs; every command goes through the same stage code as the action. */
import type { Clock } from './adapters/clock.js';
import type { CliRuntime } from './adapters/runtime/cli-runtime.js';
import { PyreleaseError } from './errors/pyrelease-error.js';
import type { CliRequest } from './settings/from-argv.js';

type RunRequest = Extract<CliRequest, { kind: 'run' }>;

export async function runCliCommand(request: RunRequest, _runtime: CliRuntime, _clock: Clock): Promise<void> {
  switch (request.command.name) {
    case 'plan':
    case 'check':
    case 'demo':
      throw new PyreleaseError('STAGE_NOT_IMPLEMENTED', `pyrelease ${request.command.name} is not implemented yet`, {
        fix: 'see the README for what this version can do',
      });
  }
}
