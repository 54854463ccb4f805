/**
 * stage: quality with the real pytest and mypy (Debian's, on /usr/bin/python3 3.11) and ruff's
 * WebAssembly build behind ruff's command line (test/harness/fake-tools/ruff). The several-version
 * paths are in quality-versions.test.ts, the uv paths in quality-uv.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliRuntime } from '../../../src/adapters/runtime/cli-runtime.js';
import { runPipeline } from '../../../src/main.js';
import { qualityStage } from '../../../src/stages/quality.js';
import { testSettings } from '../../harness/settings.js';
import { repoRoot } from '../../harness/node-run.js';
import { project, runnerPath, runStage } from './fixture.js';

const demo = (p: string) => readFileSync(join(repoRoot, 'examples/demo-package', p), 'utf8');
const only311 = { pythonVersions: ['3.11'] };

describe('stage: quality', () => {
  it('passes the demo package on 3.11: ruff format, ruff lint, mypy, pytest, and says where each ran', async () => {
    const r = await runStage(qualityStage, project(), only311);
    expect(r.error).toBeUndefined();
    expect(r.outputs).toMatchObject({ quality_passed: 'true', ruff_format: 'passed', ruff_lint: 'passed', mypy: 'passed', pytest: 'passed', tests_skipped: 'false', tests_passed: '8', tests_failed: '0', lint_findings: '0', type_errors: '0' });
    expect(r.summary).toMatch(/\| pytest \| 3\.11 \| ✅ passed \| yes \| 8 passed, 0 failed, 0 skipped \|/);
    expect(r.summary).toContain('pytest ran on 1 of 1 Python version (3.11)');
    expect(r.summary).toMatch(/- ruff-format: ruff 0\.17\.4 \(on PATH\)/);
    expect(r.summary).toMatch(/- pytest \(Python 3\.11\): \/usr\/bin\/python3\.11 \(PATH\), Python 3\.11\.\d+/);
  });

  it('a lint error fails the stage with an annotation on its line', async () => {
    const r = await runStage(qualityStage, project({ 'src/demo_pkg/text.py': demo('src/demo_pkg/text.py').replace('import re\n', 'import os\nimport re\n') }), only311);
    expect(r.error?.message).toMatch(/^quality gates failed: ruff-lint: 1 finding/);
    expect(r.lines).toMatch(/error: src\/demo_pkg\/text\.py:3:8: `os` imported but unused/);
    expect(r.outputs).toMatchObject({ quality_passed: 'false', ruff_lint: 'failed', ruff_format: 'passed' });
  });

  it('a format error fails ruff format --check', async () => {
    const r = await runStage(qualityStage, project({ 'src/demo_pkg/numbers.py': demo('src/demo_pkg/numbers.py').replace('return max(low, min(high, value))', 'return max( low,min(high,value) )') }), only311);
    expect(r.error?.message).toMatch(/ruff-format: 1 file\(s\) to reformat/);
    expect(r.lines).toMatch(/error: src\/demo_pkg\/numbers\.py:1: file is not formatted/);
  });

  it('a type error is reported but does not block (mypy is advisory by default); mypy-blocking makes it block', async () => {
    const edit = { 'src/demo_pkg/extra.py': 'def f(x: int) -> str:\n    return x\n' };
    const r = await runStage(qualityStage, project(edit), only311);
    expect(r.error).toBeUndefined();
    expect(r.outputs).toMatchObject({ quality_passed: 'true', mypy: 'failed' });
    expect(r.lines).toMatch(/warning: src\/demo_pkg\/extra\.py:2:12: Incompatible return value type/);
    const blocking = await runStage(qualityStage, project(edit), { ...only311, mypyBlocking: true });
    expect(blocking.error?.message).toMatch(/mypy: 1 error/);
  });

  it('a failing test fails the stage and is listed with its message', async () => {
    const r = await runStage(qualityStage, project({ 'tests/test_broken.py': 'def test_broken() -> None:\n    assert 1 + 1 == 3, "arithmetic is broken"\n' }), only311);
    expect(r.error?.message).toMatch(/pytest \(Python 3\.11\): 8 passed, 1 failed, 0 skipped/);
    expect(r.summary).toMatch(/- `tests\.test_broken::test_broken`: AssertionError: arithmetic is broken/);
  });

  it('a syntax error fails ruff lint (and is reported by mypy), saying where', async () => {
    const r = await runStage(qualityStage, project({ 'src/demo_pkg/broken.py': 'def f(:\n    pass\n' }), only311);
    expect(r.outputs).toMatchObject({ quality_passed: 'false', ruff_lint: 'failed', mypy: 'failed' });
    expect(r.lines).toMatch(/error: src\/demo_pkg\/broken\.py:1:\d+: /);
  });

  it('skip_tests skips pytest loudly', async () => {
    const r = await runStage(qualityStage, project({ 'tests/test_broken.py': 'def test_broken() -> None:\n    assert 1 + 1 == 3\n' }), { skipTests: true });
    expect(r.error).toBeUndefined();
    expect(r.outputs).toMatchObject({ pytest: 'skipped', tests_skipped: 'true' });
    expect(r.summary).toContain('skip_tests: pytest was NOT run');
  });

  it('a missing ruff fails both ruff gates with the line for the project\'s tool manager; the other gates still run', async () => {
    const r = await runStage(qualityStage, project(), only311, { PATH: '/usr/bin:/bin' });
    expect(r.error?.message).toMatch(/ruff-format: ruff is not installed — fix: pipx install ruff/);
    expect(r.outputs).toMatchObject({ ruff_format: 'failed', ruff_lint: 'failed', mypy: 'passed', pytest: 'passed' });
  });

  it('ruff-version that the runner\'s ruff is not fails ruff, naming both releases', async () => {
    const r = await runStage(qualityStage, project(), { ...only311, ruffVersion: '0.6.9' });
    expect(r.error?.message).toMatch(/ruff-format: ruff 0\.17\.4 is on the runner \(ruff\) but ruff-version asks for 0\.6\.9 — fix: install that release \(pip install ruff==0\.6\.9\)/);
  });
});

describe('stage: quality — what the project declares', () => {
  it('a declared version the runner lacks fails by default; missing-python: skip makes it a loud skip', async () => {
    const failing = await runStage(qualityStage, project(), { pythonVersions: ['3.11', '3.99'] });
    expect(failing.error?.message).toMatch(/pytest \(Python 3\.99\): Python 3\.99 is not on this runner/);
    expect(failing.outputs).toMatchObject({ quality_passed: 'false', pytest: 'failed' });
    const skipping = await runStage(qualityStage, project(), { pythonVersions: ['3.11', '3.99'], missingPython: 'skip' });
    expect(skipping.error).toBeUndefined();
    expect(skipping.summary).toMatch(/\| pytest \| 3\.99 \| ⏭️ skipped \| yes \| Python 3\.99 is not on this runner .* — skipped \(missing-python: skip\)/);
    expect(skipping.summary).toContain('pytest ran on 1 of 2 Python versions (3.11)');
  });

  it('zero pytest runs is a failure, even when every missing version is skipped', async () => {
    const r = await runStage(qualityStage, project(), { pythonVersions: ['3.98', '3.99'], missingPython: 'skip' });
    expect(r.error?.message).toMatch(/pytest: pytest ran on none of the 2 declared Python version\(s\)/);
    expect(r.outputs).toMatchObject({ quality_passed: 'false', pytest: 'failed', tests_passed: '0' });
  });

  it('mypy with no target configured checks the package source (src and flat layouts) instead of exiting 2', async () => {
    const pyproject = demo('pyproject.toml').replace('files = ["src"]\n', '');
    const src = await runStage(qualityStage, project({ 'pyproject.toml': pyproject }), only311);
    expect(src.outputs.mypy).toBe('passed');
    expect(src.summary).toMatch(/\| mypy \| {2}\| ✅ passed \| no \| no errors in src\/demo_pkg \|/);
    const flatDir = project({ 'pyproject.toml': pyproject.replace('packages = ["src/demo_pkg"]', 'packages = ["demo_pkg"]').replace('pythonpath = ["src"]', 'pythonpath = ["."]') });
    rmSync(join(flatDir, 'src'), { recursive: true });
    writeFileSync(join(flatDir, 'tests', '__init__.py'), '');
    const flat = await runStage(qualityStage, project({ 'demo_pkg/__init__.py': demo('src/demo_pkg/__init__.py'), 'demo_pkg/text.py': demo('src/demo_pkg/text.py'), 'demo_pkg/numbers.py': demo('src/demo_pkg/numbers.py'), 'demo_pkg/cli.py': demo('src/demo_pkg/cli.py'), 'demo_pkg/py.typed': '' }, flatDir), only311);
    expect(flat.outputs).toMatchObject({ mypy: 'passed', pytest: 'passed' });
    expect(flat.summary).toMatch(/no errors in demo_pkg \|/);
  });

  it('a local .venv is nobody\'s code: ruff and mypy leave it out, and tests still run', async () => {
    const r = await runStage(qualityStage, project({ '.venv/pyvenv.cfg': 'home = /usr/bin\nversion = 3.11.2\n', '.venv/lib/python3.11/site-packages/bad.py': 'import os\nx: int = "no"\n' }), only311);
    expect(r.outputs).toMatchObject({ ruff_lint: 'passed', ruff_format: 'passed', mypy: 'passed', pytest: 'passed' });
  });

  it('a broken [tool.mypy] or [tool.ruff] is one line naming the file and the fix', async () => {
    const mypy = await runStage(qualityStage, project({ 'pyproject.toml': demo('pyproject.toml').replace('files = ["src"]', 'files = 3') }), only311);
    expect(mypy.error).toMatchObject({ code: 'GATE_CONFIG_INVALID', message: 'pyproject.toml [tool.mypy] files is the number 3, not a string or a list of strings' });
    const ruff = await runStage(qualityStage, project({ 'pyproject.toml': demo('pyproject.toml').replace('line-length = 100', 'line-length = "long"') }), only311);
    expect(ruff.error).toMatchObject({ code: 'GATE_CONFIG_INVALID', message: 'ruff cannot read its configuration in pyproject.toml: invalid type: string "long", expected i64' });
  });

  it('an invalid requires-python is one line naming the file', async () => {
    const r = await runStage(qualityStage, project({ 'pyproject.toml': demo('pyproject.toml').replace('requires-python = ">=3.9"', 'requires-python = ">=3.x"').replace(/classifiers = \[[^\]]*\]\n/, '') }));
    expect(r.error).toMatchObject({ code: 'PYTHON_CONSTRAINT_INVALID', message: 'pyproject.toml [project] requires-python is ">=3.x", which is not a PEP 440 version specifier' });
  });

  it('runs in the package\'s directory when the config keys it below the root ("packages": {"pkg": …})', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gates-subdir-'));
    cpSync(join(repoRoot, 'examples', 'demo-package'), join(root, 'pkg'), { recursive: true });
    writeFileSync(join(root, '.release-please-config.json'), '{"packages": {"pkg": {"release-type": "python"}}}\n');
    const runtime = new CliRuntime(false, () => {});
    const settings = testSettings({ stage: 'quality', workingDirectory: root, tempDir: mkdtempSync(join(tmpdir(), 'runner-temp-')), pythonVersions: ['3.11'] });
    const saved = process.env.PATH;
    process.env.PATH = runnerPath;
    try {
      await runPipeline(settings, runtime, { now: () => Date.now(), sleep: async () => {}, today: () => '2026-01-01' });
    } finally {
      process.env.PATH = saved;
    }
    expect(Object.fromEntries(runtime.outputs)).toMatchObject({ quality_passed: 'true', pytest: 'passed', tests_passed: '8' });
  });

  it('a project in a subdirectory of the repository is gated there (working-directory)', async () => {
    const repo = project({}, join(repoRoot, 'examples'));
    const r = await runStage(qualityStage, join(repo, 'demo-package'), only311);
    expect(r.outputs).toMatchObject({ quality_passed: 'true', tests_passed: '8' });
  });
});
