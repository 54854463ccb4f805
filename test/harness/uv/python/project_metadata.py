"""The project metadata uv records in uv.lock, read from pyproject.toml.

uv keeps, for every workspace member and local source, the requirements it was locked against
(`[package.metadata] requires-dist`, `[package.metadata.requires-dev]`, `provides-extras`) and
compares them with pyproject.toml to decide whether the lock is up to date
(https://docs.astral.sh/uv/concepts/projects/sync/#checking-the-lockfile). This module builds that
record: PEP 508 requirements through `packaging` (the reference implementation), path sources from
`[tool.uv.sources]` (https://docs.astral.sh/uv/concepts/projects/dependencies/#path), groups from
`[dependency-groups]` (PEP 735, with `include-group`) plus the legacy `[tool.uv] dev-dependencies`.
"""

from __future__ import annotations

import glob
import os
import re
import tomllib
from dataclasses import dataclass, field

from packaging.markers import Marker
from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import canonicalize_name


class MetadataError(Exception):
    """A pyproject.toml uv would refuse: the message is uv's own error text."""


@dataclass(frozen=True)
class Req:
    """One requirement as uv's lock records it (`{ name, extras, marker, specifier | directory | editable }`)."""

    name: str
    extras: tuple[str, ...] = ()
    marker: str | None = None
    specifier: str | None = None
    directory: str | None = None
    editable: str | None = None

    def key(self) -> tuple:
        """Order-insensitive identity: uv compares requirement sets, not their spelling."""
        spec = tuple(sorted(s.strip() for s in self.specifier.split(","))) if self.specifier else ()
        return (self.name, self.extras, self.marker or "", spec, self.directory or "", self.editable or "")

    def display(self) -> str:
        """As uv names it in resolver messages: `iniconfig>=2`, `slowdep`."""
        extras = f"[{','.join(self.extras)}]" if self.extras else ""
        spec = (self.specifier or "").replace(", ", ",")
        return f"{self.name}{extras}{spec}"


@dataclass
class ProjectMetadata:
    root: str
    name: str
    version: str | None
    requires_python: str | None
    has_build_system: bool
    requires_dist: list[Req]
    extras: list[str]
    groups: dict[str, list[Req]]
    default_groups: list[str] | str
    sources: dict[str, dict] = field(default_factory=dict)
    scripts: dict[str, str] = field(default_factory=dict)
    # Where uv.lock lives and what its paths are relative to: the workspace root for a member of a
    # uv workspace (one lock for all members), else the project's own root.
    lock_root: str = ""
    workspace: str | None = None

    def __post_init__(self) -> None:
        if not self.lock_root:
            self.lock_root = self.root


def normalize_marker(marker: Marker | None) -> str | None:
    """uv's spelling: single quotes, and `python_version < 'X.Y'` as `python_full_version < 'X.Y'`."""
    if marker is None:
        return None
    text = str(marker).replace('"', "'")
    return re.sub(r"python_version (<|>=) '(\d+\.\d+)'", r"python_full_version \1 '\2'", text)


def join_specifier(spec: SpecifierSet) -> str | None:
    parts = sorted(str(s) for s in spec)
    return ", ".join(parts) if parts else None


def read_pyproject(root: str) -> dict:
    path = os.path.join(root, "pyproject.toml")
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise MetadataError(f"Failed to parse: `{path}`\n  Caused by: TOML parse error: {e}") from e


def to_req(text: str, sources: dict[str, dict], root: str, where: str, extra: str | None = None) -> Req:
    try:
        r = Requirement(text)
    except InvalidRequirement as e:
        raise MetadataError(f"Failed to parse: `{os.path.join(root, 'pyproject.toml')}`\n  Caused by: {where}: {e}") from e
    name = canonicalize_name(r.name)
    marker = r.marker
    if extra is not None:
        marker = Marker(f'({marker}) and extra == "{extra}"') if marker else Marker(f'extra == "{extra}"')
    source = sources.get(name)
    base = dict(name=name, extras=tuple(sorted(canonicalize_name(e) for e in r.extras)), marker=normalize_marker(marker))
    if source and "path" in source:
        rel = source["path"]
        return Req(**base, **({"editable": rel} if source.get("editable") else {"directory": rel}))
    if source and source.get("workspace") is True:
        # uv locks a workspace source as the member's editable path from the workspace root and
        # drops the requirement's specifier (uv records `{ name, editable }` only).
        return Req(**base, editable=source["member"])
    return Req(**base, specifier=join_specifier(r.specifier))


def read_groups(table: dict, sources: dict, root: str) -> dict[str, list[Req]]:
    """PEP 735 groups, `include-group` expanded (uv records the expanded list)."""
    out: dict[str, list[Req]] = {}

    def expand(group: str, seen: tuple[str, ...]) -> list[Req]:
        if group in seen:
            raise MetadataError(f"Detected a cycle in `dependency-groups`: {' -> '.join(seen + (group,))}")
        items = table.get(group)
        if items is None:
            raise MetadataError(f"Failed to find group `{group}` included by `{seen[-1]}`")
        reqs: list[Req] = []
        for item in items:
            if isinstance(item, dict) and "include-group" in item:
                reqs.extend(expand(item["include-group"], seen + (group,)))
            else:
                reqs.append(to_req(item, sources, root, f"dependency-groups.{group}"))
        return reqs

    for group in table:
        out[canonicalize_name(group)] = expand(group, ())
    return out


def workspace_members(workspace: str) -> dict[str, str]:
    """The members of the workspace at `workspace`: normalised name -> path from the root.

    uv's rules (https://docs.astral.sh/uv/concepts/projects/workspaces/): the directories the
    `members` globs match, less those the `exclude` globs match, each with a pyproject.toml.
    """
    table = read_pyproject(workspace).get("tool", {}).get("uv", {}).get("workspace", {})
    excluded = {os.path.normpath(p) for g in table.get("exclude", []) for p in glob.glob(os.path.join(workspace, g))}
    out: dict[str, str] = {}
    for pattern in table.get("members", []):
        for path in sorted(glob.glob(os.path.join(workspace, pattern))):
            path = os.path.normpath(path)
            if path in excluded or not os.path.isfile(os.path.join(path, "pyproject.toml")):
                continue
            project = read_pyproject(path).get("project", {})
            if "name" in project:
                out[canonicalize_name(project["name"])] = os.path.relpath(path, workspace)
    return out


def project_metadata(root: str, workspace: str | None = None) -> ProjectMetadata:
    data = read_pyproject(root)
    project = data.get("project")
    if not isinstance(project, dict) or "name" not in project:
        raise MetadataError(f"No `project` table found in: `{os.path.join(root, 'pyproject.toml')}`")
    uv = data.get("tool", {}).get("uv", {})
    sources = {canonicalize_name(k): v for k, v in uv.get("sources", {}).items()}
    members = workspace_members(workspace) if workspace else {}
    if workspace and os.path.normpath(root) not in {os.path.normpath(os.path.join(workspace, m)) for m in members.values()}:
        workspace, members = None, {}  # under a workspace root but not one of its members: a project of its own
    for name, source in sources.items():
        if source.get("workspace") is True:
            if name not in members:
                raise MetadataError(f"`{name}` references a workspace in `tool.uv.sources` (e.g., `{name} = {{ workspace = true }}`), but is not a workspace member")
            source["member"] = members[name]
    requires_python = project.get("requires-python")
    if requires_python is not None:
        try:
            SpecifierSet(requires_python)
        except InvalidSpecifier as e:
            raise MetadataError(f"Failed to parse: `{os.path.join(root, 'pyproject.toml')}`\n  Caused by: project.requires-python: {e}") from e
    deps = [to_req(t, sources, root, "project.dependencies") for t in project.get("dependencies", [])]
    optional = project.get("optional-dependencies", {})
    extras = sorted(canonicalize_name(e) for e in optional)
    for extra, items in optional.items():
        deps += [to_req(t, sources, root, f"project.optional-dependencies.{extra}", canonicalize_name(extra)) for t in items]
    groups = read_groups(data.get("dependency-groups", {}), sources, root)
    legacy = uv.get("dev-dependencies")
    if legacy:
        groups["dev"] = groups.get("dev", []) + [to_req(t, sources, root, "tool.uv.dev-dependencies") for t in legacy]
    version = project.get("version")
    if version is None and "version" in project.get("dynamic", []):
        raise MetadataError("uv stand-in: a dynamic `project.version` is not supported (test/harness/uv: the stand-in does not build metadata)")
    return ProjectMetadata(
        root=root,
        name=canonicalize_name(project["name"]),
        version=version,
        requires_python=requires_python,
        has_build_system="build-system" in data and uv.get("package", True) is not False,
        requires_dist=deps,
        extras=extras,
        groups=groups,
        default_groups=uv.get("default-groups", ["dev"]),
        sources=sources,
        scripts=dict(project.get("scripts", {})),
        lock_root=workspace or root,
        workspace=workspace,
    )


def import_root(root: str, name: str) -> tuple[str, list[str]]:
    """Where a hatchling-style project keeps its import package: (directory for a .pth, top-level entries).

    Follows hatchling's wheel defaults (`src/<name>`, `<name>`, `<name>.py`), which is all the
    stand-in's fixtures use; a project that names its packages otherwise gets hatchling's error.
    """
    module = name.replace("-", "_")
    for base in (os.path.join(root, "src"), root):
        for entry in (module, module + ".py"):
            if os.path.exists(os.path.join(base, entry)):
                return base, [entry]
    raise MetadataError(
        f"Failed to build `{name} @ file://{root}`\n  Caused by: Unable to determine which files to ship inside the wheel using the following heuristics: "
        "https://hatch.pypa.io/latest/plugins/builder/wheel/#default-file-selection"
    )
