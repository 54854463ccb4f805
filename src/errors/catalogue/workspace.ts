/** Failures of a uv workspace release (core/workspace/): members, their graph, their dependents. */
export const workspaceErrors = {
  WORKSPACE_INVALID: { title: '[tool.uv.workspace] is not in the form uv reads', fix: 'Write members = ["packages/*"] (and exclude = [...]) as lists of globs in the root pyproject.toml.' },
  WORKSPACE_MEMBER_PATH_MISSING: { title: 'A workspace member path names no directory', fix: 'Commit the member directory with its pyproject.toml, or remove the path from [tool.uv.workspace] members.' },
  WORKSPACE_MEMBER_NO_PYPROJECT: { title: 'A directory matched by the workspace members has no pyproject.toml', fix: 'Add its pyproject.toml, or add the directory to [tool.uv.workspace] exclude: uv requires one in every member.' },
  WORKSPACE_MEMBER_NO_NAME: { title: 'A workspace member has no [project] name', fix: 'Add [project] name = "…" to the member\'s pyproject.toml.' },
  WORKSPACE_DUPLICATE_NAME: { title: 'Two workspace members have the same project name', fix: 'Give each member its own [project] name: PEP 503 compares names lower-cased, with runs of -, _ and . as one.' },
  WORKSPACE_MEMBER_NOT_CONFIGURED: { title: 'A uv workspace member is not a package of the release-please config', fix: 'Add the member\'s directory to "packages" ({"release-type": "python"}), or write "packages": {} to release every member of the workspace.' },
  WORKSPACE_DEPENDENCY_CYCLE: { title: 'Workspace members depend on each other in a cycle', fix: 'Break the cycle (move the shared code into a member both depend on); the message names the members in order.' },
  WORKSPACE_DEPENDENT_NOT_BUMPABLE: { title: 'A member depending on a released member cannot be made to admit its new version', fix: 'Widen the requirement the message names (e.g. core>=1.1.0), or write it as a plain one-line TOML string pyrelease can rewrite.' },
} as const;
