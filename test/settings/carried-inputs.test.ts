/**
 * Inputs a workflow carries over from pypa/gh-action-pypi-publish and
 * sigstore/gh-action-sigstore-python (#24 item 6), and the publish modes of part B, as the
 * runner hands them to the action: each means what it means there, or stops with one line.
 * pypa's action.yml declares its snake_case names with deprecationMessage "The inputs have been
 * normalized to use kebab-case"; they still work there, so they work here, with the warning.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliRuntime } from '../../src/adapters/runtime/cli-runtime.js';
import { PyreleaseErrors } from '../../src/errors/pyrelease-error.js';
import { settingsFromAction } from '../../src/settings/from-action.js';

class GivenRuntime extends CliRuntime {
  readonly lines: string[] = [];
  constructor(private readonly inputs: Record<string, string>, private readonly vars: Record<string, string>) {
    super(false, (t) => this.lines.push(t));
  }
  override getInput(name: string): string {
    return (this.inputs[name] ?? '').trim();
  }
  override env(name: string): string | undefined {
    return this.vars[name] || undefined;
  }
}

function run(inputs: Record<string, string>, extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'carried-'));
  mkdirSync(join(dir, 'dist'));
  const rt = new GivenRuntime(inputs, { GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/widget', RUNNER_TEMP: dir, ...extra });
  try {
    return { settings: settingsFromAction(rt), log: rt.lines.join(''), problems: [] as { code: string; message: string }[] };
  } catch (e) {
    if (!(e instanceof PyreleaseErrors)) throw e;
    return { settings: undefined, log: rt.lines.join(''), problems: e.problems.map((p) => ({ code: p.code, message: p.message })) };
  }
}

describe('pypa/gh-action-pypi-publish input names', () => {
  it('takes the snake_case names with pypa\'s deprecation warning, naming the kebab-case input', () => {
    const r = run({ packages_dir: 'dist', repository_url: 'https://test.pypi.org/legacy/', skip_existing: 'true', print_hash: 'true', 'repository-url': 'https://upload.pypi.org/legacy/', 'skip-existing': 'false', 'print-hash': 'false' });
    expect(r.problems).toEqual([]);
    expect(r.settings).toMatchObject({ repositoryUrl: 'https://test.pypi.org/legacy/', skipExisting: true, printHash: true, packagesDir: { label: 'dist' } });
    for (const [snake, kebab] of [['packages_dir', 'packages-dir'], ['repository_url', 'repository-url'], ['skip_existing', 'skip-existing'], ['print_hash', 'print-hash']]) {
      expect(r.log).toContain(`input '${snake}' is deprecated (pypa/gh-action-pypi-publish normalized its inputs to kebab-case): use '${kebab}' instead`);
    }
  });

  it('refuses a snake_case alias that disagrees with its kebab-case input', () => {
    const r = run({ repository_url: 'https://test.pypi.org/legacy/', 'repository-url': 'https://pypi.example.com/legacy/' });
    expect(r.problems).toEqual([{ code: 'INPUT_CONFLICT', message: expect.stringMatching(/inputs 'repository-url' \(.*\) and its deprecated alias 'repository_url' \(.*\) disagree/) }]);
  });

  it('maps attestations onto sign, and refuses the two when they disagree', () => {
    expect(run({ attestations: 'false' }).settings?.sign).toBe(false);
    expect(run({ sign: 'false' }).settings?.sign).toBe(false);
    expect(run({}).settings?.sign).toBe(true);
    expect(run({ sign: 'true', attestations: 'true' }).settings?.sign).toBe(true);
    expect(run({ sign: 'true', attestations: 'false' }).problems).toEqual([{ code: 'INPUT_CONFLICT', message: expect.stringContaining("inputs 'sign' (true) and 'attestations' (false) disagree") }]);
  });

  it('takes user: __token__ (pypa\'s default) and refuses any other user with one line', () => {
    expect(run({ user: '__token__', password: 'pypi-AgEIcHlwaS5vcmc' }).problems).toEqual([]);
    const r = run({ user: 'alice', password: 'pypi-AgEIcHlwaS5vcmc' });
    expect(r.problems).toEqual([{ code: 'INPUT_BAD_USER', message: "input 'user' is \"alice\", but pyrelease uploads only with an API token (user __token__) or trusted publishing" }]);
    expect(run({ user: 'alice' }).problems.map((p) => p.code)).toEqual(['INPUT_BAD_USER']);
  });

  it('accepts verify-metadata: true (twine check always runs) and refuses false', () => {
    expect(run({ 'verify-metadata': 'true' }).problems).toEqual([]);
    expect(run({ verify_metadata: 'false' }).problems.map((p) => p.code)).toEqual(['INPUT_UNSUPPORTED']);
  });
});

describe("sigstore-action's inputs", () => {
  it('keeps the patterns for publish, and refuses one outside the workspace or with signing off', () => {
    expect(run({ inputs: './dist/*.whl  ./dist/*.tar.gz' }).settings?.signInputs).toEqual(['./dist/*.whl', './dist/*.tar.gz']);
    expect(run({ inputs: '../other/*.whl' }).problems.map((p) => p.code)).toEqual(['INPUT_INVALID']);
    expect(run({ inputs: 'dist/*.whl', sign: 'false' }).problems.map((p) => p.code)).toEqual(['INPUT_CONFLICT']);
  });
});

describe('build-command, upload, smoke-test, dev-build', () => {
  it('splits build-command into an argument array and refuses shell syntax', () => {
    expect(run({ 'build-command': 'uv build  --all-packages' }).settings?.buildCommand).toEqual({ argv: ['uv', 'build', '--all-packages'], outDir: undefined });
    expect(run({ 'build-command': 'make dist', 'packages-dir': 'wheelhouse' }).settings).toMatchObject({ packagesDir: undefined, buildCommand: { argv: ['make', 'dist'], outDir: { label: 'wheelhouse' } } });
    expect(run({ 'build-command': 'make dist && twine check dist/*' }).problems).toEqual([{ code: 'INPUT_NEEDS_SHELL', message: expect.stringContaining("input 'build-command' has \"&&\"") }]);
  });

  it('smoke-test: true is the import check alone; a command is split; false is off', () => {
    expect(run({ 'smoke-test': 'true' }).settings).toMatchObject({ smokeTest: [], smokeTestBeforeUpload: true });
    expect(run({ 'smoke-test': 'demo-pkg --version' }).settings).toMatchObject({ smokeTest: ['demo-pkg', '--version'], smokeTestBeforeUpload: true });
    expect(run({ 'smoke-test': 'false' }).settings).toMatchObject({ smokeTest: [], smokeTestBeforeUpload: false });
    expect(run({}).settings).toMatchObject({ upload: true, smokeTestBeforeUpload: false, devBuild: undefined });
    expect(run({ upload: 'false' }).settings?.upload).toBe(false);
  });

  it('dev-build: numbered by the run, refused towards pypi.org without the opt-in, never with the release stage', () => {
    const test = run({ 'dev-build': 'true', 'repository-url': 'https://test.pypi.org/legacy/' }, { GITHUB_RUN_NUMBER: '42' });
    expect(test.problems).toEqual([]);
    expect(test.settings).toMatchObject({ devBuild: { number: 42, onPypi: false }, stage: ['quality', 'security', 'publish', 'validate'] });
    expect(run({ 'dev-build': 'true' }).problems).toEqual([{ code: 'INPUT_DEV_BUILD_ON_PYPI', message: 'dev-build: true would publish a .devN version to PyPI (https://upload.pypi.org/legacy/), where it stays for good' }]);
    expect(run({ 'dev-build': 'true', 'dev-build-on-pypi': 'true' }).settings?.devBuild).toEqual({ number: undefined, onPypi: true });
    expect(run({ 'dev-build': 'true', 'repository-url': 'https://test.pypi.org/legacy/', stage: 'release publish' }).problems.map((p) => p.code)).toEqual(['INPUT_CONFLICT']);
  });
});
