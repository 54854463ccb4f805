/**
 * CPython feature releases with their release and end-of-life dates (PEP 596, 619, 664, 693, 719,
 * 745, 790; https://devguide.python.org/versions/). A project that states only `requires-python`
 * is tested on the versions it allows that are released and still supported on the run's date.
 * Data, not code: one line per release when a new one ships.
 */
export interface CpythonRelease {
  version: string;
  /** First final release, YYYY-MM-DD. */
  released: string;
  /** End of life (end of security support), YYYY-MM: the end of that month. */
  endOfLife: string;
}

export const cpythonReleases: readonly CpythonRelease[] = [
  { version: '3.8', released: '2019-10-14', endOfLife: '2024-10' },
  { version: '3.9', released: '2020-10-05', endOfLife: '2025-10' },
  { version: '3.10', released: '2021-10-04', endOfLife: '2026-10' },
  { version: '3.11', released: '2022-10-24', endOfLife: '2027-10' },
  { version: '3.12', released: '2023-10-02', endOfLife: '2028-10' },
  { version: '3.13', released: '2024-10-07', endOfLife: '2029-10' },
  { version: '3.14', released: '2025-10-07', endOfLife: '2030-10' },
  { version: '3.15', released: '2026-10-01', endOfLife: '2031-10' },
];

/** Versions released on or before `today` (YYYY-MM-DD) and not yet past their end of life. */
export function supportedCpythons(today: string): string[] {
  return cpythonReleases.filter((r) => r.released <= today && `${r.endOfLife}-31` >= today).map((r) => r.version);
}
