/**
 * What a child process sees: the user's whole environment (a step's env:, LD_LIBRARY_PATH from
 * actions/setup-python, PYTHONPATH, CI, UV_ and PIP_ settings) minus this action's own credentials.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runProcess, withholdFromChildren } from '../../../src/adapters/process/run-process.js';

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

async function childEnv(): Promise<Record<string, string>> {
  const r = await runProcess(process.execPath, ['-e', 'process.stdout.write(JSON.stringify(process.env))'], { cwd: process.cwd(), timeoutMs: 20_000 });
  return JSON.parse(r.stdout) as Record<string, string>;
}

describe('a child process environment', () => {
  it('inherits what the workflow set for the project and its tools', async () => {
    Object.assign(process.env, { DEMO_SETTING: 'on', DATABASE_URL: 'postgres://localhost/test', LD_LIBRARY_PATH: '/opt/hostedtoolcache/Python/3.12.7/x64/lib', PYTHONPATH: '/extra', CI: 'true', GITHUB_ACTIONS: 'true', UV_INDEX_URL: 'https://mirror/simple', PIP_EXTRA_INDEX_URL: 'https://mirror2/simple' });
    const env = await childEnv();
    for (const k of ['DEMO_SETTING', 'DATABASE_URL', 'LD_LIBRARY_PATH', 'PYTHONPATH', 'CI', 'GITHUB_ACTIONS', 'UV_INDEX_URL', 'PIP_EXTRA_INDEX_URL']) expect(env[k]).toBe(process.env[k]);
  });

  it('never sees the OIDC request pair, the runtime token, the GitHub token or any input', async () => {
    Object.assign(process.env, { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-secret', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/x', ACTIONS_RUNTIME_TOKEN: 'runtime-secret', GITHUB_TOKEN: 'ghs_secret', INPUT_TOKEN: 'ghs_secret', INPUT_PASSWORD: 'pypi-secret', 'INPUT_NOTIFY-WEBHOOK': 'https://hooks.example/secret' });
    const env = await childEnv();
    for (const k of ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_TOKEN', 'INPUT_TOKEN', 'INPUT_PASSWORD', 'INPUT_NOTIFY-WEBHOOK']) expect(env).not.toHaveProperty(k);
    expect(JSON.stringify(env)).not.toMatch(/secret/);
  });

  it('never sees a variable that carries a secret the run holds, whatever its name', async () => {
    process.env.MY_COPY_OF_THE_TOKEN = 'pypi-AgEIcHlwaS5vcmc-minted';
    withholdFromChildren('pypi-AgEIcHlwaS5vcmc-minted');
    expect(await childEnv()).not.toHaveProperty('MY_COPY_OF_THE_TOKEN');
  });
});
