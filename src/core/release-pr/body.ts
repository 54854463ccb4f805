/** The release PR body (release-please's PullRequestBody, one release) and the entry read back from it. */
import { tryParseVersion, type Version, type VersionNotation } from '../version/version.js';

export const DEFAULT_HEADER = ':robot: I have created a release *beep* *boop*';
export const DEFAULT_FOOTER =
  'This PR was generated with [Release Please](https://github.com/googleapis/release-please). See [documentation](https://github.com/googleapis/release-please#release-please).';
const DELIMITER = '---';

/** `grouped` is release-please's merged PR (separate-pull-requests: false): the entry folds into <details>. */
export function renderBody(entry: string, header = DEFAULT_HEADER, footer = DEFAULT_FOOTER, grouped?: { component: string; version: string }): string {
  return grouped ? renderGroupedBody([{ ...grouped, entry }], header, footer) : wrapNotes(entry, header, footer);
}

/** release-please's PullRequestBody with useComponents: one <details> per release, in order. */
export function renderGroupedBody(releases: ReadonlyArray<{ component: string; version: string; entry: string }>, header = DEFAULT_HEADER, footer = DEFAULT_FOOTER): string {
  const notes = releases.map((r) => `<details><summary>${r.component ? `${r.component}: ` : ''}${r.version}</summary>\n\n${r.entry}\n</details>`).join('\n\n');
  return wrapNotes(notes, header, footer);
}

function wrapNotes(notes: string, header: string, footer: string): string {
  return `${header}\n${DELIMITER}\n\n\n${notes}\n\n${DELIMITER}\n${footer}`;
}

/** The notes between the first and the last `---` line, and the version of their first heading. */
export function parseBody(body: string, notation: VersionNotation = 'semver'): { entry: string; version: Version | undefined } | undefined {
  const lines = body.trim().replace(/\r\n/g, '\n').split('\n');
  const first = lines.indexOf(DELIMITER);
  if (first === -1) return undefined;
  let last = lines.lastIndexOf(DELIMITER);
  if (last === first) last = lines.length - 1;
  const entry = lines.slice(first + 1, last).join('\n').trim();
  const heading = /^#{2,3} \[?(\d+\.\d+\.\d+[^\]\s]*)/m.exec(entry);
  return { entry, version: heading ? tryParseVersion(heading[1]!, notation) : undefined };
}
