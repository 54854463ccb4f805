/**
 * Sends each file the upload plan lists, one at a time, and judges every answer: stored,
 * already there (confirmed by digest through the JSON API), token expired (renew, once),
 * or refused with the fix. Files already on the index with the same sha256 are never resent.
 */
import type { PackageIndex } from '../../adapters/pypi/package-index.js';
import type { Runtime } from '../../adapters/runtime/runtime.js';
import { uploadFormFields } from '../../core/publish/core-metadata.js';
import { judgeUploadAnswer } from '../../core/publish/upload-answer.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import type { BuiltFile } from './check-distributions.js';
import type { UploadToken } from './upload-token.js';

export type FileOutcome = 'uploaded' | 'already there';

export async function uploadFiles(files: BuiltFile[], o: { index: PackageIndex; token: UploadToken; project: string; version: string; runtime: Runtime; attestations: ReadonlyMap<string, string>; verbose?: boolean }): Promise<Map<string, FileOutcome>> {
  const outcomes = new Map<string, FileOutcome>();
  for (const f of files) {
    const fields = uploadFormFields(f.metadata, { kind: f.name.kind, pythonTag: f.name.pythonTag, sha256: f.file.sha256 });
    const attestations = o.attestations.get(f.file.filename);
    if (attestations !== undefined) fields.splice(fields.length - 2, 0, ['attestations', attestations]);
    let renewed = false;
    for (;;) {
      const answer = await o.index.upload({ token: await o.token.value(), fields, filename: f.file.filename, bytes: f.file.bytes }, (n, why) => o.runtime.info(`  retrying ${f.file.filename} (attempt ${n + 1}): ${why}`));
      // verbose: the index's own answer, as `twine upload --verbose` prints it (the body holds PyPI's warnings).
      if (o.verbose) o.runtime.info(`  ${o.index.endpoints.label} answered ${f.file.filename}: HTTP ${answer.status} ${answer.reason}${answer.body.trim() ? ` — ${answer.body.trim().slice(0, 500)}` : ''}`);
      const verdict = judgeUploadAnswer(answer.status, answer.reason, answer.body);
      if (verdict.kind === 'stored') {
        outcomes.set(f.file.filename, 'uploaded');
        o.runtime.info(`  uploaded ${f.file.filename} (sha256 ${f.file.sha256})`);
        break;
      }
      if (verdict.kind === 'token-expired' && !renewed && (await o.token.renew())) {
        renewed = true;
        o.runtime.info('  the upload token expired: minted a new one');
        continue;
      }
      if (verdict.kind === 'exists') {
        // "Already exists" means other bytes under this name — unless a lost answer hid our own earlier upload.
        const remote = (await o.index.releaseFiles(o.project, o.version))?.find((r) => r.filename === f.file.filename);
        if (remote?.sha256 === f.file.sha256) {
          outcomes.set(f.file.filename, 'already there');
          break;
        }
        throw new PyreleaseError('PUBLISH_FILE_CONFLICT', `${o.index.endpoints.label} already has ${f.file.filename} with other content (${verdict.reason})`, {
          fix: 'a file name can never be reused on the index: release a new version',
        });
      }
      const more = outcomes.size > 0 ? [`Already uploaded in this run: ${[...outcomes.keys()].join(', ')}. A re-run uploads only the rest.`] : [];
      // Rate-limited and unavailable are not refusals: the index would take the file later.
      if (verdict.kind === 'retry' && verdict.reason.startsWith('HTTP 429')) {
        throw new PyreleaseError('PUBLISH_RATE_LIMITED', `${o.index.endpoints.label} rate-limited the upload of ${f.file.filename} (${verdict.reason}) after retries`, { fix: 're-run the job later: files already uploaded are recognised by their digest and not sent again', more });
      }
      if (verdict.kind === 'retry') {
        throw new PyreleaseError('PUBLISH_UPLOAD_REFUSED', `${o.index.endpoints.label} was unavailable for ${f.file.filename}: ${verdict.reason} after retries`, { fix: 're-run the job: files already uploaded are recognised by their digest and not sent again', more });
      }
      throw new PyreleaseError('PUBLISH_UPLOAD_REFUSED', `${o.index.endpoints.label} refused ${f.file.filename}: ${verdict.reason}`, {
        fix: verdict.kind === 'refused' ? verdict.fix : 're-run the job: files already uploaded are recognised by their digest and not sent again',
        more: outcomes.size > 0 ? [`Already uploaded in this run: ${[...outcomes.keys()].join(', ')}. A re-run uploads only the rest.`] : [],
      });
    }
  }
  return outcomes;
}
