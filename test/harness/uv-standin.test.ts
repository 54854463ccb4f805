/**
 * The uv stand-in (test/harness/uv/) behaves like uv where the product relies on it: the project
 * environment and its re-creation, UV_PROJECT_ENVIRONMENT, --isolated, --locked, tools at their
 * versions, uv build, interpreter downloads (the race of concurrent runs: uv-standin-race.test.ts).
 * Real interpreters (pyenv's 3.9–3.13 through python-runner.ts), real venvs, real pytest.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './node-run.js';
import { registryWith, ruffWasmVersion } from './uv/debian-packages.js';
import { makeLockStale } from './uv/fixture-project.js';
import { fullVersion as version, uvWorld as world } from './uv/standin-world.js';

const PRINT_VERSION = ['python', '-c', 'import sys; print("%d.%d" % sys.version_info[:2])'];

describe('uv stand-in: the project environment', () => {
  it('answers --version in uv\'s shape', async () => {
    const w = world();
    const r = await w.run(['--version']);
    expect(r.stdout).toMatch(/^uv \d+\.\d+\.\d+ \(stand-in\)\n$/);
  });

  it('re-creates .venv when --python asks for another interpreter, and keeps it when it is the same', async () => {
    const w = world();
    const first = await w.run(['run', '--python', '3.9', '--', ...PRINT_VERSION]);
    expect(first.stderr, first.stderr).toContain('Creating virtual environment at: .venv');
    expect(first.stdout).toBe('3.9\n');
    writeFileSync(join(w.project, '.venv', 'marker'), 'kept');

    const same = await w.run(['run', '--python', '3.9', '--', ...PRINT_VERSION]);
    expect(same.stdout).toBe('3.9\n');
    expect(same.stderr).not.toContain('Removed virtual environment');
    expect(existsSync(join(w.project, '.venv', 'marker'))).toBe(true);

    const other = await w.run(['run', '--python', '3.10', '--', ...PRINT_VERSION]);
    expect(other.stdout).toBe('3.10\n');
    expect(other.stderr).toContain(`Using CPython ${version('3.10')} interpreter at: `);
    expect(other.stderr).toContain('Removed virtual environment at: .venv\nCreating virtual environment at: .venv');
    expect(existsSync(join(w.project, '.venv', 'marker'))).toBe(false);
    expect(readFileSync(join(w.project, '.venv', 'pyvenv.cfg'), 'utf8')).toContain(`version_info = ${version('3.10')}`);
  });

  it('keeps an environment that satisfies requires-python when no interpreter is requested', async () => {
    const w = world();
    await w.run(['run', '--python', '3.12', '--', 'true']);
    const r = await w.run(['run', '--', ...PRINT_VERSION]);
    expect(r.stdout).toBe('3.12\n');
    expect(r.stderr).not.toContain('Creating virtual environment');
  });

  it('takes the interpreter from .python-version', async () => {
    const w = world();
    writeFileSync(join(w.project, '.python-version'), '3.13\n');
    const r = await w.run(['run', '--', ...PRINT_VERSION]);
    expect(r.stdout).toBe('3.13\n');
  });

  it('honours UV_PROJECT_ENVIRONMENT, relative to the project root or absolute', async () => {
    const w = world();
    const relative = await w.run(['run', '--python', '3.10', '--', ...PRINT_VERSION], { env: { UV_PROJECT_ENVIRONMENT: 'envs/py310' } });
    expect(relative.stdout).toBe('3.10\n');
    expect(relative.stderr).toContain('Creating virtual environment at: envs/py310');
    expect(existsSync(join(w.project, 'envs', 'py310', 'pyvenv.cfg'))).toBe(true);

    const absolute = join(w.root, 'elsewhere', 'py311');
    const abs = await w.run(['run', '--python', '3.11', '--', 'python', '-c', 'import sys; print(sys.prefix)'], { env: { UV_PROJECT_ENVIRONMENT: absolute } });
    expect(abs.stdout.trim()).toBe(absolute);
    expect(existsSync(join(w.project, '.venv'))).toBe(false);
  });

  it('--isolated runs in a temporary environment and leaves .venv untouched', async () => {
    const w = world();
    await w.run(['run', '--python', '3.9', '--', 'true']);
    writeFileSync(join(w.project, '.venv', 'marker'), 'kept');
    const r = await w.run(['run', '--isolated', '--python', '3.10', '--', 'python', '-c', 'import sys, slowdep; print("%d.%d" % sys.version_info[:2]); print(sys.prefix)']);
    expect(r.code, r.stderr).toBe(0);
    const [minor, prefix] = r.stdout.trim().split('\n');
    expect(minor).toBe('3.10');
    expect(prefix).not.toBe(join(w.project, '.venv'));
    expect(existsSync(prefix!)).toBe(false); // gone after the run
    expect(existsSync(join(w.project, '.venv', 'marker'))).toBe(true);
    expect(readFileSync(join(w.project, '.venv', 'pyvenv.cfg'), 'utf8')).toContain(`version_info = ${version('3.9')}`);
  });

  it('refuses a project environment directory that is not a virtual environment, and leaves it alone', async () => {
    const w = world();
    mkdirSync(join(w.project, '.venv'));
    writeFileSync(join(w.project, '.venv', 'notes.txt'), 'mine');
    const r = await w.run(['run', '--', 'true']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: Project virtual environment directory \`${join(w.project, '.venv')}\` cannot be used because it is not a valid Python environment (no Python executable was found)`);
    expect(readFileSync(join(w.project, '.venv', 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses an interpreter the project\'s requires-python excludes', async () => {
    const w = world();
    const file = join(w.project, 'pyproject.toml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('requires-python = ">=3.9"', 'requires-python = ">=3.10"'));
    const r = await w.run(['run', '--python', '3.9', '--', 'true']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: The requested interpreter resolved to Python ${version('3.9')}, which is incompatible with the project's Python requirement: \`>=3.10\` (from \`project.requires-python\`)`);
  });

  it('runs the command with the environment first on PATH, and fails to spawn a missing one as uv does', async () => {
    const w = world();
    const which = await w.run(['run', '--python', '3.11', '--', 'sh', '-c', 'command -v python; command -v pytest; echo "$VIRTUAL_ENV"']);
    expect(which.stdout).toBe(`${join(w.project, '.venv', 'bin', 'python')}\n${join(w.project, '.venv', 'bin', 'pytest')}\n${join(w.project, '.venv')}\n`);
    const missing = await w.run(['run', '--', 'no-such-command', '--flag']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('error: Failed to spawn: `no-such-command`\n  Caused by: No such file or directory (os error 2)\n');
    const exit = await w.run(['run', '--', 'python', '-c', 'raise SystemExit(7)']);
    expect(exit.code).toBe(7);
  });

  it('installs into the environment\'s own site-packages: the project editable, the path source copied, groups as asked', async () => {
    const w = world();
    const r = await w.run(['sync', '--python', '3.12']);
    expect(r.code, r.stderr).toBe(0);
    const site = join(w.project, '.venv', 'lib', 'python3.12', 'site-packages');
    expect(readdirSync(site)).toEqual(expect.arrayContaining(['pytest', '_pytest', 'slowdep', 'pytest-7.2.1.dist-info', '_uv_project.pth']));
    expect(readFileSync(join(site, '_uv_project.pth'), 'utf8').trim()).toBe(join(w.project, 'src'));
    expect(r.stderr).toMatch(/ \+ slowdep==0\.1\.0 \(from file:\/\/.*\/vendor\/slowdep\)/);
    // exceptiongroup and tomli are locked for Python < 3.11 only.
    expect(readdirSync(site).some((e) => e.startsWith('tomli'))).toBe(false);

    const noDev = await w.run(['sync', '--no-dev']);
    expect(noDev.stderr).toContain(' - pytest==7.2.1');
    expect(existsSync(join(site, 'pytest'))).toBe(false);
    const imports = await w.run(['run', '--no-sync', '--', 'python', '-c', 'import uv_project; import pytest']);
    expect(imports.code).toBe(1);
    expect(imports.stderr).toContain("ModuleNotFoundError: No module named 'pytest'");
  });
});

describe('uv stand-in: uv.lock', () => {
  it('--locked on a stale lock fails with uv\'s message and leaves uv.lock byte-identical; a plain run rewrites it', async () => {
    const w = world();
    const before = makeLockStale(w.project);
    const locked = await w.run(['run', '--locked', '--', 'true']);
    expect(locked.code).toBe(2);
    expect(locked.stderr).toContain('error: The lockfile at `uv.lock` needs to be updated, but `--locked` was provided.\n\nhint: To update the lockfile, run `uv lock`.\n');
    expect(readFileSync(join(w.project, 'uv.lock')).equals(before)).toBe(true);

    const sync = await w.run(['sync', '--locked']);
    expect(sync.code).toBe(1); // uv sync exits 1 here, uv run 2 (uv's test snapshots)
    const check = await w.run(['lock', '--check']);
    expect(check.code).toBe(1);
    expect(readFileSync(join(w.project, 'uv.lock')).equals(before)).toBe(true);

    const plain = await w.run(['run', '--', 'python', '-c', 'import iniconfig']);
    expect(plain.code, plain.stderr).toBe(0);
    const after = readFileSync(join(w.project, 'uv.lock'), 'utf8');
    expect(after).not.toBe(before.toString());
    expect(after).toContain('requires-dist = [{ name = "iniconfig", specifier = ">=1" }]');
    expect((await w.run(['run', '--locked', '--', 'true'])).code).toBe(0);
  });

  it('the fixture\'s uv.lock is up to date (what `uv lock` writes for it), and --frozen uses it as it is', async () => {
    const w = world();
    const before = readFileSync(join(w.project, 'uv.lock'), 'utf8');
    const lock = await w.run(['lock']);
    expect(lock.code, lock.stderr).toBe(0);
    expect(lock.stderr).toMatch(/^Resolved 9 packages in \d+(ms|\.\d+s)\n$/);
    expect(readFileSync(join(w.project, 'uv.lock'), 'utf8')).toBe(before);
    makeLockStale(w.project);
    const frozen = await w.run(['run', '--frozen', '--', 'python', '-c', 'import slowdep']);
    expect(frozen.code, frozen.stderr).toBe(0);
    expect(readFileSync(join(w.project, 'uv.lock'), 'utf8')).toBe(before);
  });

  it('a missing lock with --locked is uv\'s "Unable to find lockfile"', async () => {
    const w = world();
    rmSync(join(w.project, 'uv.lock'));
    const r = await w.run(['run', '--locked', '--', 'true']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: Unable to find lockfile at `uv.lock`, but `--locked` was provided. To create a lockfile, run `uv lock` or `uv sync` without the flag.');
    expect(existsSync(join(w.project, 'uv.lock'))).toBe(false);
  });

  it('a package a test adds to the registry resolves, locks from the registry and installs', async () => {
    const base = world();
    const registry = registryWith(base.uv.registry, join(base.root, 'registry'), [{ name: 'localdep', version: '1.2.0', files: { 'localdep/__init__.py': 'VALUE = 12\n' } }]);
    const w = world({ registry });
    makeLockStale(w.project, 'localdep>=1');
    const r = await w.run(['run', '--', 'python', '-c', 'import importlib.metadata as m, localdep; print(localdep.VALUE, m.version("localdep"))']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('12 1.2.0\n');
    expect(readFileSync(join(w.project, 'uv.lock'), 'utf8')).toContain('[[package]]\nname = "localdep"\nversion = "1.2.0"\nsource = { registry = "https://pypi.org/simple" }\n');
    makeLockStale(w.project, 'localdep>=2');
    const newer = await w.run(['lock']);
    expect(newer.code).toBe(1);
    expect(newer.stderr).toContain("Because only localdep==1.2.0 is available and your project depends on localdep>=2, we can conclude that your project's requirements are unsatisfiable.");
  });

  it('a dependency the offline registry lacks fails to resolve, as on a runner without network', async () => {
    const w = world();
    makeLockStale(w.project, 'requests>=2');
    const r = await w.run(['lock']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("  × No solution found when resolving dependencies:\n  ╰─▶ Because requests was not found in the package registry and your project depends on requests>=2, we can conclude that your project's requirements are unsatisfiable.");
  });
});

describe('uv stand-in: tools, build, interpreters', () => {
  it('uvx runs ruff at its real version in its own environment, and another version fails to resolve', async () => {
    const w = world();
    const ruff = ruffWasmVersion();
    const ok = await w.uvx([`ruff@${ruff}`, '--version']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`ruff ${ruff}`);
    expect(existsSync(join(w.project, '.venv'))).toBe(false);
    const bad = await w.uvx(['ruff@0.0.1', '--version']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('  × No solution found when resolving tool dependencies:\n  ╰─▶ Because there is no version of ruff==0.0.1 and you require ruff==0.0.1, we can conclude that your requirements are unsatisfiable.');
    const bandit = await w.run(['tool', 'run', 'bandit', '--version']);
    expect(bandit.code, bandit.stderr).toBe(0);
    expect(bandit.stdout + bandit.stderr).toMatch(/bandit \d+\.\d+/);
  });

  it('uv build makes a wheel and an sdist; uv venv + uv pip install put the wheel into a fresh environment', async () => {
    const w = world();
    const out = join(w.root, 'dist');
    const r = await w.run(['build', '--out-dir', out]);
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['uv_project-0.1.0-py3-none-any.whl', 'uv_project-0.1.0.tar.gz']);
    expect(r.stderr).toContain(`Successfully built ${join(out, 'uv_project-0.1.0.tar.gz')}`);

    const env = join(w.root, 'fresh');
    const venv = await w.run(['venv', '--quiet', env]);
    expect(venv.code, venv.stderr).toBe(0);
    const pip = await w.run(['pip', 'install', '--python', join(env, 'bin', 'python'), '--no-index', '--find-links', out, 'uv-project']);
    expect(pip.code, pip.stderr).toBe(0);
    const check = await w.run(['run', '--no-project', '--', join(env, 'bin', 'python'), '-c', 'import uv_project; print(uv_project.greet("x"))'], { cwd: w.root });
    expect(check.stdout).toBe('Hello, x!\n');
  });

  it('downloads an interpreter missing from PATH, and with UV_PYTHON_DOWNLOADS=never fails as uv does', async () => {
    const w = world({ onPath: ['3.11'] });
    const r = await w.run(['run', '--python', '3.12', '--', ...PRINT_VERSION]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('3.12\n');
    const key = `cpython-${version('3.12')}-linux-x86_64-gnu`;
    expect(r.stderr).toMatch(new RegExp(`^Downloading ${key.replace(/\./g, '\\.')} \\(download\\) \\(\\d+\\.\\dMiB\\)$`, 'm'));
    expect(r.stderr).toContain(`Using CPython ${version('3.12')}\n`);
    expect(existsSync(join(w.uv.installDir, key, 'bin', 'python3.12'))).toBe(true);

    const never = world({ onPath: ['3.11'], downloads: 'never' });
    const n = await never.run(['run', '--python', '3.12', '--', 'true']);
    expect(n.code).toBe(2);
    expect(n.stderr).toContain("error: No interpreter found for Python 3.12 in managed installations or search path\n\nhint: A managed Python download is available for Python 3.12, but Python downloads are set to 'never'");
    expect(existsSync(never.uv.installDir)).toBe(false);
  });

  it('anything it does not implement fails loudly', async () => {
    const w = world();
    const unknown = await w.run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("error: unrecognized subcommand 'frobnicate'");
    const notModelled = await w.run(['add', 'requests']);
    expect(notModelled.code).toBe(2);
    expect(notModelled.stderr).toContain('uv stand-in: `uv add` is not implemented');
    const badFlag = await w.run(['run', '--no-such-flag', '--', 'true']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain("error: unexpected argument '--no-such-flag' found");
  });
});

// uv's workspace rules (https://docs.astral.sh/uv/concepts/projects/workspaces/): one uv.lock and one
// .venv at the workspace root, `{ workspace = true }` sources installed from the member, editable.
describe('uv stand-in: a uv workspace (examples/demo-workspace)', () => {
  it('syncs a member from the root uv.lock into the root .venv, its workspace dependency editable; a stale member fails --locked', async () => {
    const w = world();
    const ws = join(w.root, 'demo-workspace');
    cpSync(join(repoRoot, 'examples', 'demo-workspace'), ws, { recursive: true });
    const cli = join(ws, 'packages', 'acme-cli');
    const synced = await w.run(['sync', '--locked', '--python', '3.12'], { cwd: cli });
    expect(synced.stderr).toContain(' + acme-core==0.1.0 (from file://');
    expect(synced.code).toBe(0);
    expect(existsSync(join(cli, '.venv'))).toBe(false);
    const where = await w.run(['run', '--locked', 'python', '-c', 'import acme_core; print(acme_core.__file__)'], { cwd: cli });
    expect(where.stdout.trim()).toBe(join(ws, 'packages', 'acme-core', 'src', 'acme_core', '__init__.py'));

    // A member's version moved without re-locking: uv's --locked refusal, uv.lock untouched.
    const core = join(ws, 'packages', 'acme-core', 'pyproject.toml');
    writeFileSync(core, readFileSync(core, 'utf8').replace('version = "0.1.0"', 'version = "0.2.0"'));
    const stale = await w.run(['sync', '--locked'], { cwd: cli });
    expect([stale.code, stale.stderr]).toEqual([1, expect.stringContaining('needs to be updated, but `--locked` was provided')]);
    const relock = await w.run(['lock'], { cwd: cli });
    expect([relock.code, relock.stderr]).toEqual([2, expect.stringContaining('re-locking a uv workspace is not modelled')]);
  });

  // uv build --package (https://docs.astral.sh/uv/reference/cli/#uv-build, build_frontend.rs): a member by
  // name from any directory of the workspace; uv's errors for a name it lacks and for no workspace at all.
  it('uv build --package builds the member named, from the root or another member, into the root dist/; unknown or excluded names, no workspace and a virtual root as uv says', async () => {
    const w = world();
    const ws = join(w.root, 'demo-workspace');
    cpSync(join(repoRoot, 'examples', 'demo-workspace'), ws, { recursive: true });
    const fromRoot = await w.run(['build', '--package', 'acme-core', '--no-build-isolation'], { cwd: ws });
    expect(fromRoot.code, fromRoot.stderr).toBe(0);
    expect(readdirSync(join(ws, 'dist')).sort()).toEqual(['acme_core-0.1.0-py3-none-any.whl', 'acme_core-0.1.0.tar.gz']);
    expect(fromRoot.stderr).toContain('Successfully built dist/acme_core-0.1.0.tar.gz');

    const out = join(w.root, 'out');
    const fromMember = await w.run(['build', '--package', 'Acme_CLI', '--out-dir', out, '--no-build-isolation'], { cwd: join(ws, 'packages', 'acme-core') });
    expect(fromMember.code, fromMember.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['acme_cli-0.1.0-py3-none-any.whl', 'acme_cli-0.1.0.tar.gz']);

    // A project the workspace excludes is a project of its own: no member to build by name, its own uv.lock and .venv.
    writeFileSync(join(ws, 'pyproject.toml'), readFileSync(join(ws, 'pyproject.toml'), 'utf8').replace('members = ["packages/*"]', 'members = ["packages/*"]\nexclude = ["packages/acme-extras"]'));
    const excluded = await w.run(['build', '--package', 'acme-extras'], { cwd: ws });
    expect([excluded.code, excluded.stderr]).toEqual([2, 'error: Package `acme-extras` not found in workspace\n']);
    const ownLock = await w.run(['sync', '--locked'], { cwd: join(ws, 'packages', 'acme-extras') });
    expect([ownLock.code, ownLock.stderr]).toEqual([2, expect.stringContaining('error: Unable to find lockfile at `uv.lock`, but `--locked` was provided.')]);
    expect(ownLock.stderr).toContain('Creating virtual environment at: .venv');
    const unknown = await w.run(['build', '--package', 'acme-gui'], { cwd: ws });
    expect([unknown.code, unknown.stderr]).toEqual([2, 'error: Package `acme-gui` not found in workspace\n']);
    const nowhere = await w.run(['build', '--package', 'acme-core'], { cwd: w.root });
    expect([nowhere.code, nowhere.stderr]).toEqual([2, 'error: `--package` was provided, but no workspace was found\n  Caused by: No `pyproject.toml` found in current directory or any parent directory\n']);

    // The virtual root is no package: plain `uv build` there warns (and builds whatever setuptools makes of it), never a member.
    const virtual = await w.run(['build', '--out-dir', join(w.root, 'virtual'), '--no-build-isolation'], { cwd: ws });
    expect(virtual.stderr).toContain('warning: `.` appears to be a workspace root without a Python project; consider using `uv sync` to install the workspace, or add a `[build-system]` table to `pyproject.toml`');
    expect(existsSync(join(w.root, 'virtual')) ? readdirSync(join(w.root, 'virtual')).filter((f) => f.startsWith('acme')) : []).toEqual([]);
  });
});
