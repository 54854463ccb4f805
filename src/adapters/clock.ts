/** The only way code reads time or waits, so tests and backoff never really sleep. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Today in UTC as YYYY-MM-DD (CHANGELOG headings use UTC, like release-please on runners). */
  today(): string;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  today: () => new Date().toISOString().slice(0, 10),
};
