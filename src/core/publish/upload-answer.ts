/**
 * The legacy upload API's answer → what to do. PyPI puts the reason in the status line; each
 * known reason gets the fix a maintainer needs (protocols.md §3.3).
 */

export type UploadVerdict =
  | { kind: 'stored' }
  /** Same file name with other bytes is already on the index (or a 409 from a private index). */
  | { kind: 'exists'; reason: string }
  | { kind: 'retry'; reason: string }
  | { kind: 'token-expired'; reason: string }
  | { kind: 'refused'; reason: string; fix: string };

export function judgeUploadAnswer(status: number, reason: string, body: string): UploadVerdict {
  const text = reason || firstLine(body);
  if (status >= 200 && status < 300) return { kind: 'stored' };
  if (status >= 500 || status === 408 || status === 429) return { kind: 'retry', reason: `HTTP ${status} ${text}`.trim() };
  if (status === 409 || (status === 400 && /already exist/i.test(`${reason} ${body}`))) return { kind: 'exists', reason: text };
  if (status === 403 && /token is expired/i.test(text)) return { kind: 'token-expired', reason: text };
  return { kind: 'refused', reason: `HTTP ${status} ${text}`.trim(), fix: fixFor(status, text) };
}

function fixFor(status: number, reason: string): string {
  const rules: [RegExp, string][] = [
    [/previously used by a file that has since been deleted/i, 'a deleted file name can never be reused: release a new version'],
    [/Non-user identities cannot create new projects/i, "the pending publisher was registered for another project name: make [project].name match it, or fix the pending publisher"],
    [/not valid for project|isn't allowed to upload to project/i, 'add this workflow as a trusted publisher of the project (or use a token scoped to it)'],
    [/Invalid or non-existent authentication/i, 'the password input holds no valid token for this index: use trusted publishing (id-token: write) or a current API token'],
    [/description failed to render/i, 'fix the README\'s markup, or declare its type: readme = "README.md" in [project] sets text/markdown'],
    [/older than 14 days/i, 'this release is too old to take new files: release a new version'],
    [/File too large|Project size too large/i, 'ask the index for a larger limit, or make the distribution smaller'],
    [/digest supplied does not match/i, 'the file changed while it was uploaded: re-run'],
    [/Version in filename|Start filename|should contain the normalized project name|is invalid, should be/i, 'the file name disagrees with its metadata: rebuild with a current build backend'],
    [/is an invalid value for/i, 'fix the metadata field the message names in pyproject.toml'],
    [/Only one sdist/i, 'the release already has another sdist: upload exactly one per version'],
    [/Too many new projects/i, 'the index limits new projects per hour: re-run later'],
  ];
  for (const [pattern, fix] of rules) if (pattern.test(reason)) return fix;
  return status === 403 ? 'check the credentials for this index' : 'fix what the message says and re-run';
}

function firstLine(body: string): string {
  // PyPI's HTML error page repeats the reason; keep it short and tag-free.
  return body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}
