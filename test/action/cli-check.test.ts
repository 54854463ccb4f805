/** `pyrelease check`: the gates and the scan locally, through the same stage code as the action. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/action-run.js';
import { runCli } from '../harness/cli-run.js';
import { missingTools } from '../harness/tools.js';

const PATH = `${join(repoRoot, 'test', 'harness', 'fake-tools')}:/usr/bin:/bin`;
const haveTools = missingTools(['pytest', 'mypy', 'bandit']).length === 0;

function demo(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'check-')), 'demo');
  cpSync(join(repoRoot, 'examples', 'demo-package'), dir, { recursive: true });
  return dir;
}

describe.skipIf(!haveTools)('pyrelease check', () => {
  it('passes the demo package and prints the gates as one JSON object with --json', async () => {
    const run = await runCli(['check', '--cwd', demo(), '--json'], { PATH });
    expect(run.exitCode).toBe(0);
    const result = JSON.parse(run.stdout) as { passed: boolean; outputs: Record<string, string> };
    expect(result.passed).toBe(true);
    expect(result.outputs).toMatchObject({ quality_passed: 'true', pytest: 'passed', security_passed: 'true' });
  });

  it('fails with one line naming the gate when a test fails', async () => {
    const dir = demo();
    writeFileSync(join(dir, 'tests', 'test_broken.py'), 'def test_broken() -> None:\n    assert 1 + 1 == 3\n');
    const run = await runCli(['check', '--cwd', dir], { PATH });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/error: quality gates failed: pytest \(Python 3\.11\): 8 passed, 1 failed, 0 skipped — fix: fix what the annotations and the job summary list/);
  });
});

describe.skipIf(!haveTools)('pyrelease check: every gate reports, in one run', () => {
  it('a lint error, a type error and a bandit finding are all reported by one run; exit 1, nothing published', async () => {
    const dir = demo();
    writeFileSync(join(dir, 'src', 'demo_pkg', 'extra.py'), 'import os\nimport subprocess\n\n\ndef f(x: int) -> str:\n    return subprocess.call(x, shell=True)\n');
    const run = await runCli(['check', '--cwd', dir, '--python-versions', '3.11', '--json'], { PATH });
    expect(run.exitCode).toBe(1);
    const result = JSON.parse(run.stdout) as { passed: boolean; stages: Array<{ stage: string; status: string }>; outputs: Record<string, string> };
    expect(result.passed).toBe(false);
    expect(result.stages.map((s) => `${s.stage} ${s.status}`)).toEqual(['quality failed', 'security failed']);
    expect(result.outputs).toMatchObject({ ruff_lint: 'failed', mypy: 'failed', pytest: 'passed', security_passed: 'false' });
    expect(run.stderr).toMatch(/error: quality gates failed: ruff-lint: 1 finding\(s\) — fix: .* \[GATE_FAILED\] \(\+1 more problem: security scan failed: \d+ finding\(s\), 1 at or above severity medium/);
  });
});

describe.skipIf(!haveTools)('pyrelease check --publish', () => {
  it('adds the publish preflight: index reachable with trusted publishing, version not yet there; then already there', async () => {
    const { startPypiStandin } = await import('../standins/pypi/pypi-standin.js');
    const { buildDemo } = await import('../harness/built-demo.js');
    const apiToken = 'pypi-AgEIcHlwaS5vcmcCliPreflight000000000000000';
    const pypi = await startPypiStandin({ apiTokens: { [apiToken]: ['demo-pkg'] } });
    try {
      const dir = demo();
      const args = ['check', '--cwd', dir, '--skip-tests', '--publish', '--repository-url', pypi.uploadUrl, '--json'];
      const first = await runCli(args, { PATH });
      expect(first.exitCode, first.stderr).toBe(0);
      const checks = (JSON.parse(first.stdout) as { publish: { name: string; level: string; detail: string }[] }).publish;
      expect(checks).toEqual([
        { name: 'credentials', level: 'warn', detail: 'trusted publishing works only in GitHub Actions with id-token: write (not checked here)' },
        { name: 'index', level: 'ok', detail: `${new URL(pypi.url).host} offers trusted publishing (audience "pypi")` },
        { name: 'version', level: 'ok', detail: `demo-pkg 0.1.0 is not on ${new URL(pypi.url).host} yet` },
      ]);

      // Put 0.1.0 on the index with the machine's twine, as a maintainer might have by hand.
      const built = buildDemo();
      const { execFile } = await import('node:child_process');
      await new Promise<void>((done, fail) => execFile('/usr/bin/python3', ['-m', 'twine', 'upload', '--disable-progress-bar', '--repository-url', pypi.uploadUrl, '-u', '__token__', '-p', apiToken, built.wheel, built.sdist], { env: { PATH: '/usr/bin:/bin', HOME: dir } }, (e, out, err) => (e ? fail(new Error(out + err)) : done())));
      const second = await runCli(args, { PATH });
      const version = (JSON.parse(second.stdout) as { publish: { name: string; level: string; detail: string }[] }).publish.find((c) => c.name === 'version');
      expect(version).toEqual({ name: 'version', level: 'warn', detail: `${new URL(pypi.url).host} already has 2 file(s) of demo-pkg 0.1.0: files with the same sha256 are not sent again` });
    } finally {
      await pypi.close();
    }
  });
});
