/**
 * The form-level checks of PyPI's upload view, before any project or file is looked at
 * (protocols.md §3.3): protocol version, core metadata (Metadata-Version, Name, Version as PEP 440
 * without a local label, Summary), file type and `pyversion`, digest fields, and the `content`
 * part. Each failure is the exact 400 reason Warehouse puts in the status line.
 */
import { isValidProjectName, pyRepr } from './names.js';
import { normalizeVersion, parseVersion, type Pep440Version } from './pep440.js';
import type { UploadForm, UploadedPart } from './multipart.js';

export interface CheckedUpload {
  name: string;
  version: Pep440Version;
  /** `str(meta.version)`. */
  versionText: string;
  filetype: 'sdist' | 'bdist_wheel';
  pyversion: string;
  digests: { md5?: string; sha256?: string; blake2_256?: string };
  requiresPython?: string;
  attestations?: string;
  content: UploadedPart;
  /** Every metadata field of the form (not the file, digests or protocol fields). */
  metadata: Record<string, string[]>;
}

const CORE_METADATA_HELP = 'See https://packaging.python.org/specifications/core-metadata for more information.';
const METADATA_VERSIONS = new Set(['1.0', '1.1', '1.2', '2.0', '2.1', '2.2', '2.3', '2.4']);
const NAME_RULE = "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.";
const NOT_METADATA = new Set([':action', 'protocol_version', 'content', 'filetype', 'pyversion', 'comment', 'md5_digest', 'sha256_digest', 'blake2_256_digest', 'attestations', 'gpg_signature']);

const invalidMetadata = (value: string, field: string, error: string) => ({ reason: `${pyRepr(value)} is an invalid value for ${field}. Error: ${error} ${CORE_METADATA_HELP}` });

/** The checked upload, or the reason for a 400. */
export function checkUploadForm(form: UploadForm): CheckedUpload | { reason: string } {
  // distutils wrote "UNKNOWN" for unset required fields; PyPI drops those values before validating.
  const fields = new Map([...form.fields].map(([k, vs]) => [k, vs.filter((v) => v.trim() !== 'UNKNOWN')] as const).filter(([, vs]) => vs.length > 0));
  const get = (name: string) => fields.get(name)?.[0];

  if ((get('protocol_version') ?? '1') !== '1') return { reason: 'Unknown protocol version.' };
  for (const field of form.files.keys()) if (field !== 'content' && field !== 'gpg_signature') return { reason: `${field}: Should not be a tuple.` };

  const metadataVersion = get('metadata_version') ?? '';
  if (!metadataVersion) return invalidMetadata('', 'Metadata-Version', 'This field is required.');
  if (!METADATA_VERSIONS.has(metadataVersion)) return invalidMetadata(metadataVersion, 'Metadata-Version', 'Use a known metadata version.');
  const name = get('name') ?? '';
  if (!name) return invalidMetadata('', 'Name', 'This field is required.');
  if (!isValidProjectName(name)) return invalidMetadata(name, 'Name', NAME_RULE);
  const versionText = get('version') ?? '';
  if (!versionText) return invalidMetadata('', 'Version', 'This field is required.');
  if (versionText.trim() !== versionText) return invalidMetadata(versionText, 'Version', "Can't have leading or trailing whitespace.");
  const version = parseVersion(versionText);
  if (!version) return invalidMetadata(versionText, 'Version', NAME_RULE);
  if (version.local !== undefined) return invalidMetadata(versionText, 'Version', "Can't use PEP 440 local versions.");

  const filetype = get('filetype') ?? '';
  if (!filetype) return { reason: 'Invalid value for filetype. Error: This field is required.' };
  let pyversion = get('pyversion') ?? '';
  if (filetype !== 'sdist' && !pyversion) return { reason: 'Error: Python version is required for binary distribution uploads.' };
  if (filetype !== 'sdist' && filetype !== 'bdist_wheel') return { reason: 'Invalid value for filetype. Error: Use a known file type.' };
  if (filetype === 'sdist') {
    if (!pyversion) pyversion = 'source';
    else if (pyversion !== 'source') return { reason: "Error: Use 'source' as Python version for an sdist." };
  }

  const digests = { md5: get('md5_digest'), sha256: get('sha256_digest'), blake2_256: get('blake2_256_digest') };
  if (digests.sha256 !== undefined && !/^[a-f0-9]{64}$/i.test(digests.sha256)) return { reason: 'Invalid value for sha256_digest. Error: Use a valid, hex-encoded, SHA256 message digest.' };
  if (digests.blake2_256 !== undefined && !/^[a-f0-9]{64}$/i.test(digests.blake2_256)) return { reason: 'Invalid value for blake2_256_digest. Error: Use a valid, hex-encoded, BLAKE2 message digest.' };
  if (!digests.md5 && !digests.sha256 && !digests.blake2_256) return { reason: 'Error: Include at least one message digest.' };

  const summary = get('summary');
  if (summary !== undefined && summary.length > 512) return invalidMetadata(summary, 'Summary', 'Field cannot be longer than 512 characters.');
  if (summary !== undefined && /[\r\n]/.test(summary)) return invalidMetadata(summary, 'Summary', 'Use a single line only.');

  const content = form.files.get('content')?.[0];
  if (!content) return { reason: 'Upload payload does not have a file.' };

  const metadata: Record<string, string[]> = {};
  for (const [key, values] of fields) if (!NOT_METADATA.has(key)) metadata[key] = values;
  return {
    name,
    version,
    versionText: normalizeVersion(version),
    filetype,
    pyversion,
    digests,
    requiresPython: get('requires_python'),
    attestations: form.fields.get('attestations')?.[0],
    content,
    metadata,
  };
}
