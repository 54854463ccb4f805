/** owner/name from a remote URL: https, ssh (git@host:o/r.git), ssh://, or a mirror path ending in o/r(.git). */
export function ownerRepoFromUrl(url: string): { owner: string; repo: string } | undefined {
  const m = /[/:]([A-Za-z0-9-_.]+)\/([A-Za-z0-9-_.]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}
