/**
 * Collects every problem found in one config or manifest file instead of stopping at the first
 * (style.md: configuration is checked in full). Each problem names the file, the key path and
 * the fix; line and column are attached at the end, from the parsed text.
 */
import { PyreleaseError, PyreleaseErrors } from '../../errors/pyrelease-error.js';
import type { configErrors } from '../../errors/catalogue/config.js';
import type { KeyPath } from './json-text.js';
import type { Location } from './json-text.js';

export type ConfigErrorCode = keyof typeof configErrors;

interface Finding {
  code: ConfigErrorCode;
  path: KeyPath;
  message: string;
  fix: string;
}

export class ConfigFindings {
  private readonly found: Finding[] = [];
  /** Sub-keys of list entries that nothing reads, in the order met. */
  readonly unknownKeys: KeyPath[] = [];

  constructor(readonly file: string) {}

  /** `what` continues the sentence "<file>: <key> …". */
  problem(code: ConfigErrorCode, path: KeyPath, what: string, fix: string): void {
    this.found.push({ code, path, message: `${this.file}: ${formatKeyPath(path)} ${what}`, fix });
  }

  /** A problem about the file as a whole, not one key. */
  fileProblem(code: ConfigErrorCode, what: string, fix: string): void {
    this.found.push({ code, path: [], message: `${this.file}: ${what}`, fix });
  }

  wrongType(path: KeyPath, expected: string, got: unknown, fix: string): undefined {
    this.problem('CONFIG_WRONG_TYPE', path, `must be ${expected}, got ${describeValue(got)}`, fix);
    return undefined;
  }

  unknown(path: KeyPath): void {
    this.unknownKeys.push(path);
  }

  get count(): number {
    return this.found.length;
  }

  /** Throws every problem at once, in the order they appear in the file. */
  throwIfAny(locate: (path: KeyPath) => Location | undefined): void {
    if (this.found.length > 0) this.throwAll(locate);
  }

  throwAll(locate: (path: KeyPath) => Location | undefined): never {
    const errors = this.found
      .map((f, index) => ({ f, index, at: locate(f.path) }))
      .sort((a, b) => (a.at?.line ?? 0) - (b.at?.line ?? 0) || (a.at?.column ?? 0) - (b.at?.column ?? 0) || a.index - b.index)
      .map(({ f, at }) => {
        const key = f.path.length > 0 ? formatKeyPath(f.path) : undefined;
        return new PyreleaseError(f.code, f.message, { file: this.file, ...(key && { key }), ...(at && key && at), fix: f.fix });
      });
    throw new PyreleaseErrors(errors);
  }
}

/**
 * `packages."."."bump-minor-pre-major"`, `"label"`, `packages."."."extra-files"[1]."path"`: every
 * key quoted as it is written in the file (package paths hold dots), list items by index.
 */
export function formatKeyPath(path: KeyPath): string {
  return path
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${i === 0 && s === 'packages' ? s : JSON.stringify(s)}`))
    .join('');
}

/** A value as a user would recognise it in their file, kept short and on one line. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (Array.isArray(v)) return v.length === 0 ? 'an empty list' : 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/** The last key name on a path: what the user should write in the fix. */
export function keyName(path: KeyPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const s = path[i];
    if (typeof s === 'string') return s;
  }
  return '';
}
