/** Workspace discovery as uv documents it: members globs, exclude globs, a pyproject.toml in each, the root a member with [project]. */
import { describe, expect, it } from 'vitest';
import { findUvWorkspace, isWorkspaceMember, readUvWorkspaceTable } from '../../../src/core/workspace/uv-workspace.js';

const tree = ['pyproject.toml', 'packages/core/pyproject.toml', 'packages/cli/pyproject.toml', 'packages/cli/src/cli/__init__.py', 'packages/seeds/pyproject.toml', 'libs/a/pyproject.toml', 'docs/index.md'];
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return `${(e as { code: string }).code}: ${(e as Error).message}`;
  }
  return 'no error';
};

describe('findUvWorkspace', () => {
  it('is undefined without [tool.uv.workspace]', () => {
    expect(findUvWorkspace('[project]\nname = "x"\n', tree)).toBeUndefined();
    expect(findUvWorkspace(undefined, tree)).toBeUndefined();
  });

  it('matches directories by members, less exclude; a virtual root is no member', () => {
    expect(findUvWorkspace('[tool.uv.workspace]\nmembers = ["packages/*"]\nexclude = ["packages/seeds"]\n', tree)).toEqual({ members: ['packages/cli', 'packages/core'] });
  });

  it('counts the root with a [project] table, and plain paths beside globs', () => {
    expect(findUvWorkspace('[project]\nname = "albatross"\n\n[tool.uv.workspace]\nmembers = ["packages/c*", "libs/a/"]\n', tree)).toEqual({ members: ['.', 'libs/a', 'packages/cli', 'packages/core'] });
  });

  it('refuses a plain member path that names nothing, and a matched directory without pyproject.toml', () => {
    expect(code(() => findUvWorkspace('[tool.uv.workspace]\nmembers = ["packages/*", "tools/lint"]\n', tree))).toMatch(/^WORKSPACE_MEMBER_PATH_MISSING: pyproject.toml: \[tool.uv.workspace\] members names "tools\/lint"/);
    expect(code(() => findUvWorkspace('[tool.uv.workspace]\nmembers = ["*"]\nexclude = ["packages", "libs"]\n', tree))).toBe('WORKSPACE_MEMBER_NO_PYPROJECT: pyproject.toml: [tool.uv.workspace] members matches docs, which has no pyproject.toml');
    expect(code(() => findUvWorkspace('[tool.uv.workspace]\nmembers = "packages/*"\n', tree))).toMatch(/^WORKSPACE_INVALID/);
    expect(code(() => findUvWorkspace('[tool.uv]\nworkspace = "packages/*"\n', tree))).toBe('WORKSPACE_INVALID: pyproject.toml: [tool.uv] workspace must be a table');
  });
});

describe('isWorkspaceMember', () => {
  it('is named by a members glob and by no exclude glob; the root only with [project]', () => {
    const table = readUvWorkspaceTable('[tool.uv.workspace]\nmembers = ["packages/*", "./libs/a/"]\nexclude = ["packages/seeds"]\n')!;
    expect(['packages/core', 'libs/a', 'packages/seeds', 'packages/core/examples', 'docs', '.'].filter((d) => isWorkspaceMember(table, d))).toEqual(['packages/core', 'libs/a']);
    expect(isWorkspaceMember(readUvWorkspaceTable('[project]\nname = "albatross"\n\n[tool.uv.workspace]\nmembers = []\n')!, '.')).toBe(true);
  });
});
