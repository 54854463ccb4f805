/**
 * The pull requests and issues a release's notes point at — the links release-please writes
 * (`…/owner/repo/issues/12`, `…/pull/12`) and bare `#12` — so each can be told it shipped.
 */
export function referencedNumbers(notes: string, owner: string, repo: string): number[] {
  const found = new Set<number>();
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const link = new RegExp(`github\\.com/${esc(owner)}/${esc(repo)}/(?:issues|pull)/(\\d+)`, 'gi');
  for (const m of notes.matchAll(link)) found.add(Number(m[1]));
  // A bare #N, not inside a URL or a word, and not the text of a link that points elsewhere.
  for (const m of notes.matchAll(/(?<![\w/&])#(\d{1,7})\b(?!\]\()/g)) found.add(Number(m[1]));
  return [...found].filter((n) => n > 0).sort((a, b) => a - b);
}
