/** The project facts the gates decide from: source roots, mypy's config in force, bandit flags, tool pins, install lines. */
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { banditArgs } from '../../../src/core/gates/bandit-config.js';
import { checkMypySection, mypyTargetsConfigured } from '../../../src/core/gates/mypy-config.js';
import { parseSetupCfg } from '../../../src/core/gates/setup-cfg.js';
import { sourceRoots } from '../../../src/core/gates/source-roots.js';
import { installLine, toolManager } from '../../../src/core/gates/tool-manager.js';
import { lockedVersion, pinTool } from '../../../src/core/gates/tool-pins.js';
import { ruffConfigError } from '../../../src/core/gates/ruff.js';

const toml = (text: string) => parse(text) as Record<string, unknown>;

describe('source roots (mypy targets when the project names none)', () => {
  it('src layout: the packages and modules under src/', () => {
    expect(sourceRoots({ root: [{ name: 'src', kind: 'directory' }, { name: 'tests', kind: 'package' }], src: [{ name: 'demo_pkg', kind: 'package' }, { name: 'helper.py', kind: 'module' }, { name: 'data', kind: 'directory' }] })).toEqual(['src/demo_pkg', 'src/helper.py']);
  });
  it('flat layout: top-level packages and modules, not tests, docs, build output or setup.py', () => {
    const root = [
      { name: 'mylib', kind: 'package' as const }, { name: 'tests', kind: 'package' as const }, { name: 'docs', kind: 'directory' as const }, { name: 'build', kind: 'package' as const },
      { name: 'setup.py', kind: 'module' as const }, { name: 'conftest.py', kind: 'module' as const }, { name: 'single.py', kind: 'module' as const }, { name: '.venv', kind: 'directory' as const },
    ];
    expect(sourceRoots({ root })).toEqual(['mylib', 'single.py']);
  });
});

describe('mypy configuration', () => {
  it('the first config mypy reads decides whether targets are named', () => {
    expect(mypyTargetsConfigured({ pyproject: toml('[tool.mypy]\nfiles = ["src"]') })).toEqual({ file: 'pyproject.toml', namesTargets: true });
    expect(mypyTargetsConfigured({ pyproject: toml('[tool.mypy]\nstrict = true') })).toEqual({ file: 'pyproject.toml', namesTargets: false });
    // mypy.ini wins over pyproject.toml, even without files.
    expect(mypyTargetsConfigured({ mypyIni: parseSetupCfg('[mypy]\nstrict = True\n'), pyproject: toml('[tool.mypy]\nfiles = ["src"]') })).toEqual({ file: 'mypy.ini', namesTargets: false });
    expect(mypyTargetsConfigured({ setupCfg: parseSetupCfg('[mypy]\nfiles = src/pkg\n') })).toEqual({ file: 'setup.cfg', namesTargets: true });
    expect(mypyTargetsConfigured({})).toEqual({ file: undefined, namesTargets: false });
  });
  it('a [tool.mypy] mypy would crash on or ignore is one error naming the key and the fix', () => {
    expect(() => checkMypySection(toml('[tool.mypy]\nfiles = 3'))).toThrow('pyproject.toml [tool.mypy] files is the number 3, not a string or a list of strings');
    expect(() => checkMypySection(toml('[tool.mypy]\npython_version = 3.10'))).toThrow(/python_version is the number 3.1: TOML reads 3.10 as the number 3.1/);
    expect(() => checkMypySection(toml('[tool.mypy]\nfiles = ["src"]\npython_version = "3.10"'))).not.toThrow();
  });
});

describe('bandit flags', () => {
  it('always leaves environments and build output out, with bandit\'s own defaults kept, as ./name/', () => {
    const args = banditArgs({ environments: ['env312'], pyproject: toml('[tool.bandit]\nexclude_dirs = ["tests", "./scripts/"]\nskips = ["B101"]') });
    const excluded = args[1]!.split(',');
    expect(args[0]).toBe('-x');
    for (const d of ['./.venv/', './venv/', './.tox/', './.nox/', './build/', './dist/', './.git/', './env312/', './tests/', './scripts/', '*.egg']) expect(excluded).toContain(d);
    expect(args.slice(2)).toEqual(['-s', 'B101']);
  });
  it('a [tool.bandit] entry that is not a list of strings is one error', () => {
    expect(() => banditArgs({ environments: [], pyproject: toml('[tool.bandit]\nexclude_dirs = "tests"') })).toThrow('pyproject.toml [tool.bandit] exclude_dirs is the string "tests", not a list of strings');
  });
});

describe('tool pins and install lines', () => {
  const lock = toml('version = 1\n[[package]]\nname = "Ruff"\nversion = "0.6.9"\n[[package]]\nname = "demo"\nversion = "1.0.0"\n');
  it('the version uv.lock holds, by PEP 503 name', () => {
    expect(lockedVersion(lock, 'ruff')).toBe('0.6.9');
    expect(lockedVersion(lock, 'bandit')).toBeUndefined();
  });
  it('locked, then the input, then pyrelease\'s pin, then the newest — each said', () => {
    expect(pinTool({ tool: 'ruff', locked: '0.6.9', input: '0.7.0', fallback: undefined })).toEqual({ spec: 'ruff@0.6.9', version: '0.6.9', why: "ruff 0.6.9, the project's own (locked in uv.lock)" });
    expect(pinTool({ tool: 'ruff', locked: undefined, input: '0.7.0', fallback: undefined }).spec).toBe('ruff@0.7.0');
    expect(pinTool({ tool: 'bandit', locked: undefined, input: '', fallback: '1.9.4' }).spec).toBe('bandit@1.9.4');
    expect(pinTool({ tool: 'ruff', locked: undefined, input: '', fallback: undefined })).toMatchObject({ spec: 'ruff', why: expect.stringContaining("the index's newest ruff") });
  });
  it('the install line of the project\'s own tool manager', () => {
    const m = (pyproject: string, locks: Array<'uv.lock' | 'poetry.lock' | 'pdm.lock'> = []) => toolManager({ pyproject: toml(pyproject), locks: new Set(locks) });
    expect(installLine(m('', ['uv.lock']), 'ruff')).toBe('uv add --dev ruff');
    expect(installLine(m('[tool.poetry]\nname = "x"'), 'mypy')).toMatch(/^poetry add --group dev mypy/);
    expect(installLine(m('[tool.pdm]'), 'pytest')).toBe('pdm add -dG dev pytest');
    expect(installLine(m('[project]\nname = "x"'), 'ruff')).toMatch(/^pipx install ruff/);
  });
});

describe('ruff configuration errors', () => {
  it('ruff\'s exit 2 on a config it cannot parse becomes one line naming the file', () => {
    const stderr = 'ruff failed\n  Cause: Failed to parse /w/proj/pyproject.toml\n  Cause: TOML parse error at line 12, column 1\n   |\n12 | [tool.ruff.lint]\n   | ^^^^^^^^^^^^^^^^\nunknown field `selectt`, expected one of `select`, `ignore`\n';
    expect(ruffConfigError(2, stderr, '/w/proj')).toEqual({ code: 'GATE_CONFIG_INVALID', message: 'ruff cannot read its configuration in pyproject.toml:12:1: unknown field `selectt`, expected one of `select`, `ignore`', file: 'pyproject.toml', fix: expect.stringContaining('ruff check --show-settings') });
    expect(ruffConfigError(1, 'Found 3 errors.', '/w/proj')).toBeUndefined();
  });
});
