/**
 * Responsible for the trust root bundles are verified against: a `trusted_root.json` the user
 * names (a private Sigstore), else the public-good root through Sigstore's TUF repository,
 * cached under the runner's temp directory.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { getTrustedRoot } from '@sigstore/tuf';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export async function loadTrustedRoot(path: string, tempDir: string, timeoutMs: number): Promise<TrustedRoot> {
  if (path) {
    try {
      return TrustedRoot.fromJSON(JSON.parse(readFileSync(path, 'utf8')));
    } catch (error) {
      throw new PyreleaseError('SIGSTORE_TRUST_ROOT_INVALID', `the trusted root ${path} cannot be read: ${(error as Error).message}`, { key: 'trusted-root', file: path, fix: 'give the trusted_root.json of your Sigstore instance (cosign/sigstore tooling can print it), or leave trusted-root empty for the public-good instance' });
    }
  }
  try {
    return await getTrustedRoot({ cachePath: join(tempDir, 'pyrelease-sigstore-tuf'), timeout: timeoutMs, retry: 2 });
  } catch (error) {
    throw new PyreleaseError('SIGSTORE_TRUST_ROOT_UNAVAILABLE', `the Sigstore trust root could not be fetched from its TUF repository: ${(error as Error).message}`, { key: 'trusted-root', fix: 're-run (nothing was uploaded); the runner needs https access to tuf-repo-cdn.sigstore.dev, or pass trusted-root with a local trusted_root.json' });
  }
}
