/**
 * Responsible for every byte pyrelease shows or hands back to its caller: log lines, groups,
 * annotations, outputs, masks and the job summary. The action and the CLI each have one
 * implementation; nothing else writes to stdout/stderr or the GITHUB_* files.
 */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Runtime {
  /** "action" runs under GitHub Actions; "cli" is `pyrelease` on a maintainer's machine. */
  readonly kind: 'action' | 'cli';
  readonly isDebug: boolean;
  /** Raw input text ("" when absent); only settings/ calls this. */
  getInput(name: string): string;
  env(name: string): string | undefined;
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, props?: AnnotationProperties): void;
  warning(message: string, props?: AnnotationProperties): void;
  error(message: string, props?: AnnotationProperties): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Hides a secret (and its encoded forms) from every later line. Call before first use. */
  setSecret(value: string): void;
  /** A tool's raw output in its own collapsed group, with workflow commands in it disabled. */
  toolOutput(title: string, text: string): void;
  setOutput(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  /** The one failure line of a run; sets a non-zero exit code. */
  fail(line: string, exitCode?: number): void;
}
