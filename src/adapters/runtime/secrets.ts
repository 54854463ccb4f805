/**
 * Encoded forms a secret can leak in: a log may show it base64'd (Basic auth), URL-encoded
 * (query strings) or JSON-escaped. Masking only the raw value is how tokens end up in logs.
 */
export function secretForms(value: string): string[] {
  if (value.length < 4) return [];
  const forms = new Set<string>([
    value,
    Buffer.from(value).toString('base64'),
    Buffer.from(`__token__:${value}`).toString('base64'),
    Buffer.from(`x-access-token:${value}`).toString('base64'),
    encodeURIComponent(value),
    JSON.stringify(value).slice(1, -1),
  ]);
  return [...forms].filter((f) => f.length >= 4);
}
