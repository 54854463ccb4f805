/**
 * github-attestations: true — what actions/attest-build-provenance does for each published file
 * (ADR 5): an SLSA v1 build-provenance statement from the run's claims, signed keylessly with the
 * Sigstore signer PEP 740 uses, verified against the trust root, stored with
 * `POST /repos/{owner}/{repo}/attestations`. Runs before anything is attached or uploaded, so a
 * token without `attestations: write` stops the publish with nothing sent. An ensure: a file
 * whose digest already has a provenance attestation in the repository gets no second one.
 */
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { GitHubClient, StoredAttestation } from '../../adapters/github/client.js';
import type { ActionsIdTokens } from '../../adapters/oidc/actions-id-token.js';
import type { BundleSigner } from '../../adapters/sigstore/bundle-signer.js';
import { verifyBundle } from '../../adapters/sigstore/bundle-verifier.js';
import { attestationUrl, provenanceClaims, provenancePredicate, provenanceProblem, provenanceStatement, SLSA_PROVENANCE_V1 } from '../../core/attest/build-provenance.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { BuiltFile } from './check-distributions.js';

export interface GithubAttestation {
  filename: string;
  sha256: string;
  url: string;
  /** false: the repository already had it (a re-run). */
  created: boolean;
}

export interface AttestContext {
  github: GitHubClient;
  idTokens: ActionsIdTokens;
  signer: BundleSigner;
  trustedRoot: () => Promise<TrustedRoot>;
  /** GITHUB_SERVER_URL, for the predicate and the attestation links. */
  serverUrl: string;
  /** owner/name */
  repository: string;
}

export async function attestOnGitHub(files: BuiltFile[], o: AttestContext): Promise<GithubAttestation[]> {
  const found = await Promise.all(files.map(async (f) => ({ f, stored: existingProvenance(await o.github.listAttestations(`sha256:${f.file.sha256}`, SLSA_PROVENANCE_V1), f.file.sha256) })));
  const missing = found.filter((x) => !x.stored).map((x) => x.f);
  const made = missing.length === 0 ? new Map<string, GithubAttestation>() : await attestMissing(missing, o);
  return found.map(({ f, stored }) => made.get(f.file.filename) ?? { filename: f.file.filename, sha256: f.file.sha256, url: stored!.id !== undefined ? attestationUrl(o.serverUrl, o.repository, stored!.id) : (stored!.bundleUrl ?? `${o.serverUrl.replace(/\/$/, '')}/${o.repository}/attestations`), created: false });
}

async function attestMissing(files: BuiltFile[], o: AttestContext): Promise<Map<string, GithubAttestation>> {
  // The predicate comes from the claims of the same kind of token the signature uses (audience sigstore).
  const read = provenanceClaims(await o.idTokens.get('sigstore'));
  if ('missing' in read) {
    throw new PyreleaseError('GITHUB_ATTESTATION_CLAIMS_MISSING', `the Actions OIDC token lacks the claims the build provenance is made of: ${read.missing.join(', ')}`, { key: 'permissions', fix: 'run the publish job in GitHub Actions with permissions: id-token: write; nothing was uploaded' });
  }
  const predicate = provenancePredicate(read.claims, o.serverUrl);
  const [root, bundles] = await Promise.all([o.trustedRoot(), Promise.all(files.map((f) => o.signer.sign(provenanceStatement({ name: f.file.filename, sha256: f.file.sha256 }, predicate), `the provenance of ${f.file.filename}`)))]);
  // Every bundle is checked before the first one is stored: a bad one leaves the repository untouched.
  files.forEach((f, i) => {
    const verified = verifyBundle(bundles[i]!, root);
    const problem = verified.ok ? provenanceProblem(verified.payload, { name: f.file.filename, sha256: f.file.sha256 }) : `it does not verify against the Sigstore trust root: ${verified.reason}`;
    if (problem) throw new PyreleaseError('GITHUB_ATTESTATION_INVALID', `the build-provenance bundle made for ${f.file.filename} is not valid: ${problem}`, { fix: 'nothing was uploaded or stored; re-run, and if it persists check fulcio-url, rekor-url and trusted-root (they must belong to one Sigstore instance)' });
  });
  const made = new Map<string, GithubAttestation>();
  // One at a time: GitHub spaces content-creating requests (secondary rate limit).
  for (const [i, f] of files.entries()) {
    const id = await o.github.createAttestation(bundles[i]!, f.file.filename);
    made.set(f.file.filename, { filename: f.file.filename, sha256: f.file.sha256, url: attestationUrl(o.serverUrl, o.repository, id), created: true });
  }
  return made;
}

/** A stored attestation whose DSSE statement is SLSA provenance for this digest (the listing is filtered by GitHub; checked again here). */
function existingProvenance(list: StoredAttestation[], sha256: string): StoredAttestation | undefined {
  return list.find((a) => {
    const payload = (a.bundle.dsseEnvelope as { payload?: unknown } | undefined)?.payload;
    return typeof payload === 'string' && provenanceProblem(Buffer.from(payload, 'base64'), { sha256 }) === undefined;
  });
}

/** The job summary's lines: one row per file, with the link. */
export function renderAttestationSummary(list: GithubAttestation[]): string {
  if (list.length === 0) return '';
  const lines = ['', '#### GitHub artifact attestations (SLSA build provenance)', '', '| File | Attestation | |', '|---|---|---|'];
  for (const a of list) lines.push(`| \`${a.filename}\` | [${a.url}](${a.url}) | ${a.created ? 'created' : 'already there'} |`);
  return lines.join('\n') + '\n';
}
