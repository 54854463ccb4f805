/**
 * The one rule for a suite whose requirement is missing (a Python tool, the release-please oracle,
 * an interpreter): locally it is skipped loudly — printed, with the reason in the suite's name —
 * so the suite still passes on a machine where apt-get was not allowed; with CI=true (GitHub
 * Actions sets it) it FAILS naming what is missing, so a CI machine can never go green having
 * tested only the pure core (issue #20, item 6).
 *
 *   const skip = skipWhenMissing(missing, reason);
 *   describe.skipIf(skip)(`stage: publish${skippedBecause(skip, reason)}`, …)
 */

/** True on CI: GitHub Actions and most CI services set CI=true. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(true|1)$/i.test(env.CI ?? '');
}

/**
 * Whether the suite must skip because `missing` is not empty. Prints the reason when it skips;
 * with CI=true throws instead, so the test file fails at collection naming what is missing.
 */
export function skipWhenMissing(missing: readonly string[], reason: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (missing.length === 0) return false;
  if (isCi(env)) {
    throw new Error(`CI=true: ${missing.join(', ')} missing, and on CI a suite is never skipped — ${reason}`);
  }
  console.warn(`skipping: ${reason}`);
  return true;
}

/** The suffix for a skipped suite's name, so the reason shows in the test report. */
export function skippedBecause(skip: boolean, reason: string): string {
  return skip ? ` (skipped: ${reason})` : '';
}
