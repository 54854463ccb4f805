/**
 * The publish job's inputs of #24 part B, read apart from from-action.ts so the block stays one
 * piece: build-command, upload, smoke-test before the upload, dev builds, and sigstore-action's `inputs`. Every problem goes to the collector.
 */
import { isAbsolute, resolve } from 'node:path';
import type { Runtime } from '../adapters/runtime/runtime.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { parseSignInputs } from './carried-inputs.js';
import { parseBoolean, parseShellFreeArgs, type ProblemCollector } from './parse-values.js';
import type { DevBuildSettings, Settings, StageSelection } from './settings.js';

export type PublishInputs = Pick<Settings, 'signInputs' | 'buildCommand' | 'uploadAllProjects' | 'upload' | 'smokeTestBeforeUpload' | 'devBuild'>;

const BUILD_COMMAND_FIX = 'write the build as plain words (build-command: uv build --all-packages, poetry build, hatch build, make dist); put anything that needs a shell in a script or Makefile target and name that';

export function readPublishInputs(rt: Runtime, p: ProblemCollector, o: { workspace: string; packagesDirRaw: string }): PublishInputs {
  const bool = (name: string, fallback: boolean) => p.take(() => parseBoolean(name, rt.getInput(name), fallback), fallback);
  const smoke = rt.getInput('smoke-test');
  return {
    signInputs: p.take(() => parseSignInputs(rt.getInput('inputs')), []),
    buildCommand: p.take(() => buildCommandFrom(rt.getInput('build-command'), o), undefined),
    uploadAllProjects: bool('upload-all-projects', false),
    upload: bool('upload', true),
    smokeTestBeforeUpload: smoke !== '' && !/^(false|False|FALSE)$/.test(smoke),
    devBuild: bool('dev-build', false) ? p.take(() => devBuildFrom(rt), undefined) : undefined,
  };
}

/** `smoke-test` as a command: `true` and `false` are switches (the import check alone, or none), not programs. */
export function smokeTestCommand(raw: string): string[] {
  if (/^(true|True|TRUE|false|False|FALSE)$/.test(raw)) return [];
  return parseShellFreeArgs('smoke-test', raw, 'write the command as plain words, e.g. smoke-test: demo-pkg --version (or smoke-test: true for the import check alone)');
}

function buildCommandFrom(raw: string, o: { workspace: string; packagesDirRaw: string }): PublishInputs['buildCommand'] {
  const argv = parseShellFreeArgs('build-command', raw, BUILD_COMMAND_FIX);
  if (argv.length === 0) return undefined;
  const label = o.packagesDirRaw;
  return { argv, outDir: label === '' ? undefined : { path: isAbsolute(label) ? label : resolve(o.workspace, label), label } };
}

function devBuildFrom(rt: Runtime): DevBuildSettings {
  const run = rt.env('GITHUB_RUN_NUMBER');
  if (run !== undefined && !/^\d+$/.test(run)) {
    throw new PyreleaseError('ENV_BAD_RUN_NUMBER', `GITHUB_RUN_NUMBER must be a whole number, got ${JSON.stringify(run.slice(0, 20))}`, { key: 'GITHUB_RUN_NUMBER', fix: 'the runner sets it; when running locally, unset it to number the dev build by the commits since the last release' });
  }
  return { number: run === undefined ? undefined : Number(run), onPypi: parseBoolean('dev-build-on-pypi', rt.getInput('dev-build-on-pypi'), false) };
}

/** Hosts of pypi.org's upload endpoint: a dev build goes there only with dev-build-on-pypi. */
const PYPI_UPLOAD_HOSTS = new Set(['upload.pypi.org', 'pypi.org']);

/**
 * A dev build never tags or releases: with `stage: all` it runs the gates, publish and validate;
 * a stage list that names release (or rollback, preview) is refused. It goes to pypi.org only
 * with the opt-in, since a `.devN` there is public and permanent.
 */
export function checkPublishModes(s: Pick<Settings, 'devBuild' | 'repositoryUrl' | 'stage' | 'sign' | 'signInputs'>): StageSelection {
  if (s.signInputs.length > 0 && !s.sign) {
    throw new PyreleaseError('INPUT_CONFLICT', "input 'inputs' names files to sign, but signing is off (sign or attestations is false)", { key: 'inputs', fix: 'remove inputs:, or remove sign: false / attestations: false' });
  }
  if (!s.devBuild) return s.stage;
  if (PYPI_UPLOAD_HOSTS.has(new URL(s.repositoryUrl).host) && !s.devBuild.onPypi) {
    throw new PyreleaseError('INPUT_DEV_BUILD_ON_PYPI', `dev-build: true would publish a .devN version to PyPI (${s.repositoryUrl}), where it stays for good`, {
      key: 'repository-url',
      fix: 'point the dev build at TestPyPI with repository-url: https://test.pypi.org/legacy/ (or your own index); to publish dev builds to pypi.org on purpose, add dev-build-on-pypi: true',
    });
  }
  if (s.stage === 'all') return ['quality', 'security', 'publish', 'validate'];
  const names: readonly string[] = typeof s.stage === 'string' ? [s.stage] : s.stage;
  const wrong = names.find((n) => n === 'release' || n === 'rollback' || n === 'preview');
  if (wrong) {
    throw new PyreleaseError('INPUT_CONFLICT', `dev-build: true never tags or releases, but stage lists ${wrong}`, {
      key: 'stage',
      fix: 'run dev builds in a job of their own with stage: publish (or stage: all, which then runs the gates, publish and validate)',
    });
  }
  return s.stage;
}
