/**
 * The in-toto statement PyPI's publish attestation signs (PEP 740): exactly one subject, the
 * distribution's file name and sha256, predicate type publish/v1 with no predicate.
 */
export const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export function publishStatement(filename: string, sha256: string): Buffer {
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: filename, digest: { sha256: sha256.toLowerCase() } }],
    predicateType: PUBLISH_PREDICATE_TYPE,
    predicate: null,
  };
  return Buffer.from(JSON.stringify(statement));
}

/** The statement a bundle or attestation carries, checked against the file it must describe. */
export function statementProblem(payload: Buffer, filename: string, sha256: string): string | undefined {
  let statement: { _type?: unknown; subject?: Array<{ name?: unknown; digest?: { sha256?: unknown } }>; predicateType?: unknown };
  try {
    statement = JSON.parse(payload.toString('utf8')) as typeof statement;
  } catch {
    return 'the signed statement is not JSON';
  }
  if (statement._type !== 'https://in-toto.io/Statement/v1') return 'the signed statement is not an in-toto v1 statement';
  if (statement.predicateType !== PUBLISH_PREDICATE_TYPE) return `the signed statement has predicate type ${String(statement.predicateType)}`;
  if (!Array.isArray(statement.subject) || statement.subject.length !== 1) return 'the signed statement must have exactly one subject';
  const [subject] = statement.subject;
  if (subject?.name !== filename) return `the signed statement names ${String(subject?.name)}, not ${filename}`;
  if (subject.digest?.sha256 !== sha256.toLowerCase()) return `the signed digest ${String(subject.digest?.sha256)} is not the file's sha256 ${sha256}`;
  return undefined;
}
