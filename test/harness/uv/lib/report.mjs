// What the stand-in prints, in uv's shapes: progress lines and errors go to stderr (uv writes
// nothing but the command's own output to stdout), `error: …` with `Caused by:` and `hint:`
// lines, and uv's exit codes (https://docs.astral.sh/uv/reference/cli/ : 0 success, 1 a failed
// operation such as an unsatisfiable resolution or `uv sync --locked` on a stale lock, 2 an
// error such as a missing interpreter, a bad argument or a `uv run` that could not start).
import { relative, isAbsolute, sep } from 'node:path';

let quiet = 0;

export function setQuiet(level) {
  quiet = level;
}

/** An informational line (suppressed by -q, as uv's are). */
export function say(line) {
  if (quiet === 0) process.stderr.write(`${line}\n`);
}

/** A warning line (`warning: …`), suppressed by -q like uv's. */
export function warn(text) {
  if (quiet === 0) process.stderr.write(`warning: ${text}\n`);
}

/** Thrown to end the command with uv's text and exit code; main() prints it. */
export class UvExit extends Error {
  constructor(text, code, { raw = false } = {}) {
    super(text);
    this.code = code;
    this.raw = raw;
  }
}

/** `error: <text>` (uv's user error), exit 2 unless told otherwise. */
export function fail(text, code = 2) {
  throw new UvExit(text, code);
}

/** Resolver failures print without the `error:` prefix, as uv's diagnostics do (`  × No solution found …`). */
export function failRaw(text, code = 1) {
  throw new UvExit(text, code, { raw: true });
}

export function printExit(e) {
  if (quiet >= 2) return;
  process.stderr.write(e.raw ? `${e.message}\n` : `error: ${e.message}\n`);
}

/** uv's elapsed time: `12ms`, `1.23s`. */
export function since(t0) {
  const ms = Date.now() - t0;
  return ms < 1000 ? `${ms}ms` : `${(ms / 1000).toFixed(2)}s`;
}

export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** uv's `user_display`: relative to the working directory when inside it, else absolute. */
export function display(path, cwd = process.cwd()) {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/');
}
