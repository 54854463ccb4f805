/**
 * sigstore-action's `inputs` (the files to sign) in a pyrelease publish job. pyrelease signs every
 * distribution it publishes and nothing else, so the patterns must name those files (the usual
 * `./dist/*.whl ./dist/*.tar.gz` with packages-dir: dist); a pattern that matches nothing, or a
 * file outside the upload set, is refused with one line before anything is signed or sent.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { minimatch } from 'minimatch';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

const GLOB = /[*?[\]{}]/;
const FIX = 'pyrelease signs every distribution it publishes, and only those: drop inputs:, or hand the built files over with packages-dir: and name them there';

/** Checks the patterns against the files to publish; returns the log line saying what was matched. */
export function checkSignInputs(patterns: readonly string[], workspace: string, published: readonly string[]): string | undefined {
  if (patterns.length === 0) return undefined;
  const wanted = new Set(published);
  const matched = new Set<string>();
  for (const pattern of patterns) {
    const clean = posix.normalize(pattern.replace(/\\/g, '/'));
    const dir = posix.dirname(clean);
    const base = posix.basename(clean);
    if (GLOB.test(dir)) throw refuse(`input 'inputs' has ${JSON.stringify(pattern)}: only the file name part may be a glob here`, 'write the directory plainly, e.g. inputs: ./dist/*.whl ./dist/*.tar.gz');
    const abs = join(workspace, dir);
    const names = existsSync(abs) && statSync(abs).isDirectory() ? readdirSync(abs).filter((n) => (GLOB.test(base) ? minimatch(n, base, { dot: false }) : n === base)) : [];
    if (names.length === 0) throw refuse(`input 'inputs' has ${JSON.stringify(pattern)}, which matches no file in ${dirname(join(workspace, clean))}`, FIX);
    const stranger = names.find((n) => !wanted.has(n));
    if (stranger) throw refuse(`input 'inputs' matches ${posix.join(dir, stranger)}, which is not one of the distributions published (${published.join(', ')})`, `${FIX}; sign other files with sigstore/gh-action-sigstore-python in a step of their own`);
    for (const n of names) matched.add(n);
  }
  const unnamed = published.filter((p) => !matched.has(p));
  return `  inputs (sigstore-action): ${matched.size} file(s) named${unnamed.length > 0 ? `; ${unnamed.join(', ')} signed as well (every published file is)` : ''}`;
}

function refuse(message: string, fix: string): PyreleaseError {
  return new PyreleaseError('PUBLISH_SIGN_INPUTS_MISMATCH', message, { key: 'inputs', fix: `${fix}; nothing was uploaded` });
}
