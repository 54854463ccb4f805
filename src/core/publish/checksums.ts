/** SHA256SUMS in the format `sha256sum --check` reads: hex digest, two spaces, file name. */
export function renderSha256Sums(files: readonly { name: string; sha256: string }[]): string {
  return [...files].sort((a, b) => a.name.localeCompare(b.name)).map((f) => `${f.sha256}  ${f.name}\n`).join('');
}
