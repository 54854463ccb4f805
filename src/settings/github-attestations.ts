/**
 * `github-attestations: true` (#24 item 7): read once here, and refused at once — before any stage
 * runs, so nothing is tagged, released or uploaded — when the job could not make the attestations:
 * no OIDC token (the job lacks `id-token: write`), no GitHub token or repository to store them in,
 * or a private repository whose name would go to the public Rekor log.
 */
import type { Runtime } from '../adapters/runtime/runtime.js';
import { PyreleaseError } from '../errors/pyrelease-error.js';
import { parseBoolean, type ProblemCollector } from './parse-values.js';
import { DEFAULT_FULCIO_URL, type Settings } from './settings.js';

export const ATTESTATION_PERMISSIONS = 'permissions: { id-token: write, attestations: write, contents: write }';

export function readGithubAttestationInputs(rt: Runtime, p: ProblemCollector, payload: Record<string, unknown>): Pick<Settings, 'githubAttestations' | 'repositoryVisibility'> {
  const repository = payload.repository;
  const visibility = typeof repository === 'object' && repository !== null ? (repository as { visibility?: unknown; private?: unknown }) : {};
  return {
    githubAttestations: p.take(() => parseBoolean('github-attestations', rt.getInput('github-attestations'), false), false),
    repositoryVisibility: typeof visibility.visibility === 'string' ? visibility.visibility : visibility.private === true ? 'private' : undefined,
  };
}

type Checked = Pick<Settings, 'githubAttestations' | 'repositoryVisibility' | 'idTokenRequest' | 'token' | 'repository' | 'dryRun' | 'stage' | 'fulcioUrl'>;

export function checkGithubAttestations(s: Checked): void {
  if (!s.githubAttestations || s.dryRun || !runsPublish(s.stage)) return;
  if (!s.idTokenRequest) {
    throw new PyreleaseError('GITHUB_ATTESTATIONS_NO_ID_TOKEN', 'github-attestations: true needs an OIDC token to sign with, and this job has none (ACTIONS_ID_TOKEN_REQUEST_URL is unset)', {
      key: 'permissions',
      fix: `add to the publish job:  ${ATTESTATION_PERMISSIONS}  (a pull request from a fork never gets one); nothing was tagged or uploaded`,
    });
  }
  if (!s.token || !s.repository) {
    throw new PyreleaseError('GITHUB_ATTESTATIONS_NO_TOKEN', `github-attestations: true stores each attestation in the repository, but ${!s.token ? 'the token input is empty' : 'GITHUB_REPOSITORY is not set'}`, {
      key: 'token',
      fix: `keep token: \${{ github.token }} (the default) with ${ATTESTATION_PERMISSIONS}; nothing was tagged or uploaded`,
    });
  }
  // GitHub signs a private repository's attestations with its own Sigstore so its name stays out of the public log (ADR 5).
  if (s.repositoryVisibility !== undefined && s.repositoryVisibility !== 'public' && s.fulcioUrl === DEFAULT_FULCIO_URL) {
    throw new PyreleaseError('GITHUB_ATTESTATIONS_PRIVATE_REPOSITORY', `github-attestations: true would write the name of this ${s.repositoryVisibility} repository to the public Sigstore transparency log`, {
      key: 'github-attestations',
      fix: 'remove github-attestations and follow the step with actions/attest-build-provenance (subject-path: ${{ steps.<id>.outputs.distributions }}), which signs with GitHub\'s own Sigstore; or set fulcio-url, rekor-url and trusted-root to a private Sigstore',
    });
  }
}

function runsPublish(stage: Settings['stage']): boolean {
  return stage === 'all' || stage === 'publish' || (Array.isArray(stage) && stage.includes('publish'));
}
