"""Which locked packages one environment gets: uv's sync selection
(https://docs.astral.sh/uv/concepts/projects/sync/#syncing-the-environment).

The project itself (editable, unless it is virtual or `--no-install-project`), its dependencies,
the extras asked for (`--extra`, `--all-extras`) and the groups asked for: the default groups
(`dev`, or `[tool.uv] default-groups`) unless `--no-dev`/`--no-default-groups`, plus `--group`,
`--all-groups`, or only `--only-group`; exclusions win over inclusions. Edge markers are
evaluated for the target interpreter.
"""

from __future__ import annotations

import os

from lockfile import Edge, Lock, root_source
from packaging.markers import Marker
from project_metadata import MetadataError, ProjectMetadata, import_root, project_metadata
from registry import Registry


def selected_groups(meta: ProjectMetadata, sel: dict) -> set[str]:
    groups = set(meta.groups)
    if sel.get("onlyGroups"):
        chosen = set(sel["onlyGroups"])
    else:
        defaults = groups if meta.default_groups == "all" else set(meta.default_groups)
        chosen = set() if sel.get("noDefaultGroups") else set(defaults)
        if sel.get("allGroups"):
            chosen |= groups
        chosen |= set(sel.get("groups", []))
        if sel.get("noDev"):
            chosen.discard("dev")
    chosen -= set(sel.get("noGroups", []))
    missing = sorted((set(sel.get("groups", [])) | set(sel.get("onlyGroups", []))) - groups)
    if missing:
        raise MetadataError(f"Group `{missing[0]}` is not defined in the project's `dependency-groups` table")
    return chosen & groups


def selected_extras(meta: ProjectMetadata, sel: dict) -> set[str]:
    extras = set(meta.extras) if sel.get("allExtras") else set(sel.get("extras", []))
    missing = sorted(extras - set(meta.extras))
    if missing:
        raise MetadataError(f"Extra `{missing[0]}` is not defined in the project's `optional-dependencies` table")
    return extras - set(sel.get("noExtras", []))


def plan(lock: Lock, meta: ProjectMetadata, registry: Registry, env: dict, sel: dict) -> list[dict]:
    """The distributions to install, as instructions for the node side (sorted by name)."""
    wanted: dict[str, set[str]] = {}
    queue: list[tuple[str, tuple[str, ...]]] = []

    def follow(edges: list[Edge]) -> None:
        for e in edges:
            if e.marker and not Marker(e.marker).evaluate({**env, "extra": ""}):
                continue
            queue.append((e.name, e.extra))

    root = lock.get(meta.name)
    if root is None:
        raise MetadataError(f"The lockfile at `uv.lock` has no package `{meta.name}`")
    only_groups = bool(sel.get("onlyGroups"))
    if not only_groups:
        follow(root.dependencies)
        for extra in selected_extras(meta, sel):
            follow(root.optional.get(extra, []))
    for group in selected_groups(meta, sel):
        follow(root.dev.get(group, []))
    while queue:
        name, extras = queue.pop(0)
        seen = wanted.get(name)
        if seen is not None and set(extras) <= seen:
            continue
        wanted[name] = (seen or set()) | set(extras)
        pkg = lock.get(name)
        if pkg is None:
            raise MetadataError(f"The lockfile at `uv.lock` is missing `{name}`, which is required by the project")
        follow(pkg.dependencies)
        for extra in extras:
            follow(pkg.optional.get(extra, []))

    out = []
    install_project = "editable" in root.source and root.source == root_source(meta) and not only_groups and not sel.get("noInstallProject")
    if install_project:
        base, _ = import_root(meta.root, meta.name)
        out.append({"name": meta.name, "version": meta.version, "kind": "editable", "path": meta.root, "importRoot": base, "scripts": meta.scripts})
    for name in sorted(wanted):
        if name == meta.name:
            continue
        pkg = lock.get(name)
        assert pkg is not None
        if "registry" in pkg.source:
            dist = next((d for d in registry.versions(name) if d.version == pkg.version), None)
            if dist is None:
                raise MetadataError(
                    f"Failed to download `{name}=={pkg.version}`\n  Caused by: the stand-in's registry has no `{name}=={pkg.version}` "
                    "(an offline runner cannot fetch it: add it to the registry or re-lock)"
                )
            out.append({"name": name, "version": pkg.version, "kind": "registry", "dir": dist.dir, "infoDir": dist.info_dir})
        else:
            rel = pkg.source.get("directory") or pkg.source.get("editable")
            path = os.path.normpath(os.path.join(meta.lock_root, rel))
            base, entries = import_root(path, name)
            kind = "editable" if "editable" in pkg.source else "directory"
            scripts = project_metadata(path, meta.workspace).scripts
            out.append({"name": name, "version": pkg.version, "kind": kind, "path": path, "importRoot": base, "entries": entries, "scripts": scripts})
    return sorted(out, key=lambda d: d["name"])
