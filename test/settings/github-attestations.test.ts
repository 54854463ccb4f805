/**
 * github-attestations: true as the runner hands it to the action: refused with one line, before
 * any stage runs, when the job cannot make the attestations (no OIDC token: permissions lack
 * id-token: write; no token; a private repository and the public-good Sigstore).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliRuntime } from '../../src/adapters/runtime/cli-runtime.js';
import { PyreleaseErrors } from '../../src/errors/pyrelease-error.js';
import { settingsFromAction } from '../../src/settings/from-action.js';

class GivenRuntime extends CliRuntime {
  constructor(private readonly inputs: Record<string, string>, private readonly vars: Record<string, string>) {
    super(false, () => undefined);
  }
  override getInput(name: string): string {
    return (this.inputs[name] ?? '').trim();
  }
  override env(name: string): string | undefined {
    return this.vars[name] || undefined;
  }
}

const OIDC = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://runner.example/token?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'sentinel-request-token' };

function run(inputs: Record<string, string>, extra: Record<string, string> = {}, visibility?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'gh-attest-'));
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify(visibility ? { repository: { full_name: 'acme/widget', visibility } } : {}));
  const rt = new GivenRuntime({ token: 'ghs_sentinel', ...inputs }, { GITHUB_WORKSPACE: dir, GITHUB_REPOSITORY: 'acme/widget', RUNNER_TEMP: dir, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event, ...extra });
  try {
    return { settings: settingsFromAction(rt), problems: [] as { code: string; message: string; fix?: string }[] };
  } catch (e) {
    if (!(e instanceof PyreleaseErrors)) throw e;
    return { settings: undefined, problems: e.problems.map((p) => ({ code: p.code, message: p.message, fix: p.details.fix })) };
  }
}

describe('github-attestations input', () => {
  it('is off by default, and on with true (with an OIDC token)', () => {
    expect(run({}).settings?.githubAttestations).toBe(false);
    const on = run({ 'github-attestations': 'true' }, OIDC, 'public');
    expect(on.problems).toEqual([]);
    expect(on.settings?.githubAttestations).toBe(true);
    expect(on.settings?.repositoryVisibility).toBe('public');
  });

  it('without an OIDC token (no id-token: write): one line with the permissions block, before any stage', () => {
    const r = run({ 'github-attestations': 'true' });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.code).toBe('GITHUB_ATTESTATIONS_NO_ID_TOKEN');
    expect(r.problems[0]!.fix).toContain('permissions: { id-token: write, attestations: write, contents: write }');
  });

  it('a job that does not publish is not refused (stage: release)', () => {
    expect(run({ 'github-attestations': 'true', stage: 'release' }).problems).toEqual([]);
  });

  it('without a token: GITHUB_ATTESTATIONS_NO_TOKEN', () => {
    expect(run({ 'github-attestations': 'true', token: '' }, OIDC).problems.map((p) => p.code)).toEqual(['GITHUB_ATTESTATIONS_NO_TOKEN']);
  });

  it('a private repository with the public-good Sigstore is refused; with a private Sigstore it is not', () => {
    const r = run({ 'github-attestations': 'true' }, OIDC, 'private');
    expect(r.problems.map((p) => p.code)).toEqual(['GITHUB_ATTESTATIONS_PRIVATE_REPOSITORY']);
    expect(r.problems[0]!.fix).toContain('actions/attest-build-provenance');
    expect(run({ 'github-attestations': 'true', 'fulcio-url': 'https://fulcio.internal.example', 'rekor-url': 'https://rekor.internal.example' }, OIDC, 'internal').problems).toEqual([]);
  });

  it('a value that is not a YAML boolean is one problem', () => {
    expect(run({ 'github-attestations': 'yes' }, OIDC).problems.map((p) => p.code)).toEqual(['INPUT_NOT_BOOLEAN']);
  });
});
