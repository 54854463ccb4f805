/** SHA256SUMS in the format `sha256sum --check` reads: hex digest, two spaces, file name. */
export function renderSha256Sums(files: readonly { name: string; sha256: string }[]): string {
  return [...files].sort((a, b) => a.name.localeCompare(b.name)).map((f) => `${f.sha256}  ${f.name}\n`).join('');
}

/** The entries of a SHA256SUMS text (`<hex>  <name>` or `<hex> *<name>`); lines in another form are skipped. */
export function parseSha256Sums(text: string): { name: string; sha256: string }[] {
  return text.split('\n').flatMap((line) => {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
    return m ? [{ sha256: m[1]!, name: m[2]! }] : [];
  });
}
