/**
 * The published files, for the steps after this one (actions/attest-build-provenance's
 * subject-path, actions/upload-artifact): copied into a directory of their own under the runner's
 * temp dir (RUNNER_TEMP), holding exactly the checked set and kept until the job ends — the build
 * directory may hold files that were left out, and a handed-over packages-dir is the user's.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltFile } from './check-distributions.js';

export function keepDistributions(files: readonly BuiltFile[], tempDir: string): { dir: string; paths: string[] } {
  mkdirSync(tempDir, { recursive: true });
  const dir = mkdtempSync(join(tempDir, 'pyrelease-distributions-'));
  // The bytes written are the bytes that were checked, hashed and uploaded.
  const paths = files.map((f) => {
    const path = join(dir, f.file.filename);
    writeFileSync(path, f.file.bytes);
    return path;
  });
  return { dir, paths };
}
