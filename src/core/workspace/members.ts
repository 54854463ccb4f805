/**
 * A uv workspace member as the dependency graph needs it: its project name (PEP 503
 * normalised, as uv and pip compare names) and every requirement of `[project] dependencies`
 * and `[project.optional-dependencies]`, each with where it is written.
 */
import { PyreleaseError } from '../../errors/pyrelease-error.js';
import { packagePath } from '../updaters/extra-files.js';
import { normalizeProjectName } from '../publish/distribution-name.js';
import { parsePyprojectToml } from '../pyproject-toml.js';
import { parseRequirement, type Requirement } from './requirement.js';

export interface MemberRequirement {
  /** "dependencies", or "optional-dependencies" (with the extra's name). */
  group: 'dependencies' | 'optional-dependencies';
  extra?: string;
  /** The requirement string as written in pyproject.toml. */
  text: string;
  parsed: Requirement;
}

export interface WorkspaceMember {
  /** Directory relative to the workspace root ("." for the root). */
  path: string;
  /** PEP 503 normalised project name. */
  name: string;
  /** The name as [project] writes it (what changelogs and uv.lock show). */
  displayName: string;
  pyprojectPath: string;
  requirements: MemberRequirement[];
  /** `dynamic` names dependencies: a build backend computes them, so the graph cannot see them. */
  dynamicDependencies: boolean;
}

export function readWorkspaceMember(path: string, pyprojectText: string): WorkspaceMember {
  const pyprojectPath = packagePath(path, 'pyproject.toml');
  const doc = parsePyprojectToml(pyprojectText, pyprojectPath, 'fix the syntax; the workspace dependency graph reads every member');
  const project = doc.project as Record<string, unknown> | undefined;
  if (typeof project?.name !== 'string') {
    throw new PyreleaseError('WORKSPACE_MEMBER_NO_NAME', `${pyprojectPath}: a uv workspace member without [project] name`, { file: pyprojectPath, key: 'project.name', fix: 'add [project] name = "…" (uv requires it of every member)' });
  }
  const requirements: MemberRequirement[] = [];
  const add = (group: MemberRequirement['group'], list: unknown, extra?: string) => {
    if (!Array.isArray(list)) return;
    for (const text of list) {
      const parsed = typeof text === 'string' ? parseRequirement(text) : undefined;
      if (parsed) requirements.push({ group, ...(extra !== undefined && { extra }), text: text as string, parsed });
    }
  };
  add('dependencies', project.dependencies);
  const optional = project['optional-dependencies'];
  if (optional && typeof optional === 'object') for (const [extra, list] of Object.entries(optional)) add('optional-dependencies', list, extra);
  const dynamic = Array.isArray(project.dynamic) ? project.dynamic : [];
  const dynamicDependencies = dynamic.includes('dependencies') || dynamic.includes('optional-dependencies');
  return { path, name: normalizeProjectName(project.name), displayName: project.name, pyprojectPath, requirements, dynamicDependencies };
}
