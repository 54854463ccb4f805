/**
 * What the index shows for a release, judged against what was uploaded: visible (every file,
 * same sha256), not yet (missing: the CDN lags — keep waiting), or published wrong (a digest
 * differs — waiting cannot fix it). protocols.md §3.8.
 */

export interface ExpectedFile {
  name: string;
  sha256: string;
}

export interface ShownFile {
  filename: string;
  sha256: string;
}

export type Availability =
  | { state: 'visible' }
  | { state: 'not-yet'; missing: string[] }
  | { state: 'wrong'; problems: string[] };

/** `shown` is null when the index does not know the release at all (404). */
export function judgeAvailability(expected: readonly ExpectedFile[], shown: readonly ShownFile[] | null): Availability {
  if (shown === null) return { state: 'not-yet', missing: expected.map((e) => e.name) };
  const byName = new Map(shown.map((s) => [s.filename, s.sha256.toLowerCase()]));
  const problems = expected.filter((e) => byName.has(e.name) && byName.get(e.name) !== e.sha256.toLowerCase()).map((e) => `${e.name}: the index has sha256 ${byName.get(e.name)}, the upload was ${e.sha256}`);
  if (problems.length > 0) return { state: 'wrong', problems };
  const missing = expected.filter((e) => !byName.has(e.name)).map((e) => e.name);
  return missing.length > 0 ? { state: 'not-yet', missing } : { state: 'visible' };
}

/** Waits between polls: 2 s, 4 s, 8 s … capped at 30 s, never past the deadline. */
export function nextPollDelay(attempt: number, remainingMs: number): number {
  return Math.max(0, Math.min(2_000 * 2 ** attempt, 30_000, remainingMs));
}
