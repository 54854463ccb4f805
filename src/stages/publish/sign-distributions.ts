/**
 * Signs each distribution keylessly (statement → bundle), writes `<file>.sigstore.json` beside —
 * never inside — the upload directory, verifies every bundle against the trust root and checks
 * its statement and signer identity, then turns it into the PEP 740 attestation sent with the
 * upload. Any bundle that does not verify stops the publish before anything is uploaded.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleSigner } from '../../adapters/sigstore/bundle-signer.js';
import { verifyBundle } from '../../adapters/sigstore/bundle-verifier.js';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { isReusableWorkflow, workflowFileName } from '../../core/publish/id-token-claims.js';
import { bundleToAttestation, logIndexOf, type Pep740Attestation } from '../../core/sigstore/pep740-attestation.js';
import { publishStatement, statementProblem } from '../../core/sigstore/publish-statement.js';
import { identityProblem, type CertificateIdentity } from '../../core/sigstore/signing-identity.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { BuiltFile } from './check-distributions.js';

export interface SignedFile {
  filename: string;
  bundlePath: string;
  bundleBytes: Buffer;
  attestation: Pep740Attestation;
  logIndex: string | undefined;
  identity: CertificateIdentity;
  /**
   * Why the index would refuse this attestation, when it would: in a reusable workflow Fulcio names
   * the called file (job_workflow_ref) while PyPI checks the Build Config URI against the publisher
   * (protocols.md §4.4), so the bundle is kept and attached to the GitHub release, not sent.
   */
  notForIndex?: string;
}

export async function signDistributions(files: BuiltFile[], o: { signer: BundleSigner; trustedRoot: () => Promise<TrustedRoot>; tempDir: string; serverUrl: string }): Promise<SignedFile[]> {
  if (files.length === 0) return [];
  mkdirSync(o.tempDir, { recursive: true });
  const dir = mkdtempSync(join(o.tempDir, 'pyrelease-attestations-'));
  // The trust root (a TUF fetch on public good) and the signatures proceed at once.
  const [root, bundles] = await Promise.all([o.trustedRoot(), Promise.all(files.map((f) => o.signer.sign(publishStatement(f.file.filename, f.file.sha256), f.file.filename)))]);
  return files.map((f, i) => {
    const bundle = bundles[i]!;
    const filename = f.file.filename;
    const bundleBytes = Buffer.from(`${JSON.stringify(bundle)}\n`);
    const bundlePath = join(dir, `${filename}.sigstore.json`);
    writeFileSync(bundlePath, bundleBytes);
    const verified = verifyBundle(bundle, root);
    if (!verified.ok) throw invalid(filename, `it does not verify against the Sigstore trust root: ${verified.reason}`);
    const statement = statementProblem(verified.payload, filename, f.file.sha256);
    if (statement) throw invalid(filename, statement);
    const claims = o.signer.lastClaims;
    const workflowFile = workflowFileName(claims?.job_workflow_ref);
    if (claims?.repository && workflowFile) {
      // The identity follows the run's GitHub (GITHUB_SERVER_URL) and the issuer its token named: GHES has its own.
      const problem = identityProblem(verified.identity, { repository: claims.repository, workflowFile, serverUrl: o.serverUrl, issuer: claims.iss });
      // A reusable workflow signs with its own identity (sign, don't refuse); only another mismatch is an error.
      if (problem && isReusableWorkflow(claims)) return { ...signed(filename, bundlePath, bundleBytes, bundle, verified.identity), notForIndex: `signed in the reusable workflow ${claims.job_workflow_ref ?? ''}, whose certificate the index checks against the calling workflow (${claims.workflow_ref ?? ''}): ${problem}` };
      if (problem) throw new PyreleaseError('SIGNATURE_IDENTITY_MISMATCH', `the signature of ${filename} would be refused by the index: ${problem}`, { fix: 're-run; if it persists, set sign: false and report the certificate shown' });
    }
    return signed(filename, bundlePath, bundleBytes, bundle, verified.identity);
  });
}

function signed(filename: string, bundlePath: string, bundleBytes: Buffer, bundle: Parameters<typeof bundleToAttestation>[0], identity: CertificateIdentity): SignedFile {
  return { filename, bundlePath, bundleBytes, attestation: bundleToAttestation(bundle), logIndex: logIndexOf(bundle), identity };
}

function invalid(filename: string, why: string): PyreleaseError {
  return new PyreleaseError('SIGNATURE_INVALID', `the Sigstore bundle made for ${filename} is not valid: ${why}`, { fix: 'nothing was uploaded; re-run, and if it persists check fulcio-url, rekor-url and trusted-root (they must belong to one Sigstore instance)' });
}
