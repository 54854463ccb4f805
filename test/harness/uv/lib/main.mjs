// The uv stand-in: `uv` and `uvx` for tests, on a machine where uv has no package. It behaves
// like uv — real virtual environments, real interpreters, real installs into each environment —
// so that a test fails where a runner would. It never records command lines.
//
// Behaviour, and the uv documentation each part follows:
// - `uv --version` → `uv 0.13.8 (stand-in)`.
// - Project discovery: the nearest pyproject.toml with a `[project]` table upward from the working
//   directory, `--directory` (changes the working directory) or `--project`
//   (https://docs.astral.sh/uv/concepts/projects/layout/). A uv workspace: the member's lock and
//   `.venv` are the workspace root's, `{ workspace = true }` sources are the members (lib/project.mjs);
//   re-locking a workspace is not modelled and says so (exit 2).
// - Project environment: `.venv`, or UV_PROJECT_ENVIRONMENT (absolute, or relative to the project
//   root) (https://docs.astral.sh/uv/concepts/projects/config/#project-environment-path). Kept when
//   its interpreter (pyvenv.cfg) satisfies the request and `requires-python`; otherwise "Using
//   CPython … interpreter at: …", "Removed virtual environment at: …", "Creating virtual environment
//   at: …" and it is deleted and re-created; a directory that is not a virtual environment is an
//   error, never deleted. The project lock is held while the environment is found or re-created
//   and the environment lock while locking and syncing; both are released before the command runs,
//   as in uv (crates/uv/src/commands/project/{mod,run}.rs) — so concurrent `uv run --python X`
//   on one environment replace it under each other's running commands (lib/project-env.mjs,
//   lib/filelock.mjs). With VIRTUAL_ENV pointing elsewhere, uv's warning; `--active` uses it.
// - Interpreter request: `--python`/`-p`, UV_PYTHON, `.python-version`, else `requires-python`
//   (https://docs.astral.sh/uv/concepts/python-versions/#requesting-a-version,
//   …/#python-version-files, …/#project-python-versions). Discovery: managed installations in
//   UV_PYTHON_INSTALL_DIR, then PATH (`python`, `python3`, `python3.X`, every `python3.N` for a
//   range) (…/#discovery-of-python-versions); an interpreter that contradicts `requires-python`
//   gets uv's "incompatible with the project's Python requirement" error.
// - Downloads (…/#disabling-automatic-python-downloads, https://docs.astral.sh/uv/reference/environment/#uv_python_downloads):
//   when nothing matches and UV_PYTHON_DOWNLOADS is not `never` (nor `manual`, nor --offline /
//   UV_OFFLINE), the build is "downloaded" from UVSTANDIN_PYTHON_MIRROR (pyenv-style installs) into
//   UV_PYTHON_INSTALL_DIR (a symlink), printing `Downloading cpython-3.10.13-linux-x86_64-gnu …`.
//   No match: `error: No interpreter found for Python X in managed installations or search path`,
//   with uv's hint when a download exists but is not allowed; exit 2 (lib/interpreters.mjs).
// - Lock and sync (https://docs.astral.sh/uv/concepts/projects/sync/): `uv run`, `uv sync`, `uv lock`
//   with `--locked`, `--frozen`, `--no-sync`, `--isolated`, `--group`, `--no-dev`, `--only-group`,
//   `--all-groups`, `--extra`, `--all-extras`, `--no-install-project` (and UV_LOCKED, UV_FROZEN,
//   UV_NO_SYNC, UV_NO_DEV). uv.lock is read and written in uv's format (version 1, revision 3); it is
//   up to date when the root's recorded metadata (requires-dist, requires-dev, provides-extras,
//   version, requires-python) and the local sources' match pyproject.toml. Stale + `--locked`:
//   uv's "needs to be updated, but `--locked` was provided" + hint, uv.lock untouched, exit 2 for
//   `uv run`, 1 for `uv sync`/`uv lock --check` (uv's own test snapshots). Missing + `--locked` /
//   `--frozen`: "Unable to find lockfile at `uv.lock`", exit 2. Stale otherwise: re-resolved and
//   uv.lock rewritten. Resolution is offline against the registry: a package it lacks gives uv's
//   "No solution found when resolving dependencies", exit 1 (python/resolve.py says what is
//   simplified). Sync copies (hardlinks) each package into the environment's own site-packages
//   with a dist-info; the project and `editable = true` path sources are installed editable (a
//   `.pth`), other path sources copied in; default groups `dev` (or `[tool.uv] default-groups`)
//   (lib/install.mjs, python/install_plan.py).
// - `uv run` (https://docs.astral.sh/uv/concepts/projects/run/): the environment's `bin/` first on
//   PATH, VIRTUAL_ENV set; a missing command: `error: Failed to spawn: \`X\`` + `Caused by: No such
//   file or directory (os error 2)`, exit 2; `--isolated`: a temporary environment for this run
//   only, uv.lock not written; exit code = the command's (lib/commands/run.mjs, lib/spawn.mjs).
// - Registry (UVSTANDIN_REGISTRY, built by test/harness/python-runner.ts): what "PyPI" holds
//   offline — Debian's pure-Python pytest 7.2.1, pluggy 1.0.0+repack, iniconfig 1.1.1,
//   packaging 23.0, attrs 22.2.0, tomli 2.0.1, exceptiongroup 1.1.0 (the versions of the
//   machine's Debian packages; the harness lists what it built), ruff (the WebAssembly stand-in)
//   and whatever local packages a test adds; another version fails to resolve (python/registry.py).
// - Tools (https://docs.astral.sh/uv/concepts/tools/): `uvx TOOL[@VERSION]`, `uv tool run`, `--from`:
//   registry packages, then Debian's bandit, mypy, twine at their versions, each in its own cached
//   environment; another version → "No solution found when resolving tool dependencies", exit 1
//   (lib/commands/tool.mjs).
// - `uv build [SRC] [--package NAME] [--out-dir D] [--sdist] [--wheel] [--no-build-isolation]` →
//   `python -m build` with Debian's build + hatchling; `--package` builds a workspace member by name
//   from any directory of the workspace, with uv's errors for an unknown name, no workspace and a
//   member without `[build-system]`; a virtual workspace root built plainly gets uv's warning
//   (https://docs.astral.sh/uv/concepts/projects/build/, https://docs.astral.sh/uv/reference/cli/#uv-build,
//   uv's build_frontend.rs; lib/commands/build.mjs, lib/workspace.mjs).
// - `uv venv`, `uv pip install|uninstall|list|freeze|show` (https://docs.astral.sh/uv/pip/) through
//   real venv and pip; `uv python find|install`.
// - Anything else: clap's `error: unrecognized subcommand` (exit 2), or, for a real uv command the
//   stand-in does not implement, an error saying so (exit 2). Never a silent success.
// Other environment variables honoured: UV_CACHE_DIR, UV_PYTHON_INSTALL_DIR, UV_PYTHON_PREFERENCE,
// UV_OFFLINE, UV_VENV_CLEAR (https://docs.astral.sh/uv/reference/environment/).
import { build } from './commands/build.mjs';
import { lock } from './commands/lock.mjs';
import { pip } from './commands/pip.mjs';
import { python } from './commands/python.mjs';
import { run } from './commands/run.mjs';
import { sync } from './commands/sync.mjs';
import { toolRun } from './commands/tool.mjs';
import { venv } from './commands/venv.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail, printExit, setQuiet, UvExit } from './report.mjs';
import { noCommand, splitGlobal, unrecognized } from './cli.mjs';
import { cacheDir } from './settings.mjs';
import { UV_VERSION } from './venv.mjs';

/** Real uv subcommands the stand-in does not model: named as such, never "unrecognized". */
const NOT_MODELLED = ['add', 'remove', 'version', 'tree', 'export', 'init', 'cache', 'self', 'format', 'check', 'publish', 'auth', 'workspace', 'help', 'generate-shell-completion'];

async function dispatch(prog, argv) {
  const globals = {};
  let command;
  let args;
  if (prog === 'uvx') {
    command = 'uvx';
    args = argv;
    if (argv[0] === '--version' || argv[0] === '-V') command = '--version';
  } else {
    ({ command, args } = splitGlobal(argv, globals));
  }
  if (command === '--version') {
    process.stdout.write(`uv ${UV_VERSION} (stand-in)\n`);
    return 0;
  }
  if (command === undefined) noCommand();
  if (globals.directory) process.chdir(globals.directory);
  const ctx = { globals, cache: cacheDir(globals.cacheDir) };
  setQuiet(globals.quiet ?? 0); // -q after the subcommand is applied by cli.parse
  let scratch;
  if (globals.noCache) {
    scratch = mkdtempSync(join(tmpdir(), 'uv-no-cache-'));
    ctx.cache = scratch;
  }
  try {
    switch (command) {
      case 'run':
        return await run(args, ctx);
      case 'uvx':
        return await toolRun(args, ctx);
      case 'tool':
        if (args[0] === 'run') return await toolRun(args.slice(1), ctx);
        fail(`uv stand-in: \`uv tool ${args[0] ?? ''}\` is not implemented (only \`uv tool run\`)`, 2);
        break;
      case 'sync':
        return sync(args, ctx);
      case 'lock':
        return lock(args, ctx);
      case 'build':
        return build(args, ctx);
      case 'venv':
        return venv(args, ctx);
      case 'pip':
        return pip(args, ctx);
      case 'python':
        return python(args, ctx);
      default:
        if (NOT_MODELLED.includes(command)) fail(`uv stand-in: \`uv ${command}\` is not implemented (test/harness/uv/lib/main.mjs lists what is)`, 2);
        unrecognized(command);
    }
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  return 2;
}

export async function main(prog, argv) {
  let code;
  try {
    code = await dispatch(prog, argv);
  } catch (e) {
    if (!(e instanceof UvExit)) {
      process.stderr.write(`error: uv stand-in: internal error: ${e?.stack ?? e}\n`);
      code = 2;
    } else {
      printExit(e);
      code = e.code;
    }
  }
  process.exitCode = code;
}
