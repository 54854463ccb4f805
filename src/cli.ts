// The CLI's entry: argv → the same stage code as the action. Text on stderr, or with --json
// exactly one JSON object on stdout. Exit 0 ok, 1 failure, 2 usage.
// --help and --version are answered from the first argument before the settings code loads, and a
// command's code is imported only once argv asks for it, so they load almost nothing (issue #21).
// First, so that it holds from the first allocation on.
import './v8-settings.js';
import { renderHelp, topLevelRequest } from './settings/cli-flags.js';
import { packageVersion } from './version.js';

const early = topLevelRequest(process.argv[2]);
if (early === 'help') process.stdout.write(renderHelp(packageVersion));
else if (early === 'version') process.stdout.write(`${packageVersion}\n`);
else await runCommand();

/** Everything past --help and --version: the settings code, the runtime, then the command's code. */
async function runCommand(): Promise<void> {
  const [{ systemClock }, { CliRuntime }, { isPyreleaseError }, { renderErrorLine }, { parseCliArgs }] = await Promise.all([
    import('./adapters/clock.js'),
    import('./adapters/runtime/cli-runtime.js'),
    import('./errors/pyrelease-error.js'),
    import('./errors/render.js'),
    import('./settings/from-argv.js'),
  ]);
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
}
