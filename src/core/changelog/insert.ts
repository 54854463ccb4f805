/** Puts the new entry into CHANGELOG.md where release-please does (release-please-behaviour.md §7). */
const VERSION_HEADING = /\n###? v?[0-9[]/s;

export function insertChangelogEntry(existing: string | undefined, entry: string): string {
  const content = existing ?? '';
  const at = content.search(VERSION_HEADING);
  if (at === -1) {
    // No version heading yet: a new file, or old text that moves below with every H1 demoted.
    return content ? `# Changelog\n\n${entry}\n\n${content.replace(/^#(\s)/gm, '##$1').trim()}\n` : `# Changelog\n\n${entry}\n`;
  }
  return `${content.slice(0, at)}\n${entry}\n${content.slice(at)}`.trim() + '\n';
}
