/** `pyrelease plan`: the JSON contract, the readable preview, historical refs, shallow clones and bad input. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitEnv, importHistory } from '../harness/fast-import.js';
import { runCli } from '../harness/cli-run.js';

const config = '{"packages": {".": {"release-type": "python"}}}\n';
const files = (version: string) => ({
  '.release-please-config.json': config,
  '.release-please-manifest.json': `{\n  ".": "${version}"\n}\n`,
  'pyproject.toml': `[project]\nname = "widget"\n# the version is edited in place\nversion = "${version}"\n`,
  'src/widget/__init__.py': `__version__ = "${version}"\n`,
});

function history(): string {
  return importHistory([
    { message: 'chore: release 1.2.0', files: files('1.2.0'), tag: 'v1.2.0' },
    { message: 'fix: handle empty input (#11)' },
    { message: 'docs: say how' },
    { message: 'feat(api): add retries\n\nRefs: #12' },
  ]);
}

const env = { GITHUB_REPOSITORY: 'acme/widget' };

describe('pyrelease plan', () => {
  it('prints exactly one JSON object with the contract fields', async () => {
    const run = await runCli(['plan', '--cwd', history(), '--json', '--date', '2026-01-02'], env);
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const plan = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(plan).slice(0, 10)).toEqual(['version', 'tag', 'previousVersion', 'previousTag', 'title', 'body', 'changelogEntry', 'files', 'commits', 'reasons']);
    expect(plan).toMatchObject({ version: '1.3.0', tag: 'v1.3.0', previousVersion: '1.2.0', previousTag: 'v1.2.0', title: 'chore(main): release 1.3.0', commits: 3 });
    const newFiles = plan.files as Record<string, string>;
    expect(Object.keys(newFiles)).toEqual(['.release-please-manifest.json', 'CHANGELOG.md', 'pyproject.toml', 'src/widget/__init__.py']);
    expect(newFiles['pyproject.toml']).toBe('[project]\nname = "widget"\n# the version is edited in place\nversion = "1.3.0"\n');
    expect(plan.changelogEntry).toMatch(/^## \[1\.3\.0\]\(https:\/\/github\.com\/acme\/widget\/compare\/v1\.2\.0\.\.\.v1\.3\.0\) \(2026-01-02\)/);
    expect((plan.reasons as string[])[0]).toMatch(/feat\(api\): add retries \([0-9a-f]{7}\) is a feature → minor/);
  });

  it('plans as of an older ref, reading config and files there', async () => {
    const dir = history();
    const run = await runCli(['plan', '--cwd', dir, '--json', '--ref', 'HEAD~2', '--date', '2026-01-02'], env);
    const plan = JSON.parse(run.stdout) as { version: string; commits: number };
    expect(plan).toMatchObject({ version: '1.2.1', commits: 1 });
  });

  it('says "no release" with version null and exit 0 when only hidden types landed', async () => {
    const dir = importHistory([{ message: 'chore: release 1.2.0', files: files('1.2.0'), tag: 'v1.2.0' }, { message: 'chore: tidy' }, { message: 'ci: faster' }]);
    const json = await runCli(['plan', '--cwd', dir, '--json'], env);
    expect(json.exitCode).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ version: null, commits: 2 });
    const text = await runCli(['plan', '--cwd', dir], env);
    expect(text.stdout).toMatch(/^No release is due: 2 commits since v1\.2\.0, none releasable\./);
  });

  it('deepens a shallow clone until the previous release is reachable, and says so once', async () => {
    const origin = history();
    const clone = join(mkdtempSync(join(tmpdir(), 'shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone], { env: gitEnv });
    const run = await runCli(['plan', '--cwd', clone, '--json', '--date', '2026-01-02'], env);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: '1.3.0', previousTag: 'v1.2.0', commits: 3 });
    expect(run.stderr.match(/shallow/g)).toHaveLength(1);
  });

  it.each([
    [['plan', '--ref', 'no-such-ref'], /"no-such-ref" is not a commit in .* — fix: give a branch, tag or sha that exists/],
    [['plan', '--date', 'tomorrow'], /--date must be YYYY-MM-DD, got "tomorrow"/],
    [['plan', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['publish'], /unknown command "publish"/],
  ])('refuses %j with one line and no stack trace', async (args, message) => {
    const run = await runCli([...args, '--cwd', history()], env);
    expect(run.exitCode).toBe(args[0] === 'plan' && args[1] === '--ref' ? 1 : 2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the manifest when its version is not semver', async () => {
    const dir = importHistory([{ message: 'feat: x', files: { ...files('1.0.0'), '.release-please-manifest.json': '{".": "banana"}' } }]);
    const run = await runCli(['plan', '--cwd', dir], env);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/^error: \.release-please-manifest\.json(:\d+:\d+)?: "\." must be a version like "1\.2\.3", got "banana"/);
  });

  it('is not a git repository: says which directory and what to do', async () => {
    const run = await runCli(['plan', '--cwd', mkdtempSync(join(tmpdir(), 'nogit-'))], env);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/is not a git repository — fix: run pyrelease in a clone/);
  });

  it('--release-type plans with no config file or manifest, from the last release tag (release-please-action\'s manifest-less mode)', async () => {
    const { '.release-please-config.json': _c, '.release-please-manifest.json': _m, ...project } = files('1.2.0');
    const dir = importHistory([
      { message: 'chore: release 1.2.0', files: project, tag: 'v1.2.0' },
      { message: 'feat(api): add retries' },
    ]);
    const run = await runCli(['plan', '--cwd', dir, '--json', '--date', '2026-01-02', '--release-type', 'python'], env);
    expect(run.exitCode).toBe(0);
    const plan = JSON.parse(run.stdout) as { version: string; previousTag: string; files: Record<string, string> };
    expect(plan).toMatchObject({ version: '1.3.0', previousTag: 'v1.2.0' });
    expect(Object.keys(plan.files)).toEqual(['CHANGELOG.md', 'pyproject.toml', 'src/widget/__init__.py']);
  });

  it('--release-type: an unsupported type, or next to --config-file, is a usage error in one line', async () => {
    const dir = history();
    const node = await runCli(['plan', '--cwd', dir, '--release-type', 'nodejs'], env);
    expect(node.exitCode).toBe(2);
    expect(node.stderr).toMatch(/^error: --release-type is "nodejs", not a release type release-please knows: pyrelease releases Python packages/);
    const both = await runCli(['plan', '--cwd', dir, '--release-type', 'python', '--config-file', '.release-please-config.json'], env);
    expect(both.exitCode).toBe(2);
    expect(both.stderr).toMatch(/^error: --release-type and --config-file conflict/);
  });

  it('prints --version and --help', async () => {
    expect((await runCli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await runCli(['plan', '--help']);
    expect(help.stdout).toContain('--ref REV');
    expect(help.stdout).toContain('--json');
  });
});
