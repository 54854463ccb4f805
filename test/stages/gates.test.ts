/**
 * stage: quality and stage: security on the demo package and broken variants, with the real
 * pytest, mypy and bandit (Debian's, under /usr/bin) and ruff's WebAssembly build behind a
 * ruff-compatible command (test/harness/fake-tools/ruff): native ruff and uv have no package here.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GitRepository } from '../../src/adapters/git/repository.js';
import { CliRuntime } from '../../src/adapters/runtime/cli-runtime.js';
import type { Settings } from '../../src/settings/settings.js';
import { qualityStage } from '../../src/stages/quality.js';
import { securityStage } from '../../src/stages/security.js';
import type { StageDefinition } from '../../src/stages/stage.js';
import { repoRoot } from '../harness/action-run.js';
import { createServices, runPipeline } from '../../src/main.js';
import { testSettings } from '../harness/settings.js';

const fakeTools = join(repoRoot, 'test', 'harness', 'fake-tools');
const haveTools = ['pytest', 'mypy', 'bandit'].every((m) => existsSync(`/usr/lib/python3/dist-packages/${m === 'pytest' ? '_pytest' : m}`));

beforeAll(() => {
  // The runner's plain interpreter: Debian's python3 with the tools; ruff through the wasm stand-in.
  process.env.PATH = `${fakeTools}:/usr/bin:/bin`;
});

function project(edit: Record<string, string> = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'gates-')), 'demo-package');
  cpSync(join(repoRoot, 'examples', 'demo-package'), dir, { recursive: true });
  for (const [p, c] of Object.entries(edit)) writeFileSync(join(dir, p), c);
  return dir;
}

async function run(stage: StageDefinition, dir: string, overrides: Partial<Settings> = {}) {
  const lines: string[] = [];
  const runtime = new CliRuntime(false, (t) => lines.push(t));
  const settings = testSettings({ workingDirectory: dir, tempDir: mkdtempSync(join(tmpdir(), 'runner-temp-')), ...overrides });
  const clock = { now: () => Date.now(), sleep: async () => {}, today: () => '2026-01-01' };
  const ctx = { settings, runtime, clock, results: {}, services: { ...createServices(settings, runtime, clock), github: () => { throw new Error('no GitHub in gates'); } } };
  try {
    const outcome = await stage.run(ctx);
    return { outcome, error: undefined, lines: lines.join(''), outputs: outcome.outputs, summary: outcome.summary ?? '' };
  } catch (error) {
    return { outcome: undefined, error: error as Error, lines: lines.join(''), outputs: Object.fromEntries(runtime.outputs), summary: runtime.summary.join('') };
  }
}

describe.skipIf(!haveTools)('stage: quality', () => {
  it('passes the demo package: ruff format, ruff lint, mypy, pytest', async () => {
    const r = await run(qualityStage, project());
    expect(r.error).toBeUndefined();
    expect(r.outputs).toMatchObject({ quality_passed: 'true', ruff_format: 'passed', ruff_lint: 'passed', mypy: 'passed', pytest: 'passed', tests_skipped: 'false', tests_passed: '8', tests_failed: '0', lint_findings: '0', type_errors: '0' });
    // No python-versions input: the classifiers decide (3.9–3.13); only the runner's 3.11 exists here.
    expect(r.summary).toMatch(/\| pytest \| 3\.11 \| ✅ passed \| yes \| 8 passed, 0 failed, 0 skipped \|/);
    expect(r.summary).toMatch(/\| pytest \| 3\.9 \| ⏭️ skipped \| yes \| Python 3\.9 is not on this runner/);
  });

  it('runs in the package\'s directory when the config keys it below the root ("packages": {"pkg": …})', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gates-subdir-'));
    cpSync(join(repoRoot, 'examples', 'demo-package'), join(root, 'pkg'), { recursive: true });
    writeFileSync(join(root, '.release-please-config.json'), '{"packages": {"pkg": {"release-type": "python"}}}\n');
    const lines: string[] = [];
    const runtime = new CliRuntime(false, (t) => lines.push(t));
    const settings = testSettings({ stage: 'quality', workingDirectory: root, tempDir: mkdtempSync(join(tmpdir(), 'runner-temp-')) });
    await runPipeline(settings, runtime, { now: () => Date.now(), sleep: async () => {}, today: () => '2026-01-01' });
    expect(Object.fromEntries(runtime.outputs)).toMatchObject({ quality_passed: 'true', pytest: 'passed', tests_passed: '8' });
  });

  it('a lint error fails the stage with an annotation on its line', async () => {
    const r = await run(qualityStage, project({ 'src/demo_pkg/text.py': readFileSync(join(repoRoot, 'examples/demo-package/src/demo_pkg/text.py'), 'utf8').replace('import re\n', 'import os\nimport re\n') }));
    expect(r.error?.message).toMatch(/^quality gates failed: ruff-lint: 1 finding/);
    expect(r.lines).toMatch(/error: src\/demo_pkg\/text\.py:3:8: `os` imported but unused/);
    expect(r.outputs).toMatchObject({ quality_passed: 'false', ruff_lint: 'failed', ruff_format: 'passed' });
  });

  it('a format error fails ruff format --check', async () => {
    const r = await run(qualityStage, project({ 'src/demo_pkg/numbers.py': readFileSync(join(repoRoot, 'examples/demo-package/src/demo_pkg/numbers.py'), 'utf8').replace('return max(low, min(high, value))', 'return max( low,min(high,value) )') }));
    expect(r.error?.message).toMatch(/ruff-format: 1 file\(s\) to reformat/);
    expect(r.lines).toMatch(/error: src\/demo_pkg\/numbers\.py:1: file is not formatted/);
  });

  it('a type error is reported but does not block (mypy is advisory by default)', async () => {
    const r = await run(qualityStage, project({ 'src/demo_pkg/extra.py': 'def f(x: int) -> str:\n    return x\n' }));
    expect(r.error).toBeUndefined();
    expect(r.outputs).toMatchObject({ quality_passed: 'true', mypy: 'failed' });
    expect(r.lines).toMatch(/warning: src\/demo_pkg\/extra\.py:2:12: Incompatible return value type/);
  });

  it('mypy-blocking makes the same type error fail the stage', async () => {
    const r = await run(qualityStage, project({ 'src/demo_pkg/extra.py': 'def f(x: int) -> str:\n    return x\n' }), { mypyBlocking: true });
    expect(r.error?.message).toMatch(/mypy: 1 error/);
  });

  it('a failing test fails the stage and is listed with its message', async () => {
    const r = await run(qualityStage, project({ 'tests/test_broken.py': 'def test_broken() -> None:\n    assert 1 + 1 == 3, "arithmetic is broken"\n' }), { pythonVersions: ['3.11'] });
    expect(r.error?.message).toMatch(/pytest \(Python 3\.11\): 8 passed, 1 failed, 0 skipped/);
    expect(r.summary).toMatch(/- `tests\.test_broken::test_broken`: AssertionError: arithmetic is broken/);
  });

  it('a syntax error fails ruff lint (and is reported by mypy), saying where', async () => {
    const r = await run(qualityStage, project({ 'src/demo_pkg/broken.py': 'def f(:\n    pass\n' }), { pythonVersions: ['3.11'] });
    expect(r.outputs).toMatchObject({ quality_passed: 'false', ruff_lint: 'failed', mypy: 'failed' });
    expect(r.lines).toMatch(/error: src\/demo_pkg\/broken\.py:1:\d+: /);
  });

  it('skip_tests skips pytest loudly', async () => {
    const r = await run(qualityStage, project({ 'tests/test_broken.py': 'def test_broken() -> None:\n    assert 1 + 1 == 3\n' }), { skipTests: true });
    expect(r.error).toBeUndefined();
    expect(r.outputs).toMatchObject({ pytest: 'skipped', tests_skipped: 'true' });
    expect(r.summary).toContain('skip_tests: pytest was NOT run');
  });

  it('a Python version the runner lacks is reported as skipped, not passed', async () => {
    const r = await run(qualityStage, project(), { pythonVersions: ['3.11', '3.99'] });
    expect(r.summary).toMatch(/\| pytest \| 3\.11 \| ✅ passed/);
    expect(r.summary).toMatch(/\| pytest \| 3\.99 \| ⏭️ skipped \| yes \| Python 3\.99 is not on this runner/);
  });

  it('a missing ruff fails its blocking gates and says how to install it', async () => {
    process.env.PATH = '/usr/bin:/bin';
    try {
      const r = await run(qualityStage, project());
      expect(r.error?.message).toMatch(/ruff-format: ruff is not installed — fix: pip install ruff/);
      expect(r.outputs).toMatchObject({ ruff_format: 'failed', ruff_lint: 'failed', pytest: 'passed' });
    } finally {
      process.env.PATH = `${fakeTools}:/usr/bin:/bin`;
    }
  });
});

describe.skipIf(!haveTools)('stage: security', () => {
  const risky = 'import subprocess\n\n\ndef run(cmd: str) -> int:\n    return subprocess.call(cmd, shell=True)\n';

  it('passes the demo package and writes an empty SARIF 2.1.0 log', async () => {
    const r = await run(securityStage, project());
    expect(r.error).toBeUndefined();
    const sarif = JSON.parse(readFileSync(r.outputs.sarif_file!, 'utf8')) as { version: string; runs: Array<{ tool: { driver: { name: string } }; results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.tool.driver.name).toBe('bandit');
    expect(sarif.runs[0]!.results).toEqual([]);
  });

  it('a high-severity finding fails the scan, is annotated and lands in the SARIF', async () => {
    const r = await run(securityStage, project({ 'src/demo_pkg/shell.py': risky }));
    expect(r.error?.message).toMatch(/^security scan failed: \d+ finding\(s\), 1 at or above severity medium and confidence medium/);
    expect(r.lines).toMatch(/error: src\/demo_pkg\/shell\.py:5(:\d+)?: subprocess call with shell=True/);
    const sarif = JSON.parse(readFileSync(r.outputs.sarif_file!, 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> };
    const hit = sarif.runs[0]!.results.find((x) => x.ruleId.startsWith('B602'))!;
    expect(hit.level).toBe('error');
    expect(hit.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: 'src/demo_pkg/shell.py' }, region: { startLine: 5 } });
  });

  it('honours # nosec and the severity threshold', async () => {
    const nosec = await run(securityStage, project({ 'src/demo_pkg/shell.py': risky.replace('shell=True)', 'shell=True)  # nosec B602') }));
    expect(nosec.error).toBeUndefined();
    const high = await run(securityStage, project({ 'src/demo_pkg/shell.py': 'import subprocess  # low severity only\n' }), { banditSeverity: 'HIGH' });
    expect(high.error).toBeUndefined();
  });
});

describe.skipIf(!haveTools)('the uv path and CodeQL, through recording fakes (neither has a package here)', () => {
  const fakeUv = join(repoRoot, 'test', 'harness', 'fake-uv');
  const fakeCodeql = join(repoRoot, 'test', 'harness', 'fake-codeql');

  it('a project with uv.lock runs every tool through uv run --python X / uvx, and passes', async () => {
    const logDir = mkdtempSync(join(tmpdir(), 'uvlog-'));
    const log = join(logDir, 'fake-uv.log');
    const savedTmp = process.env.TMPDIR;
    process.env.PATH = `${fakeUv}:${fakeTools}:/usr/bin:/bin`;
    process.env.TMPDIR = logDir;
    try {
      const r = await run(qualityStage, project({ 'uv.lock': 'version = 1\nrequires-python = ">=3.9"\n' }), { pythonVersions: ['3.11'] });
      expect(r.error).toBeUndefined();
      expect(r.summary).toContain('tools run through uv');
      const calls = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[]);
      expect(calls).toContainEqual(['uvx', 'ruff', 'format', '--check', '.']);
      expect(calls).toContainEqual(['uvx', 'ruff', 'check', '--output-format=json', '--no-fix', '.']);
      expect(calls.find((c) => c.includes('pytest'))?.slice(0, 7)).toEqual(['uv', 'run', '--python', '3.11', '--', 'python', '-m']);
      expect(calls.find((c) => c.includes('mypy'))?.slice(0, 5)).toEqual(['uv', 'run', '--', 'python', '-m']);
    } finally {
      process.env.PATH = `${fakeTools}:/usr/bin:/bin`;
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
    }
  });

  it('runs CodeQL when its CLI is on PATH, advisory, with its SARIF as an output', async () => {
    const logDir = mkdtempSync(join(tmpdir(), 'cqlog-'));
    const log = join(logDir, 'fake-codeql.log');
    const savedTmp = process.env.TMPDIR;
    process.env.PATH = `${fakeCodeql}:${fakeTools}:/usr/bin:/bin`;
    process.env.TMPDIR = logDir;
    try {
      const r = await run(securityStage, project());
      expect(r.error).toBeUndefined();
      expect(r.summary).toMatch(/\| codeql \| {2}\| ✅ passed \| no \| 1 result\(s\), advisory/);
      expect(existsSync(r.outputs.codeql_sarif_file!)).toBe(true);
      const calls = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as string[]);
      expect(calls.map((c) => c.slice(0, 2).join(' '))).toEqual(['--version', 'database create', 'database analyze']);
    } finally {
      process.env.PATH = `${fakeTools}:/usr/bin:/bin`;
      if (savedTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = savedTmp;
    }
  });

  it('says how to enable CodeQL when its CLI is absent, and never blocks', async () => {
    const r = await run(securityStage, project());
    expect(r.summary).toMatch(/\| codeql \| {2}\| ⏭️ skipped \| no \| not run: the codeql CLI is not on PATH/);
  });
});
