/**
 * Narrowing for parsed JSON, TOML and YAML: a plain object, not null and not a list. The one
 * place this test is written; config, gates, event payloads and API answers all use it.
 */
export type JsonRecord = Record<string, unknown>;

export function isRecord(v: unknown): v is JsonRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value as a record; undefined when it is not one. */
export function asRecord(v: unknown): JsonRecord | undefined {
  return isRecord(v) ? v : undefined;
}

/** The value as a record; an empty one when it is not (an absent payload field reads as no fields). */
export function recordOrEmpty(v: unknown): JsonRecord {
  return isRecord(v) ? v : {};
}
