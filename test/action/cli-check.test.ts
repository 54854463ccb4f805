/** `pyrelease check`: the gates and the scan locally, through the same stage code as the action. */
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/action-run.js';
import { runCli } from '../harness/cli-run.js';

const PATH = `${join(repoRoot, 'test', 'harness', 'fake-tools')}:/usr/bin:/bin`;
const haveTools = existsSync('/usr/lib/python3/dist-packages/mypy') && existsSync('/usr/lib/python3/dist-packages/bandit');

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
