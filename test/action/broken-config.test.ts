/** The done-when: a broken config gives one line that names the file and the problem, exit 1. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction } from '../harness/action-run.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ws-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('node dist/index.js with a broken configuration', () => {
  it('prints one error line naming the file, line and column of invalid JSON, and exits 1', async () => {
    const ws = workspace({ '.release-please-config.json': '{\n  "packages": {\n    ".": {"release-type": "python",}\n  }\n}\n', '.release-please-manifest.json': '{".": "1.0.0"}' });
    const run = await runAction({ workspace: ws, inputs: { stage: 'release' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(1);
    const line = run.annotations[0]!.message;
    expect(line).toMatch(/^\.release-please-config\.json:3:\d+: invalid JSON/);
    expect(line).not.toContain('\n');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
    expect(run.summary).toContain('CONFIG_INVALID_JSON');
  });

  it('names the key and the fix for a wrong type, and lists every problem in the summary', async () => {
    const ws = workspace({
      '.release-please-config.json': JSON.stringify({ packages: { '.': { 'release-type': 'node', 'bump-minor-pre-major': 'yes' } } }),
      '.release-please-manifest.json': '{".": "one"}',
    });
    const run = await runAction({ workspace: ws, inputs: { stage: 'release' } });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('.release-please-config.json');
    expect(errors[0]!.message).toContain('fix:');
    expect(run.summary).toContain('bump-minor-pre-major');
    expect(run.summary).toContain('release-type');
  });

  it('names the manifest when its version is not semver', async () => {
    const ws = workspace({ '.release-please-config.json': '{"packages": {".": {}}}', '.release-please-manifest.json': '{".": "one"}' });
    const run = await runAction({ workspace: ws, inputs: { stage: 'release' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toMatch(/^\.release-please-manifest\.json(:\d+:\d+)?: "\." must be a version like "1\.2\.3", got "one"/);
  });

  it('falls back to release-please\'s own config name, and fails a missing config with what to create', async () => {
    const none = await runAction({ workspace: workspace({ '.release-please-manifest.json': '{".": "1.0.0"}' }), inputs: { stage: 'release' } });
    expect(none.exitCode).toBe(1);
    expect(none.annotations[0]!.message).toMatch(/\.release-please-config\.json: release-please config file not found.*fix: create/);
    const theirs = await runAction({ workspace: workspace({ 'release-please-config.json': '{"packages": {".": {"release-type": "python"}}}', '.release-please-manifest.json': '{".": "1.0.0"}' }), inputs: { stage: 'release' } });
    // The config was found under release-please's name: the run got as far as needing a token.
    expect(theirs.annotations[0]!.message).toMatch(/^no GitHub token was given/);
  });

  it('force_publish without a pyproject.toml: one line naming the file, nothing built', async () => {
    const run = await runAction({ workspace: workspace({ '.release-please-config.json': '{"packages": {".": {}}}', '.release-please-manifest.json': '{".": "1.0.0"}' }), inputs: { stage: 'publish', force_publish: 'true', 'repository-url': 'http://127.0.0.1:9/legacy/' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([expect.stringMatching(/^pyproject.toml: no pyproject.toml in .* — fix: set working-directory to the Python project.*\[PYPROJECT_MISSING\]$/)]);
  });

  it('rejects a bad input before doing anything', async () => {
    const run = await runAction({ workspace: workspace({}), inputs: { stage: 'deploy' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toBe("input 'stage' must be one of all, quality, security, release, publish, validate, rollback, preview, got \"deploy\" — fix: write stage: all (or one of all | quality | security | release | publish | validate | rollback | preview) [INPUT_BAD_CHOICE]");
  });
});
