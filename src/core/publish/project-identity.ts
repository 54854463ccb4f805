/** pyproject.toml → the project's name and static version, which the publish guard compares with the release. */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { parsePyprojectToml } from '../pyproject-toml.js';

export interface ProjectIdentity {
  name: string;
  /** undefined when the version is dynamic (set by the build backend from git or a file). */
  version: string | undefined;
}

export function readProjectIdentity(text: string, file = 'pyproject.toml'): ProjectIdentity {
  const doc = parsePyprojectToml(text, file, 'fix the syntax (python -c "import tomllib; tomllib.load(open(\'pyproject.toml\', \'rb\'))" shows the same error)');
  const project = doc.project;
  if (typeof project !== 'object' || project === null || typeof (project as { name?: unknown }).name !== 'string') {
    throw new PyreleaseError('PYPROJECT_NO_NAME', `${file} has no [project] name`, { file, key: 'project.name', fix: 'add [project] with name = "your-package" (PEP 621): publishing needs the project name' });
  }
  const p = project as { name: string; version?: unknown; dynamic?: unknown };
  const dynamic = Array.isArray(p.dynamic) && p.dynamic.includes('version');
  if (!dynamic && typeof p.version !== 'string') {
    throw new PyreleaseError('PYPROJECT_NO_VERSION', `${file} has neither [project] version nor dynamic = ["version"]`, { file, key: 'project.version', fix: 'add version = "0.1.0" to [project] (release PRs keep it current)' });
  }
  return { name: p.name, version: dynamic ? undefined : (p.version as string) };
}
