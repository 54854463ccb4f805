// uv's command line as clap parses it (https://docs.astral.sh/uv/reference/cli/): global options
// before or after the subcommand, `--opt value` and `--opt=value`, and for `uv run` / `uvx`
// everything from the first positional on belongs to the command. Unknown options and missing
// values get clap's error text and exit 2, never a silent pass.
import { fail, setQuiet } from './report.mjs';

/** Options every subcommand accepts (uv's global arguments). */
export const GLOBAL = {
  '--quiet': { key: 'quiet', count: true },
  '-q': { key: 'quiet', count: true },
  '-qq': { key: 'quiet', count: true, by: 2 },
  '--verbose': { key: 'verbose', count: true },
  '-v': { key: 'verbose', count: true },
  '--offline': { key: 'offline' },
  '--no-progress': { key: 'noProgress' },
  '--color': { key: 'color', value: true },
  '--native-tls': { key: 'nativeTls' },
  '--no-cache': { key: 'noCache' },
  '-n': { key: 'noCache' },
  '--cache-dir': { key: 'cacheDir', value: true },
  '--directory': { key: 'directory', value: true },
  '--project': { key: 'project', value: true },
  '--no-python-downloads': { key: 'noPythonDownloads' },
  '--managed-python': { key: 'managedPython' },
  '--no-managed-python': { key: 'noManagedPython' },
  '--python-preference': { key: 'pythonPreference', value: true },
  '--no-config': { key: 'noConfig' },
  '--config-file': { key: 'configFile', value: true },
};

/** Sync selection options shared by `uv run` and `uv sync` (https://docs.astral.sh/uv/concepts/projects/sync/). */
export const SELECTION = {
  '--locked': { key: 'locked' },
  '--frozen': { key: 'frozen' },
  '--no-sync': { key: 'noSync' },
  '--python': { key: 'python', value: true },
  '-p': { key: 'python', value: true },
  '--group': { key: 'groups', value: true, multi: true },
  '--no-group': { key: 'noGroups', value: true, multi: true },
  '--only-group': { key: 'onlyGroups', value: true, multi: true },
  '--all-groups': { key: 'allGroups' },
  '--no-default-groups': { key: 'noDefaultGroups' },
  '--dev': { key: 'dev' },
  '--no-dev': { key: 'noDev' },
  '--only-dev': { key: 'onlyDev' },
  '--extra': { key: 'extras', value: true, multi: true },
  '--no-extra': { key: 'noExtras', value: true, multi: true },
  '--all-extras': { key: 'allExtras' },
  '--no-install-project': { key: 'noInstallProject' },
  '--active': { key: 'active' },
  '--no-active': { key: 'noActive' },
  '--exact': { key: 'exact' },
  '--inexact': { key: 'inexact' },
  '--no-editable': { key: 'noEditable' },
  '--isolated': { key: 'isolated' },
  '--refresh': { key: 'refresh' },
};

function usage(text) {
  return `\n\nUsage: ${text}\n\nFor more information, try '--help'.`;
}

/**
 * Parses `args` against `spec` (plus the global options). With `stopAtPositional`, the first
 * positional and everything after it is returned as `rest` (uv run's command, uvx's tool).
 */
export function parse(args, spec, { usage: usageText, stopAtPositional = false, globals = {} }) {
  const table = { ...GLOBAL, ...spec };
  const opts = {};
  const positionals = [];
  let rest = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      const after = args.slice(i + 1);
      if (stopAtPositional) rest = after;
      else positionals.push(...after);
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      let def = table[name];
      let inline = eq > 0 ? arg.slice(eq + 1) : undefined;
      // `-p3.12`: a short option with its value attached.
      if (!def && /^-[a-zA-Z]./.test(arg) && table[arg.slice(0, 2)]?.value) {
        def = table[arg.slice(0, 2)];
        inline = arg.slice(2);
      }
      if (!def) {
        if (arg === '-h' || arg === '--help') fail(`uv stand-in: \`--help\` is not available (test/harness/uv/lib/main.mjs lists what the stand-in implements)`, 2);
        fail(`unexpected argument '${arg}' found\n\n  tip: to pass '${arg}' as a value, use '-- ${arg}'${usage(usageText)}`, 2);
      }
      const target = def.key in GLOBAL_KEYS ? globals : opts;
      if (def.value) {
        const value = inline ?? args[++i];
        if (value === undefined) fail(`a value is required for '${name} <${def.key.toUpperCase()}>' but none was supplied\n\nFor more information, try '--help'.`, 2);
        if (def.multi) (target[def.key] ??= []).push(value);
        else target[def.key] = value;
      } else if (def.count) {
        target[def.key] = (target[def.key] ?? 0) + (def.by ?? 1);
      } else {
        target[def.key] = true;
      }
      continue;
    }
    if (stopAtPositional) {
      rest = args.slice(i);
      break;
    }
    positionals.push(arg);
  }
  if (globals.quiet) setQuiet(globals.quiet);
  return { opts, positionals, rest };
}

const GLOBAL_KEYS = Object.fromEntries(Object.values(GLOBAL).map((d) => [d.key, true]));

/** Splits `uv [GLOBAL OPTIONS] <COMMAND> …` into the globals and the subcommand with its arguments. */
export function splitGlobal(args, globals) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-')) return { command: arg, args: args.slice(i + 1) };
    if (arg === '--version' || arg === '-V') return { command: '--version', args: [] };
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const def = GLOBAL[name];
    if (!def) fail(`unexpected argument '${arg}' found${usage('uv [OPTIONS] <COMMAND>')}`, 2);
    if (def.value) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) fail(`a value is required for '${name} <${def.key.toUpperCase()}>' but none was supplied\n\nFor more information, try '--help'.`, 2);
      globals[def.key] = value;
    } else if (def.count) globals[def.key] = (globals[def.key] ?? 0) + (def.by ?? 1);
    else globals[def.key] = true;
  }
  return { command: undefined, args: [] };
}

export function noCommand() {
  fail(`'uv' requires a subcommand but one was not provided${usage('uv [OPTIONS] <COMMAND>')}`, 2);
}

export function unrecognized(command) {
  fail(`unrecognized subcommand '${command}'${usage('uv [OPTIONS] <COMMAND>')}`, 2);
}
