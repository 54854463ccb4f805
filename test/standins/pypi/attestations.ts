/**
 * PEP 740 attestations as PyPI takes them at upload (protocols.md §4.4), in Warehouse's order: only
 * with trusted publishing; the field parsed as a list of attestation objects (pydantic-like
 * `Malformed attestations: …` texts); not empty, at most 2; then each one, as pypi-attestations
 * verifies it, rebuilt into a v0.3 DSSE bundle and checked with `@sigstore/verify` against the
 * configured trusted root (chain, SCT, tlog inclusion, DSSE signature), the certificate held to the
 * GitHub publisher that authenticated the upload (issuer, Source Repository URI, Build Config URI at
 * the certificate's own digest or ref), the in-toto statement's single subject to the uploaded
 * file's name and sha256, its predicate type to the two known ones; finally one attestation per
 * predicate type. Accepted attestations become the file's provenance object (§3.7).
 *
 * Without a trusted root (no `sigstore` option) only the first steps up to "a JSON list" run, and
 * the list is kept as sent, as the stand-in did before it could verify anything.
 */
import { bundleFromJSON } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import type { Identity, TrustedPublisher } from './credentials.js';
import { canonicalVersion } from './pep440.js';
import { normalizeName, parseSdistFilename, parseWheelFilename, pyRepr } from './names.js';

export const PYPI_PUBLISH_V1 = 'https://docs.pypi.org/attestations/publish/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** pypi-attestations' AttestationType: the predicate types it verifies at all. */
const KNOWN_PREDICATE_TYPES = [SLSA_PROVENANCE_V1, PYPI_PUBLISH_V1];
/** Warehouse's SUPPORTED_ATTESTATION_TYPES (today the same two, so its own "unsupported" refusal is not reached). */
const SUPPORTED_PREDICATE_TYPES = new Set([PYPI_PUBLISH_V1, SLSA_PROVENANCE_V1]);
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const OID = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
};
const COULD_NOT_VERIFY = 'Could not verify the uploaded artifact using the included attestation: Verification failed: ';
const UNKNOWN_ERROR = 'Unknown error while trying to verify included attestations: ';

/** A PEP 740 attestation object as sent in the `attestations` field. */
export interface Attestation {
  version: 1;
  verification_material: {
    /** base64(DER) of the signing certificate. */
    certificate: string;
    /** Rekor entries in protobuf JSON, as in a bundle's `tlogEntries`; only the first is used. */
    transparency_entries: Record<string, unknown>[];
  };
  envelope: {
    /** base64 of the in-toto statement bytes. */
    statement: string;
    /** base64 of the DSSE signature. */
    signature: string;
  };
}

/** PyPI's provenance object (`GET /integrity/…/provenance`). */
export interface Provenance {
  version: 1;
  attestation_bundles: {
    publisher: { kind: 'GitHub'; repository: string; workflow: string; environment: string; claims: null };
    attestations: unknown[];
  }[];
}

/** The bundle shape `attestationFromBundle` reads: protobuf JSON of a DSSE bundle (v0.2 chain or v0.3 certificate). */
export interface DsseBundleJson {
  verificationMaterial: {
    certificate?: { rawBytes: string };
    x509CertificateChain?: { certificates: { rawBytes: string }[] };
    tlogEntries: unknown[];
  };
  dsseEnvelope?: { payload: string; payloadType: string; signatures: { sig: string; keyid?: string }[] };
}

/** pypi-attestations' `Attestation.from_bundle`: the leaf, the first tlog entry, the statement and its one signature. */
export function attestationFromBundle(bundle: DsseBundleJson): Attestation {
  const envelope = bundle.dsseEnvelope;
  if (!envelope) throw new Error('expected a DSSE bundle');
  if (envelope.signatures.length !== 1) throw new Error(`expected exactly one signature, got ${envelope.signatures.length}`);
  const material = bundle.verificationMaterial;
  const certificate = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes;
  const entry = material.tlogEntries[0];
  if (certificate === undefined || entry === undefined) throw new Error('expected a signing certificate and a transparency log entry');
  return {
    version: 1,
    verification_material: { certificate, transparency_entries: [entry as Record<string, unknown>] },
    envelope: { statement: envelope.payload, signature: envelope.signatures[0]!.sig },
  };
}

/** pypi-attestations' `Attestation.to_bundle`: the v0.3 DSSE bundle (protobuf JSON) verification runs on. */
export function attestationToBundle(attestation: Attestation): Record<string, unknown> {
  return {
    mediaType: BUNDLE_V03,
    verificationMaterial: {
      certificate: { rawBytes: attestation.verification_material.certificate },
      tlogEntries: [attestation.verification_material.transparency_entries[0]],
      timestampVerificationData: { rfc3161Timestamps: [] },
    },
    dsseEnvelope: {
      payload: attestation.envelope.statement,
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      signatures: [{ sig: attestation.envelope.signature, keyid: '' }],
    },
  };
}

/** The uploaded file an attestation must be about. */
export interface Distribution {
  filename: string;
  /** Lower-case hex. */
  sha256: string;
}

export type AttestationOutcome = { provenance: Provenance } | { problem: string };

/** Responsible for accepting or refusing an upload's attestations, with Warehouse's reason. */
export class AttestationChecker {
  readonly #verifier: Verifier | undefined;

  /** Without a trusted root only the list shape is checked (see the file comment). */
  constructor(trustedRoot?: Record<string, unknown>) {
    this.#verifier = trustedRoot && new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)));
  }

  /** The provenance to store, or the detail after `Invalid attestations supplied during upload: `. */
  check(raw: string, identity: Identity, dist: Distribution): AttestationOutcome {
    if (identity.kind !== 'oidc') return { problem: 'Attestations are only supported when using Trusted Publishing' };
    const publisher = identity.publisher;

    if (!this.#verifier) {
      const value = parseJson(raw);
      if ('error' in value) return { problem: `Malformed attestations: ${value.error}` };
      if (!Array.isArray(value.value)) return { problem: 'Malformed attestations: expected a JSON array of attestation objects' };
      return { provenance: provenanceOf(publisher, value.value) };
    }

    const parsed = parseAttestations(raw);
    if ('problem' in parsed) return parsed;
    const { attestations } = parsed;
    if (attestations.length === 0) return { problem: 'Malformed attestations: an empty attestation set is not permitted' };
    if (attestations.length > SUPPORTED_PREDICATE_TYPES.size) return { problem: `A maximum of ${SUPPORTED_PREDICATE_TYPES.size} attestations per file are supported` };

    const seen = new Set<string>();
    for (const attestation of attestations) {
      const verified = this.#verify(attestation, dist, publisher);
      if ('problem' in verified) return verified;
      const type = verified.predicateType;
      if (!SUPPORTED_PREDICATE_TYPES.has(type)) return { problem: `Attestation with unsupported predicate type: ${type}` };
      if (seen.has(type)) return { problem: `Multiple attestations for the same file with the same predicate type (${type}) are not supported` };
      seen.add(type);
    }
    return { provenance: provenanceOf(publisher, attestations) };
  }

  /** pypi-attestations' `Attestation.verify` with the publisher's policy. */
  #verify(attestation: Attestation, dist: Distribution, publisher: TrustedPublisher): { predicateType: string } | { problem: string } {
    const failed = (why: string) => ({ problem: `${COULD_NOT_VERIFY}${why}` });

    let certificate: X509Certificate;
    try {
      certificate = X509Certificate.parse(Buffer.from(attestation.verification_material.certificate, 'base64'));
    } catch {
      return { problem: `${UNKNOWN_ERROR}invalid X.509 certificate` };
    }
    let bundle: ReturnType<typeof bundleFromJSON>;
    try {
      bundle = bundleFromJSON(attestationToBundle(attestation));
    } catch {
      return { problem: `${UNKNOWN_ERROR}invalid transparency log entry` };
    }
    try {
      this.#verifier!.verify(toSignedEntity(bundle));
    } catch (error) {
      return failed(error instanceof Error ? error.message : String(error));
    }
    const policyFailure = githubPublisherPolicy(certificate, publisher);
    if (policyFailure) return failed(policyFailure);

    const statement = parseStatement(Buffer.from(attestation.envelope.statement, 'base64').toString('utf8'));
    if ('error' in statement) return failed(`invalid statement: ${statement.error}`);
    if (statement.subject.length !== 1) return failed('too many subjects in statement (must be exactly one)');
    const subject = statement.subject[0]!;
    if (!subject.name) return failed('invalid subject: missing name');
    const subjectName = distributionKey(subject.name);
    if ('error' in subjectName) return failed(`invalid subject: ${subjectName.error}`);
    const distName = distributionKey(dist.filename);
    if ('error' in distName || subjectName.key !== distName.key) return failed(`subject does not match distribution name: ${subject.name} != ${dist.filename}`);
    if (subject.digest.sha256 !== dist.sha256) return failed('subject does not match distribution digest');
    if (!KNOWN_PREDICATE_TYPES.includes(statement.predicateType)) return failed(`unknown attestation type: ${statement.predicateType}`);
    return { predicateType: statement.predicateType };
  }
}

function provenanceOf(publisher: TrustedPublisher, attestations: unknown[]): Provenance {
  return {
    version: 1,
    attestation_bundles: [
      {
        publisher: { kind: 'GitHub', repository: publisher.repository, workflow: publisher.workflowFilename, environment: publisher.environment ?? '', claims: null },
        attestations,
      },
    ],
  };
}

/** A Fulcio extension from …1.8 on: a DER UTF8String inside the extension's OCTET STRING. */
function extensionText(certificate: X509Certificate, oid: string): string | undefined {
  return certificate.extension(oid)?.valueObj.subs[0]?.value.toString('utf8');
}

/** pypi-attestations' GitHub Trusted Publisher policy, with sigstore-python's texts; undefined when it holds. */
function githubPublisherPolicy(certificate: X509Certificate, publisher: TrustedPublisher): string | undefined {
  const single = (name: string, oid: string, expected: string): string | undefined => {
    const value = extensionText(certificate, oid);
    if (value === undefined) return `Certificate does not contain ${name} (${oid}) extension`;
    return value === expected ? undefined : `Certificate's ${name} does not match (got ${value}, expected ${expected})`;
  };
  const baseline = single('OIDCIssuerV2', OID.issuer, GITHUB_ISSUER) ?? single('OIDCSourceRepositoryURI', OID.sourceRepositoryUri, `https://github.com/${publisher.repository}`);
  if (baseline) return baseline;

  // The publisher knows the workflow file but not the ref: the certificate's own digest or ref completes the URI.
  const buildConfigUri = extensionText(certificate, OID.buildConfigUri);
  if (buildConfigUri === undefined) return `Certificate does not contain OIDCBuildConfigURI (${OID.buildConfigUri}) extension`;
  const suffixes = [extensionText(certificate, OID.sourceRepositoryDigest), extensionText(certificate, OID.sourceRepositoryRef)].filter((s): s is string => s !== undefined);
  if (suffixes.length === 0) return 'Certificate must contain either Source Repository Digest or Source Repository Ref';
  const base = `https://github.com/${publisher.repository}/.github/workflows/${publisher.workflowFilename}`;
  if (suffixes.some((suffix) => buildConfigUri === `${base}@${suffix}`)) return undefined;
  return `Certificate's Build Config URI (${buildConfigUri}) does not match expected Trusted Publisher (${publisher.workflowFilename} @ ${publisher.repository})`;
}

/**
 * What packaging's parse_wheel_filename / parse_sdist_filename make of a name, as a comparable key:
 * the normalized name and version, plus build tag and tag set for a wheel. pypi-attestations
 * compares these, so `Demo_Pkg-0.1-py3-none-any.whl` names the same file as `demo_pkg-0.1.0-…`.
 */
function distributionKey(filename: string): { key: string } | { error: string } {
  if (filename.endsWith('.whl')) {
    const wheel = parseWheelFilename(filename);
    if ('error' in wheel) return wheel;
    const parts = filename.slice(0, -4).split('-');
    const [python = '', abi = '', platform = ''] = parts.slice(-3).map((p) => p.toLowerCase());
    const tags = python.split('.').flatMap((i) => abi.split('.').flatMap((a) => platform.split('.').map((p) => `${i}-${a}-${p}`)));
    const build = parts.length === 6 ? parts[2]! : '';
    return { key: JSON.stringify(['wheel', wheel.name, canonicalVersion(wheel.version), build, [...new Set(tags)].sort()]) };
  }
  if (filename.endsWith('.tar.gz') || filename.endsWith('.zip')) {
    const sdist = parseSdistFilename(filename);
    if (sdist) return { key: JSON.stringify(['sdist', normalizeName(sdist.name), canonicalVersion(sdist.version)]) };
    const stem = filename.replace(/(\.tar\.gz|\.zip)$/, '');
    return { error: stem.includes('-') ? `Invalid sdist filename (invalid version): ${pyRepr(filename)}` : `Invalid sdist filename: ${pyRepr(filename)}` };
  }
  return { error: `unknown distribution format: ${filename}` };
}

// ---- pydantic-like parsing: the texts Warehouse passes on from pydantic's ValidationError ----

interface FieldError {
  loc: (string | number)[];
  msg: string;
  type: string;
  input: unknown;
}

function pyValueRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return pyRepr(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map(pyValueRepr).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pyRepr(k)}: ${pyValueRepr(v)}`).join(', ')}}`;
}

function pyType(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'str';
  return Array.isArray(value) ? 'list' : 'dict';
}

function renderErrors(model: string, errors: FieldError[]): string {
  const lines = [`${errors.length} validation error${errors.length === 1 ? '' : 's'} for ${model}`];
  for (const e of errors) {
    // pydantic shortens long inputs to their first and last characters.
    const repr = pyValueRepr(e.input);
    const shown = repr.length > 50 ? `${repr.slice(0, 25)}...${repr.slice(-24)}` : repr;
    if (e.loc.length > 0) lines.push(e.loc.join('.'));
    lines.push(`  ${e.msg} [type=${e.type}, input_value=${shown}, input_type=${pyType(e.input)}]`);
  }
  return lines.join('\n');
}

function parseJson(raw: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(raw) as unknown };
  } catch (error) {
    return { error: `Invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** pydantic's Base64Bytes: standard alphabet, correct padding. */
function base64Problem(value: unknown): Omit<FieldError, 'loc'> | undefined {
  if (typeof value !== 'string') return { msg: 'Input should be a valid bytes', type: 'bytes_type', input: value };
  const compact = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return { msg: "Base64 decoding error: 'Only base64 data is allowed'", type: 'base64_decode', input: value };
  if (compact.length % 4 !== 0) return { msg: "Base64 decoding error: 'Incorrect padding'", type: 'base64_decode', input: value };
  return undefined;
}

/** `TypeAdapter(list[Attestation]).validate_json(raw)`, with the base64 fields re-encoded as pydantic would dump them. */
function parseAttestations(raw: string): { attestations: Attestation[] } | { problem: string } {
  const malformed = (errors: FieldError[]) => ({ problem: `Malformed attestations: ${renderErrors('list[Attestation]', errors)}` });
  const json = parseJson(raw);
  if ('error' in json) return malformed([{ loc: [], msg: json.error, type: 'json_invalid', input: raw }]);
  if (!Array.isArray(json.value)) return malformed([{ loc: [], msg: 'Input should be a valid list', type: 'list_type', input: json.value }]);

  const errors: FieldError[] = [];
  const model = (loc: (string | number)[], value: unknown, name: string): value is Record<string, unknown> => {
    if (isObject(value)) return true;
    errors.push({ loc, msg: `Input should be a valid dictionary or instance of ${name}`, type: 'model_type', input: value });
    return false;
  };
  const required = (loc: (string | number)[], parent: Record<string, unknown>, key: string): boolean => {
    if (key in parent) return true;
    errors.push({ loc: [...loc, key], msg: 'Field required', type: 'missing', input: parent });
    return false;
  };
  const base64 = (loc: (string | number)[], parent: Record<string, unknown>, key: string) => {
    if (!required(loc, parent, key)) return;
    const problem = base64Problem(parent[key]);
    if (problem) errors.push({ loc: [...loc, key], ...problem });
  };

  json.value.forEach((item, i) => {
    if (!model([i], item, 'Attestation')) return;
    if (required([i], item, 'version') && item.version !== 1) errors.push({ loc: [i, 'version'], msg: 'Input should be 1', type: 'literal_error', input: item.version });
    if (required([i], item, 'verification_material') && model([i, 'verification_material'], item.verification_material, 'VerificationMaterial')) {
      const material = item.verification_material;
      base64([i, 'verification_material'], material, 'certificate');
      if (required([i, 'verification_material'], material, 'transparency_entries')) {
        const entries = material.transparency_entries;
        const loc = [i, 'verification_material', 'transparency_entries'];
        if (!Array.isArray(entries)) errors.push({ loc, msg: 'Input should be a valid list', type: 'list_type', input: entries });
        else if (entries.length === 0) errors.push({ loc, msg: 'List should have at least 1 item after validation, not 0', type: 'too_short', input: entries });
        else entries.forEach((e, j) => isObject(e) || errors.push({ loc: [...loc, j], msg: 'Input should be a valid dictionary', type: 'dict_type', input: e }));
      }
    }
    if (required([i], item, 'envelope') && model([i, 'envelope'], item.envelope, 'Envelope')) {
      base64([i, 'envelope'], item.envelope, 'statement');
      base64([i, 'envelope'], item.envelope, 'signature');
    }
  });
  if (errors.length > 0) return malformed(errors);

  const canonical64 = (value: unknown) => Buffer.from(String(value), 'base64').toString('base64');
  const attestations = (json.value as Record<string, Record<string, unknown>>[]).map(
    (item): Attestation => ({
      version: 1,
      verification_material: {
        certificate: canonical64(item.verification_material!.certificate),
        transparency_entries: item.verification_material!.transparency_entries as Record<string, unknown>[],
      },
      envelope: { statement: canonical64(item.envelope!.statement), signature: canonical64(item.envelope!.signature) },
    }),
  );
  return { attestations };
}

interface Statement {
  subject: { name?: string | null; digest: Record<string, string> }[];
  predicateType: string;
}

/** sigstore-python's `_Statement.model_validate_json`: in-toto v1, at least one subject, a predicate type. */
function parseStatement(text: string): Statement | { error: string } {
  const invalid = (errors: FieldError[]) => ({ error: renderErrors('_Statement', errors) });
  const json = parseJson(text);
  if ('error' in json) return invalid([{ loc: [], msg: json.error, type: 'json_invalid', input: text }]);
  const value = json.value;
  if (!isObject(value)) return invalid([{ loc: [], msg: 'Input should be an object', type: 'model_type', input: value }]);

  const errors: FieldError[] = [];
  const missing = (key: string) => errors.push({ loc: [key], msg: 'Field required', type: 'missing', input: value });
  if (!('_type' in value)) missing('_type');
  else if (value._type !== IN_TOTO_STATEMENT_V1) errors.push({ loc: ['_type'], msg: `Input should be ${pyRepr(IN_TOTO_STATEMENT_V1)}`, type: 'literal_error', input: value._type });
  if (!('subject' in value)) missing('subject');
  else if (!Array.isArray(value.subject)) errors.push({ loc: ['subject'], msg: 'Input should be a valid list', type: 'list_type', input: value.subject });
  else if (value.subject.length === 0) errors.push({ loc: ['subject'], msg: 'List should have at least 1 item after validation, not 0', type: 'too_short', input: value.subject });
  else
    value.subject.forEach((s, i) => {
      if (!isObject(s)) return errors.push({ loc: ['subject', i], msg: 'Input should be a valid dictionary or instance of Subject', type: 'model_type', input: s });
      if (s.name !== undefined && s.name !== null && typeof s.name !== 'string') errors.push({ loc: ['subject', i, 'name'], msg: 'Input should be a valid string', type: 'string_type', input: s.name });
      if (!('digest' in s)) errors.push({ loc: ['subject', i, 'digest'], msg: 'Field required', type: 'missing', input: s });
      else if (!isObject(s.digest)) errors.push({ loc: ['subject', i, 'digest'], msg: 'Input should be a valid dictionary', type: 'dict_type', input: s.digest });
      else for (const [k, v] of Object.entries(s.digest)) if (typeof v !== 'string') errors.push({ loc: ['subject', i, 'digest', k], msg: 'Input should be a valid string', type: 'string_type', input: v });
      return undefined;
    });
  if (!('predicateType' in value)) missing('predicateType');
  else if (typeof value.predicateType !== 'string') errors.push({ loc: ['predicateType'], msg: 'Input should be a valid string', type: 'string_type', input: value.predicateType });
  if (value.predicate !== undefined && value.predicate !== null && !isObject(value.predicate)) {
    errors.push({ loc: ['predicate'], msg: 'Input should be a valid dictionary', type: 'dict_type', input: value.predicate });
  }
  if (errors.length > 0) return invalid(errors);
  return value as unknown as Statement;
}
