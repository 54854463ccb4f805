/** pyproject.toml: `[project].version`, else `[tool.poetry].version`, replaced in place. */
import { parsePyprojectToml } from '../pyproject-toml.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { locateValues, replaceSpans } from './toml-locate.js';

export type UpdateResult = { content: string; warning?: string };

export function updatePyproject(content: string, version: string, path = 'pyproject.toml'): UpdateResult {
  const parsed = parsePyprojectToml(content, path, 'fix the TOML syntax (python -c "import tomllib; tomllib.load(open(\'pyproject.toml\', \'rb\'))" shows where)');
  const project = parsed.project as Record<string, unknown> | undefined;
  const poetry = (parsed.tool as Record<string, unknown> | undefined)?.poetry as Record<string, unknown> | undefined;
  const table = project ?? poetry;
  if (!table?.version) {
    const dynamic = table?.dynamic;
    if (Array.isArray(dynamic) && dynamic.includes('version')) return { content, warning: "dynamic version found in 'pyproject.toml'. Skipping update." };
    throw new PyreleaseError('PYPROJECT_NO_VERSION', `${path}: no [project].version or [tool.poetry].version`, {
      file: path,
      key: 'project.version',
      fix: 'add version = "0.1.0" under [project] (or declare dynamic = ["version"] and let your build backend read it)',
    });
  }
  const spans = locateValues(content, project ? ['project'] : ['tool', 'poetry'], 'version');
  if (spans.length === 0) {
    throw new PyreleaseError('PYPROJECT_VERSION_SHAPE', `${path}: the version is written in a form pyrelease cannot edit in place`, {
      file: path,
      fix: 'write it as version = "1.2.3" on its own line in the [project] table',
    });
  }
  // release-please writes the value with JSON.stringify, so a single-quoted version becomes double-quoted.
  return { content: replaceSpans(content, spans.slice(0, 1), JSON.stringify(version)) };
}
