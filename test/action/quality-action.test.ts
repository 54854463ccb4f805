/** node dist/index.js, stage: quality: tool output is printed inert, findings become annotations. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runAction } from '../harness/action-run.js';
import { missingTools } from '../harness/tools.js';

const haveTools = missingTools(['pytest', 'mypy']).length === 0;

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

  it("hands the step's env: to the tests, and none of the action's secrets", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'qa-')), 'demo');
    cpSync(join(repoRoot, 'examples', 'demo-package'), dir, { recursive: true });
    const secrets = { token: 'ghs_stepTokenSentinel0000000000000000', password: 'pypi-AgEIcHlwaS5vcmcPasswordSentinel', oidc: 'oidc-request-token-sentinel', runtime: 'runtime-token-sentinel' };
    const tuple = (xs: string[]) => ['(', ...xs.map((x) => `    ${JSON.stringify(x)},`), ')'];
    writeFileSync(join(dir, 'tests', 'test_env.py'), [
      'import os', '',
      'SECRET_NAMES = ', ...tuple(['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_TOKEN', 'INPUT_TOKEN', 'INPUT_PASSWORD']),
      'SECRET_VALUES = ', ...tuple(Object.values(secrets)), '', '',
      'def test_the_workflow_env_reaches_the_tests() -> None:',
      '    assert os.environ.get("DEMO_SETTING") == "on"',
      '    assert os.environ.get("DATABASE_URL") == "postgres://127.0.0.1/test"',
      '    assert os.environ.get("LD_LIBRARY_PATH") == "/opt/hostedtoolcache/Python/3.11.7/x64/lib"',
      '    assert os.environ.get("CI") == "true"',
      '    assert os.environ.get("GITHUB_ACTIONS") == "true"', '', '',
      'def test_no_secret_of_the_action_reaches_the_tests() -> None:',
      '    for name in SECRET_NAMES:',
      '        assert name not in os.environ, name',
      '    values = set(os.environ.values())',
      '    for value in SECRET_VALUES:',
      '        assert value not in values', '',
    ].join('\n').replace(/= \n\(/g, '= ('));
    const run = await runAction({
      workspace: dir,
      inputs: { stage: 'quality', 'python-versions': '3.11', token: secrets.token, password: secrets.password },
      env: { PATH: `${join(repoRoot, 'test', 'harness', 'fake-tools')}:/usr/bin:/bin`, DEMO_SETTING: 'on', DATABASE_URL: 'postgres://127.0.0.1/test', LD_LIBRARY_PATH: '/opt/hostedtoolcache/Python/3.11.7/x64/lib', ACTIONS_ID_TOKEN_REQUEST_TOKEN: secrets.oidc, ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token', ACTIONS_RUNTIME_TOKEN: secrets.runtime, COPY_OF_TOKEN: secrets.token },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ pytest: 'passed', tests_passed: '10', tests_failed: '0' });
  });
});
