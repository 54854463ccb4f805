/** node dist/index.js, stage: quality: tool output is printed inert, findings become annotations. */
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runAction } from '../harness/action-run.js';

const haveTools = existsSync('/usr/lib/python3/dist-packages/mypy');

describe.skipIf(!haveTools)('the action, stage: quality', () => {
  it('keeps workflow commands printed by a test inert, and annotates the failure', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'qa-')), 'demo');
    cpSync(join(repoRoot, 'examples', 'demo-package'), dir, { recursive: true });
    writeFileSync(join(dir, 'tests', 'test_inject.py'), 'def test_inject() -> None:\n    print("::error::injected by a test")\n    print("::add-mask::oops")\n    assert 1 + 1 == 3\n');
    const run = await runAction({ workspace: dir, inputs: { stage: 'quality', 'python-versions': '3.11' }, env: { PATH: `${join(repoRoot, 'test', 'harness', 'fake-tools')}:/usr/bin:/bin` } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error::injected by a test');
    expect(run.annotations.map((a) => a.message)).not.toContain('injected by a test');
    expect(run.masks).not.toContain('oops');
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(/^quality gates failed: pytest \(Python 3\.11\): 8 passed, 1 failed/)]);
    expect(run.outputs).toMatchObject({ quality_passed: 'false', pytest: 'failed' });
    expect(run.summary).toContain('`tests.test_inject::test_inject`');
  });
});
