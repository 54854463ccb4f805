/**
 * pyproject.toml text → its TOML document, or the one PYPROJECT_INVALID error naming the file
 * and line. The publish guard and the release PR's updaters both read it; `fix` says what the
 * broken file would cost there.
 */
import { parse } from 'smol-toml';
import { PyreleaseError } from '../errors/pyrelease-error.js';

export function parsePyprojectToml(text: string, file: string, fix: string): Record<string, unknown> {
  try {
    return parse(text) as Record<string, unknown>;
  } catch (error) {
    const line = (error as { line?: number }).line;
    throw new PyreleaseError('PYPROJECT_INVALID', `${file} is not valid TOML: ${(error as Error).message.split('\n')[0]}`, { file, ...(line ? { line } : {}), fix });
  }
}
