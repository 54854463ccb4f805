import type { AnnotationProperties, Runtime } from './runtime.js';
import { secretForms } from './secrets.js';
import { withholdFromChildren } from '../process/run-process.js';

/**
 * The CLI twin of the Actions runtime: plain text on stderr (so stdout stays clean for
 * `--json`), outputs collected in memory, summary kept for `--summary` style printing.
 */
export class CliRuntime implements Runtime {
  readonly kind = 'cli' as const;
  readonly outputs = new Map<string, string>();
  readonly summary: string[] = [];
  private readonly secrets: string[] = [];

  constructor(
    readonly isDebug = process.env.PYRELEASE_DEBUG === '1',
    private readonly write: (text: string) => void = (t) => process.stderr.write(t),
  ) {}

  getInput(_name: string): string {
    return '';
  }
  env(name: string): string | undefined {
    const v = process.env[name];
    return v === undefined || v === '' ? undefined : v;
  }
  private line(text: string): void {
    let safe = text;
    for (const s of this.secrets) safe = safe.split(s).join('***');
    this.write(safe + '\n');
  }
  info(message: string): void {
    this.line(message);
  }
  debug(message: string): void {
    if (this.isDebug) this.line(`debug: ${message}`);
  }
  notice(message: string, props?: AnnotationProperties): void {
    this.line(`notice: ${where(props)}${message}`);
  }
  warning(message: string, props?: AnnotationProperties): void {
    this.line(`warning: ${where(props)}${message}`);
  }
  error(message: string, props?: AnnotationProperties): void {
    this.line(`error: ${where(props)}${message}`);
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.line(`── ${title}`);
    return fn();
  }
  setSecret(value: string): void {
    // Longest first, so a short form never masks half of a longer one.
    this.secrets.push(...secretForms(value));
    this.secrets.sort((a, b) => b.length - a.length);
    withholdFromChildren(value);
  }
  toolOutput(title: string, text: string): void {
    if (this.isDebug) this.line(`── ${title}\n${text}`);
  }
  setOutput(name: string, value: string): void {
    this.outputs.set(name, value);
  }
  async appendSummary(markdown: string): Promise<void> {
    this.summary.push(markdown);
  }
  fail(line: string, exitCode = 1): void {
    this.line(`error: ${line}`);
    process.exitCode = exitCode;
  }
}

function where(props?: AnnotationProperties): string {
  if (!props?.file) return '';
  return `${props.file}${props.startLine ? `:${props.startLine}` : ''}${props.startColumn ? `:${props.startColumn}` : ''}: `;
}
