/**
 * The uv workspace of the planned ref, read through git: [tool.uv.workspace] of the root
 * pyproject.toml, each member's pyproject.toml in one read, and the config's packages checked
 * against (or derived from) the members (core/workspace/workspace-config.ts).
 */
import type { GitRepository } from '../adapters/git/repository.js';
import type { ReleaseConfig } from '../core/config/types.js';
import type { DirectoryView } from '../core/package-path.js';
import type { WorkspaceMember } from '../core/workspace/members.js';
import { parseWorkspaceReleaseConfig, readWorkspaceMembers, workspaceMemberFiles, workspaceWarnings } from '../core/workspace/workspace-config.js';

export interface ReadWorkspace {
  members: WorkspaceMember[];
  config: ReleaseConfig;
  warnings: string[];
  notice: string;
}

/** undefined without [tool.uv.workspace]: the config is read as it always was. */
export async function readWorkspaceConfig(git: GitRepository, at: { sha: string; view: DirectoryView; treePaths: readonly string[] }, rootPyproject: string | undefined, configText: string, configFile: string, onlyPath: string | undefined): Promise<ReadWorkspace | undefined> {
  const files = workspaceMemberFiles(rootPyproject, at.treePaths);
  if (!files) return undefined;
  const read = await git.readFiles(at.sha, files.map(at.view.outside));
  const members = readWorkspaceMembers(files, (p) => read.get(at.view.outside(p)));
  const parsed = parseWorkspaceReleaseConfig(configText, configFile, onlyPath, members);
  return { members, ...parsed, warnings: [...parsed.warnings, ...workspaceWarnings(members)] };
}
