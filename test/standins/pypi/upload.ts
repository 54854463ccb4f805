/**
 * PyPI's legacy upload view (`POST /legacy/`, protocols.md §3.3) in Warehouse's order: route match
 * on `:action`, authentication, the form checks, project lookup (non-user identities cannot create
 * projects) and permission, file-name checks, digests, the duplicate rule (identical bytes → 200
 * no-op, other bytes → `File already exists`), deleted names, one sdist per release, sdist/wheel
 * name rules, attestations (PEP 740, attestations.ts); then the file is stored with its provenance.
 * Archive contents are not opened.
 */
import type { AttestationChecker } from './attestations.js';
import { Credentials } from './credentials.js';
import { digestsOf } from './digests.js';
import { readUploadForm } from './multipart.js';
import { isSupportedPlatformTag, normalizeName, parseSdistFilename, parseWheelFilename, pyRepr, sameVersion } from './names.js';
import { normalizeVersion } from './pep440.js';
import { notFound, withReason } from './reasons.js';
import type { PypiStore, StoredFile } from './store.js';
import { checkUploadForm } from './upload-checks.js';
import type { StandinRequest, StandinResponse } from '../server.js';

const MAX_FILE_BYTES = 100 * 1024 * 1024;
const FILE_REUSE_HELP = 'See https://pypi.org/help/#file-name-reuse for more information.';

/** What the upload log records: the file named in the form (or ''), and the answer. */
export interface UploadOutcome {
  filename: string;
  response: StandinResponse;
}

export async function handleUpload(req: StandinRequest, store: PypiStore, credentials: Credentials, attestations: AttestationChecker): Promise<UploadOutcome> {
  const form = await readUploadForm(req);
  const filename = form.files.get('content')?.[0]?.filename ?? '';
  const done = (response: StandinResponse): UploadOutcome => ({ filename, response });
  const bad = (reason: string) => done(withReason(400, reason));

  // `:action` selects the view on PyPI; without it the route does not match at all.
  const action = form.get(':action');
  if (action === 'submit' || action === 'submit_pkg_info') return done(withReason(410, 'Project pre-registration is no longer required or supported, upload your files instead.'));
  if (action === 'doc_upload') return done(withReason(410, 'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.'));
  if (action !== 'file_upload') return done(notFound());

  const identity = credentials.identify(req.headers.authorization);
  if ('status' in identity) return done(identity);

  const checked = checkUploadForm(form);
  if ('reason' in checked) return bad(checked.reason);
  const { content, version, versionText } = checked;

  const existing = store.project(checked.name);
  if (!existing && identity.kind === 'oidc') {
    return bad(
      "Non-user identities cannot create new projects. This was probably caused by successfully using a pending publisher but specifying the project name incorrectly (either in the publisher or in your project's metadata). Please ensure that both match. See: https://docs.pypi.org/trusted-publishers/troubleshooting/",
    );
  }
  const projectName = existing?.name ?? checked.name;
  const refused = credentials.refuseUpload(identity, projectName);
  if (refused) return done(refused);
  const canonical = normalizeName(checked.name);
  const release = existing && store.release(existing, versionText);

  // _validate_filename: characters object storage refuses, path separators, extension vs filetype.
  if (/[\x00-\x1f\x7f]/.test(filename)) return bad('Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.');
  if (/[/\\]/.test(filename)) return bad("Cannot upload a file with '/' or '\\' in the name.");
  const extension = /^.+?(\.tar\.gz|\.zip|\.whl)$/i.exec(filename)?.[1];
  if (!extension) return bad('Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information');
  const allowed = checked.filetype === 'sdist' ? ['.tar.gz', '.zip'] : ['.whl'];
  if (!allowed.includes(extension)) return bad(`Invalid file extension: Extension ${extension} is invalid for filetype ${checked.filetype}. See https://www.python.org/dev/peps/pep-0527 for more information.`);
  if (!content.type || content.type.startsWith('image/')) return bad('Invalid distribution file.');
  if (content.bytes.length > MAX_FILE_BYTES) {
    return bad(`File too large. Limit for project ${pyRepr(projectName)} is 100 MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`);
  }

  const digests = digestsOf(content.bytes);
  const sent = checked.digests;
  const mismatch = (given: string | undefined, actual: string) => given !== undefined && given !== '' && given.toLowerCase() !== actual;
  if (mismatch(sent.md5, digests.md5) || mismatch(sent.sha256, digests.sha256) || mismatch(sent.blake2_256, digests.blake2b256)) {
    return bad('The digest supplied does not match a digest calculated from the uploaded file.');
  }

  // A file with this name or these bytes exists: the same file is a no-op 200 (so a retried upload succeeds), anything else is refused.
  const duplicate = store.findFile(filename, digests.blake2b256);
  if (duplicate) {
    if (duplicate.filename === filename && duplicate.sha256 === digests.sha256 && duplicate.blake2b256 === digests.blake2b256) return done({ status: 200, body: '' });
    return bad(`File already exists (${pyRepr(filename)}, with blake2_256 hash ${pyRepr(digests.blake2b256)}). ${FILE_REUSE_HELP}`);
  }
  if (store.deletedFilenames.has(filename)) return bad(`This filename was previously used by a file that has since been deleted. Use a different version. ${FILE_REUSE_HELP}`);
  if (checked.filetype === 'sdist' && release?.files.some((f) => f.packagetype === 'sdist')) return bad('Only one sdist may be uploaded per release.');

  const prefix = canonical.replace(/-/g, '_');
  if (checked.filetype === 'sdist') {
    const parsed = parseSdistFilename(filename);
    if (!parsed) return bad(`Invalid source distribution filename: ${filename}`);
    if (parsed.name !== canonical) return bad(`Start filename for ${pyRepr(projectName)} with ${pyRepr(prefix)}.`);
    // PEP 625: exactly `<normalized_name>-<normalized version>.tar.gz`.
    const expected = `${prefix}-${versionText}.tar.gz`;
    if (filename !== expected) return bad(`Filename ${pyRepr(filename)} is invalid, should be ${pyRepr(expected)}.`);
  } else {
    const wheel = parseWheelFilename(filename);
    if ('error' in wheel) return bad(wheel.error);
    const platform = wheel.platforms.find((tag) => !isSupportedPlatformTag(tag));
    if (platform !== undefined) return bad(`Binary wheel ${pyRepr(filename)} has an unsupported platform tag ${pyRepr(platform)}.`);
    if (wheel.name !== canonical) return bad(`Start filename for ${pyRepr(projectName)} with ${pyRepr(prefix)}.`);
    if (wheel.rawName !== prefix) return bad(`Filename ${pyRepr(filename)} should contain the normalized project name ${pyRepr(prefix)}, not ${pyRepr(wheel.rawName)}.`);
    if (!sameVersion(version, wheel.version)) return bad(`Version in filename should be ${pyRepr(versionText)} not ${pyRepr(normalizeVersion(wheel.version))}.`);
  }

  let provenance: StoredFile['provenance'];
  if (checked.attestations !== undefined) {
    const outcome = attestations.check(checked.attestations, identity, { filename, sha256: digests.sha256 });
    if ('problem' in outcome) return bad(`Invalid attestations supplied during upload: ${outcome.problem}`);
    provenance = outcome.provenance;
  }

  const project = existing ?? store.ensureProject(checked.name);
  // PyPI takes the latest upload's spelling of an equivalent name as the display name.
  project.name = checked.name;
  store.addFile(project, versionText, checked.metadata, {
    project: canonical,
    version: release?.version ?? versionText,
    filename,
    bytes: content.bytes,
    ...digests,
    packagetype: checked.filetype,
    pythonVersion: checked.pyversion,
    requiresPython: checked.requiresPython,
    uploadedAt: store.now(),
    metadata: checked.metadata,
    attestations: checked.attestations,
    provenance,
  });
  return done({ status: 200, body: '' });
}
