/**
 * The part of Octokit's RequestError that our retry policy and error messages read, as one type.
 * Errors arrive as `unknown` (Octokit, fetch or anything thrown below them), so every field is
 * optional and readers still check what they use.
 */
export interface HttpErrorLike {
  status?: number;
  message?: string;
  cause?: unknown;
  /** Set by Octokit on every request error; absent on errors thrown before a request was made. */
  request?: { url?: string };
  /** Absent when no answer came back (Octokit then reports status 500). */
  response?: { headers?: Record<string, string | undefined>; data?: unknown };
}
