/** Responsible for reading the Python project's identity (name, static version) from its pyproject.toml. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProjectIdentity, type ProjectIdentity } from '../../core/publish/project-identity.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

export function readProject(dir: string): ProjectIdentity {
  const path = join(dir, 'pyproject.toml');
  if (!existsSync(path)) {
    throw new PyreleaseError('PYPROJECT_MISSING', `no pyproject.toml in ${dir}`, { file: 'pyproject.toml', fix: 'set working-directory to the Python project (--cwd DIR for the CLI), or add a pyproject.toml with a [project] table' });
  }
  return readProjectIdentity(readFileSync(path, 'utf8'));
}
