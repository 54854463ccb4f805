// The CLI's entry: argv → the same stage code as the action. Text on stderr, or with --json
// exactly one JSON object on stdout. Exit 0 ok, 1 failure, 2 usage.
// The commands' code is imported only once argv asks for one, so --help and --version load
// almost nothing (issue #21).
import { systemClock } from './adapters/clock.js';
import { CliRuntime } from './adapters/runtime/cli-runtime.js';
import { isPyreleaseError } from './errors/pyrelease-error.js';
import { renderErrorLine } from './errors/render.js';
import { renderHelp } from './settings/cli-flags.js';
import { parseCliArgs } from './settings/from-argv.js';
import { packageVersion } from './version.js';

const runtime = new CliRuntime();
try {
  const request = parseCliArgs(process.argv.slice(2));
  if (request.kind === 'help') process.stdout.write(renderHelp(packageVersion, request.command));
  else if (request.kind === 'version') process.stdout.write(`${packageVersion}\n`);
  else await (await import('./cli-commands.js')).runCliCommand(request, runtime, systemClock);
} catch (error) {
  const usage = isPyreleaseError(error) && error.code === 'CLI_USAGE';
  runtime.fail(renderErrorLine(error), usage ? 2 : 1);
  if (!isPyreleaseError(error) && error instanceof Error && error.stack) runtime.debug(error.stack);
}
