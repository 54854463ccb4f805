/**
 * The gates of a uv workspace with several packages and no path input: only the members changed
 * since their release and the members depending on them are scanned, each in its own directory,
 * through the same security stage (real bandit); the summary says who was tested and why.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateProject } from '../../../src/adapters/workspace/release-config-files.js';
import { securityStage } from '../../../src/stages/security.js';
import { gitEnv } from '../../harness/fast-import.js';
import { runStage } from './fixture.js';

const risky = 'import subprocess\n\n\ndef run(cmd: str) -> int:\n    return subprocess.call(cmd, shell=True)\n';
const member = (name: string, deps: string[] = []) => `[project]\nname = "${name}"\nversion = "1.0.0"\ndependencies = ${JSON.stringify(deps)}\n`;

/** A workspace repository: every member released (tagged), then `change` committed. */
function workspace(change: Record<string, string>, untouched: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ws-gates-'));
  const write = (files: Record<string, string>) => {
    for (const [p, c] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), c);
    }
  };
  const git = (args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...gitEnv, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' } });
  git(['init', '-q', '-b', 'main']);
  write({
    '.release-please-config.json': '{"packages": {}}\n',
    '.release-please-manifest.json': '{"packages/core": "1.0.0", "packages/cli": "1.0.0", "packages/api": "1.0.0"}\n',
    'pyproject.toml': '[tool.uv.workspace]\nmembers = ["packages/*"]\n',
    'packages/core/pyproject.toml': member('core'),
    'packages/core/core/__init__.py': '',
    'packages/cli/pyproject.toml': member('cli', ['core>=1.0']),
    'packages/cli/cli/__init__.py': '',
    'packages/api/pyproject.toml': member('api'),
    'packages/api/api/__init__.py': '',
    ...untouched,
  });
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'chore: release main']);
  for (const t of ['core-v1.0.0', 'cli-v1.0.0', 'api-v1.0.0']) git(['tag', t]);
  write(change);
  git(['add', '-A']);
  git(['commit', '-q', '-m', 'fix: core learns dates']);
  return dir;
}

const several = { severalPackages: { configFile: '.release-please-config.json', paths: ['packages/api', 'packages/cli', 'packages/core'] } };

describe('stage: security for a uv workspace', () => {
  it('scans the changed member and its dependent, not the untouched one, and says why', async () => {
    // api holds a finding, but nothing of api changed since api-v1.0.0: it is not scanned.
    const r = await runStage(securityStage, workspace({ 'packages/core/core/dates.py': 'x = 1\n' }, { 'packages/api/api/shell.py': risky }), {}, {}, several);
    expect(r.error).toBeUndefined();
    expect(r.summary).toContain('| core (`packages/core`) | changed | ✅ passed |');
    expect(r.summary).toContain('| cli (`packages/cli`) | depends on core | ✅ passed |');
    expect(r.summary).toContain('| api (`packages/api`) | not tested: unchanged since its release, depends on no changed member | — |');
    expect(r.outputs.security_passed).toBe('true');
  });

  it('a gates-only run finds the derived packages ("packages": {}), so the stage acts on the workspace, not on a guess', () => {
    const dir = workspace({ 'packages/core/core/dates.py': 'x = 1\n' });
    expect(locateProject(dir, undefined)).toEqual({ projectDir: undefined, configFile: '.release-please-config.json', paths: ['packages/api', 'packages/cli', 'packages/core'] });
    expect(locateProject(dir, undefined, 'packages/cli')).toEqual({ projectDir: join(dir, 'packages/cli') });
  });

  it("a dependent's finding fails the scan, naming the member", async () => {
    const r = await runStage(securityStage, workspace({ 'packages/core/core/dates.py': 'x = 1\n' }, { 'packages/cli/cli/shell.py': risky }), {}, {}, several);
    expect(r.error?.message).toMatch(/^Security scan failed for cli: .*1 at or above severity medium/);
    expect(r.error?.message).not.toMatch(/core:/);
  });
});
