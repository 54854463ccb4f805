/**
 * The one error type every known failure is raised as. Responsible for carrying a stable
 * catalogue code plus the facts (file, key, input, fix) that render.ts turns into one log
 * line and a longer summary section. Never carries a secret.
 */
export interface ErrorDetails {
  /** File the problem is in, relative to the working directory when possible. */
  file?: string;
  /** Config key, JSON path, input name or claim the problem is about. */
  key?: string;
  /** 1-based line and column, when known (JSON/TOML syntax errors). */
  line?: number;
  column?: number;
  /** What to do about it: one sentence, may hold a YAML or shell snippet. */
  fix?: string;
  /** Extra lines for the long form (job summary), never printed in the one-line form. */
  more?: string[];
}

export class PyreleaseError extends Error {
  override readonly name = 'PyreleaseError';
  constructor(
    readonly code: string,
    message: string,
    readonly details: ErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Several problems found at once (configuration is checked in full, all problems reported). */
export class PyreleaseErrors extends PyreleaseError {
  constructor(readonly problems: PyreleaseError[]) {
    const first = problems[0];
    super(
      first?.code ?? 'INTERNAL',
      problems.length === 1 || !first
        ? (first?.message ?? 'unknown problem')
        : `${first.message} (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})`,
      first?.details ?? {},
    );
  }
}

export function isPyreleaseError(e: unknown): e is PyreleaseError {
  return e instanceof PyreleaseError;
}
