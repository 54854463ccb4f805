/**
 * Before the first upload of a monorepo release: one probe per project to upload, proving the
 * token may upload there (see core/publish/upload-permission.ts for why a probe stores nothing).
 * A project the token does not cover, or one it cannot create, stops the run naming that
 * package, before any file of any package is sent.
 */
import type { PackageIndex } from '../../adapters/pypi/package-index.js';
import type { Runtime } from '../../adapters/runtime/runtime.js';
import { uploadFormFields } from '../../core/publish/core-metadata.js';
import { judgeProbeAnswer, PROBE_BYTES, type ProbedPackage } from '../../core/publish/upload-permission.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { BuiltFile } from './check-distributions.js';
import type { UploadToken } from './upload-token.js';

export interface PackageToProbe {
  path: string;
  project: string;
  /** The first file the package will upload: the probe carries its metadata. */
  file: BuiltFile;
}

export async function confirmUploadPermission(packages: readonly PackageToProbe[], o: { index: PackageIndex; token: UploadToken; runtime: Runtime }): Promise<void> {
  for (const p of packages) {
    const f = p.file;
    // The real file's form and digest, with a body that is not the file: the answer is the permission check's.
    const fields = uploadFormFields(f.metadata, { kind: f.name.kind, pythonTag: f.name.pythonTag, sha256: f.file.sha256 });
    const pkg: ProbedPackage = { path: p.path, project: p.project, filename: f.file.filename };
    const others = packages.filter((x) => x !== p).map((x) => x.project);
    let renewed = false;
    for (;;) {
      const answer = await o.index.upload({ token: await o.token.value(), fields, filename: f.file.filename, bytes: PROBE_BYTES });
      const verdict = judgeProbeAnswer(answer.status, answer.reason, answer.body, { pkg, tokenKind: o.token.kind, claims: o.token.claims, endpoints: o.index.endpoints, others });
      if (verdict.kind === 'permitted') break;
      if (verdict.kind === 'refused') throw verdict.error;
      if (!renewed && /expired/i.test(verdict.reason) && (await o.token.renew())) {
        renewed = true;
        continue;
      }
      throw new PyreleaseError('PUBLISH_UPLOAD_REFUSED', `${o.index.endpoints.label} did not answer the upload check for ${p.project}: ${verdict.reason}`, { fix: 're-run the job: nothing was uploaded for any package' });
    }
    o.runtime.info(`  ${p.project} (${p.path}): ${o.index.endpoints.label} takes uploads from this ${o.token.kind === 'trusted-publishing' ? 'publisher' : 'token'}`);
  }
}
