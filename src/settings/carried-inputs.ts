/**
 * Inputs users carry over from pypa/gh-action-pypi-publish and sigstore/gh-action-sigstore-python
 * (#24 item 6): each means what it means there, or is refused with one line. pypa renamed its
 * inputs to kebab-case and still takes the old snake_case names with a deprecation warning
 * (its action.yml `deprecationMessage`: "The inputs have been normalized to use kebab-case"):
 * pyrelease takes them the same way, so a workflow moves by changing its `uses:` line.
 */
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { parseBoolean } from './parse-values.js';

/** pypa's snake_case names (v1.8+ deprecated) → the kebab-case input each one stands for. */
export const PYPA_SNAKE_CASE = { packages_dir: 'packages-dir', repository_url: 'repository-url', skip_existing: 'skip-existing', print_hash: 'print-hash', verify_metadata: 'verify-metadata' } as const;

/** Defaults action.yml gives the kebab-case inputs: a kebab value equal to it may just be the runner's default. */
const KEBAB_DEFAULTS: Readonly<Record<string, string>> = { 'repository-url': 'https://upload.pypi.org/legacy/', 'skip-existing': 'false', 'print-hash': 'false', 'verify-metadata': 'true' };

/**
 * The raw value of a kebab-case input, or of its snake_case alias (with pypa's warning). Both
 * given with different values is refused: no way to tell which one the user meant.
 */
export function aliasedInput(get: (name: string) => string, warn: (line: string) => void, kebab: (typeof PYPA_SNAKE_CASE)[keyof typeof PYPA_SNAKE_CASE]): string {
  const snake = Object.entries(PYPA_SNAKE_CASE).find(([, k]) => k === kebab)![0];
  const kebabRaw = get(kebab);
  const snakeRaw = get(snake);
  if (snakeRaw === '') return kebabRaw;
  warn(`input '${snake}' is deprecated (pypa/gh-action-pypi-publish normalized its inputs to kebab-case): use '${kebab}' instead`);
  const kebabGiven = kebabRaw !== '' && kebabRaw !== KEBAB_DEFAULTS[kebab];
  if (kebabGiven && kebabRaw !== snakeRaw) {
    throw new PyreleaseError('INPUT_CONFLICT', `inputs '${kebab}' (${JSON.stringify(kebabRaw.slice(0, 60))}) and its deprecated alias '${snake}' (${JSON.stringify(snakeRaw.slice(0, 60))}) disagree`, {
      key: kebab,
      fix: `keep only ${kebab}: and remove ${snake}:`,
    });
  }
  return snakeRaw;
}

/**
 * `sign` and pypa's `attestations` are one switch (both default true). Given both with
 * different values is refused rather than guessed.
 */
export function signSwitch(signRaw: string, attestationsRaw: string): boolean {
  const sign = parseBoolean('sign', signRaw, true);
  const attestations = parseBoolean('attestations', attestationsRaw, true);
  if (signRaw !== '' && attestationsRaw !== '' && sign !== attestations) {
    throw new PyreleaseError('INPUT_CONFLICT', `inputs 'sign' (${signRaw}) and 'attestations' (${attestationsRaw}) disagree: they are one switch (attestations is pypa/gh-action-pypi-publish's name for it)`, {
      key: 'attestations',
      fix: `keep one of them: sign: ${attestations} (and remove attestations:)`,
    });
  }
  return signRaw !== '' ? sign : attestations;
}

/**
 * pypa's `user`: twine's username. PyPI and TestPyPI take only API tokens (user `__token__`), and
 * trusted publishing has no user at all; pyrelease sends nothing else, so any other user is refused.
 */
export function checkUser(raw: string, hasPassword: boolean): void {
  if (raw === '' || raw === '__token__') return;
  throw new PyreleaseError('INPUT_BAD_USER', `input 'user' is ${JSON.stringify(raw.slice(0, 40))}, but pyrelease uploads only with an API token (user __token__) or trusted publishing`, {
    key: 'user',
    fix: hasPassword ? 'remove user: (or write user: __token__) and pass an API token in password: — PyPI no longer accepts user names and passwords' : 'remove user: — with no password, pyrelease uses trusted publishing (permissions: id-token: write)',
  });
}

/** pypa's `verify-metadata` (twine check before the upload): pyrelease always checks, with --strict. */
export function checkVerifyMetadata(raw: string): void {
  if (parseBoolean('verify-metadata', raw, true)) return;
  throw new PyreleaseError('INPUT_UNSUPPORTED', "input 'verify-metadata' is false, but pyrelease always runs twine check --strict before anything is uploaded", {
    key: 'verify-metadata',
    fix: 'remove verify-metadata: false; fix what twine check reports instead (the upload would be refused by the index for most of it)',
  });
}

/**
 * sigstore-action's `inputs`: whitespace-separated files or globs to sign. pyrelease signs the
 * distributions it publishes, so the patterns are kept and checked against that set at publish
 * (stages/publish/sign-inputs.ts). A pattern that escapes the workspace is refused here.
 */
export function parseSignInputs(raw: string): string[] {
  const patterns = raw.split(/\s+/).filter(Boolean);
  const outside = patterns.find((p) => p.startsWith('/') || p.split('/').includes('..'));
  if (outside !== undefined) {
    throw new PyreleaseError('INPUT_INVALID', `input 'inputs' has ${JSON.stringify(outside.slice(0, 80))}, which is not a path inside the workspace`, {
      key: 'inputs',
      fix: 'give paths or globs relative to the repository root, e.g. inputs: ./dist/*.whl ./dist/*.tar.gz',
    });
  }
  return patterns;
}
