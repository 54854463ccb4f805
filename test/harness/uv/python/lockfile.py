"""uv.lock: read it, decide whether it still matches the project, write it in uv's layout.

Format: uv's lockfile version 1, revision 3 (https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile),
laid out as uv writes it (tables and inline arrays as in uv's own test snapshots). Up to date
means uv's check (https://docs.astral.sh/uv/concepts/projects/sync/#checking-the-lockfile): the
lock's `requires-python`, the root's version, source kind, `[package.metadata] requires-dist`,
`requires-dev` and `provides-extras`, and each local source's version and requirements, equal
what pyproject.toml declares now. Simplification: registry packages carry no `sdist`/`wheels`
entries (the offline registry has no artifacts to hash); a lock that has them is read all the same.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field

from packaging.specifiers import SpecifierSet
from project_metadata import MetadataError, ProjectMetadata, Req


@dataclass
class Edge:
    name: str
    marker: str | None = None
    extra: tuple[str, ...] = ()


@dataclass
class LockPackage:
    name: str
    version: str
    source: dict
    dependencies: list[Edge] = field(default_factory=list)
    optional: dict[str, list[Edge]] = field(default_factory=dict)
    dev: dict[str, list[Edge]] = field(default_factory=dict)
    requires_dist: list[Req] | None = None
    requires_dev: dict[str, list[Req]] | None = None
    provides_extras: list[str] | None = None


@dataclass
class Lock:
    requires_python: str | None
    packages: list[LockPackage]

    def get(self, name: str) -> LockPackage | None:
        return next((p for p in self.packages if p.name == name), None)


def _req(table: dict) -> Req:
    return Req(
        name=table["name"],
        extras=tuple(table.get("extras", [])),
        marker=table.get("marker"),
        specifier=table.get("specifier"),
        directory=table.get("directory"),
        editable=table.get("editable"),
    )


def _edges(items: list) -> list[Edge]:
    return [Edge(i["name"], i.get("marker"), tuple(i.get("extra", []))) for i in items]


def read_lock(path: str) -> Lock:
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise MetadataError(f"Failed to parse `uv.lock`\n  Caused by: TOML parse error: {e}") from e
    if data.get("version") != 1:
        raise MetadataError(f"Failed to parse `uv.lock`\n  Caused by: lockfile version {data.get('version')!r} is not supported (expected 1)")
    packages = []
    for p in data.get("package", []):
        meta = p.get("metadata")
        packages.append(
            LockPackage(
                name=p["name"],
                version=p.get("version", ""),
                source=p.get("source", {}),
                dependencies=_edges(p.get("dependencies", [])),
                optional={k: _edges(v) for k, v in p.get("optional-dependencies", {}).items()},
                dev={k: _edges(v) for k, v in p.get("dev-dependencies", {}).items()},
                requires_dist=[_req(r) for r in meta.get("requires-dist", [])] if meta is not None else None,
                requires_dev={k: [_req(r) for r in v] for k, v in meta.get("requires-dev", {}).items()} if meta is not None else None,
                provides_extras=meta.get("provides-extras") if meta is not None else None,
            )
        )
    return Lock(requires_python=data.get("requires-python"), packages=packages)


def _same_reqs(a: list[Req] | None, b: list[Req]) -> bool:
    return sorted(r.key() for r in (a or [])) == sorted(r.key() for r in b)


def _same_specifier(a: str | None, b: str | None) -> bool:
    return (SpecifierSet(a) if a else SpecifierSet()) == (SpecifierSet(b) if b else SpecifierSet())


def root_source(meta: ProjectMetadata) -> dict:
    # A workspace member is locked by its path from the workspace root (`packages/core`).
    rel = os.path.relpath(meta.root, meta.lock_root)
    return {"editable": rel} if meta.has_build_system else {"virtual": rel}


def mismatch(lock: Lock, meta: ProjectMetadata, local: dict[str, ProjectMetadata]) -> str | None:
    """Why the lock no longer matches the project (uv's debug reason), or None when it is up to date."""
    if not _same_specifier(lock.requires_python, meta.requires_python):
        return f"requires-python changed: {lock.requires_python} -> {meta.requires_python}"
    root = lock.get(meta.name)
    if root is None:
        return f"missing root package `{meta.name}`"
    if root.version != (meta.version or ""):
        return f"the version of `{meta.name}` changed: {root.version} -> {meta.version}"
    if root.source != root_source(meta):
        return f"`{meta.name}` changed between virtual and editable"
    if not _same_reqs(root.requires_dist, meta.requires_dist):
        return f"the requirements of `{meta.name}` changed"
    locked_dev = root.requires_dev or {}
    if sorted(locked_dev) != sorted(g for g in meta.groups) or any(not _same_reqs(locked_dev.get(g), r) for g, r in meta.groups.items()):
        return f"the dependency groups of `{meta.name}` changed"
    if sorted(root.provides_extras or []) != meta.extras:
        return f"the extras of `{meta.name}` changed"
    for name, sub in local.items():
        pkg = lock.get(name)
        if pkg is None or pkg.version != (sub.version or "") or not _same_reqs(pkg.requires_dist, sub.requires_dist):
            return f"the local source `{name}` changed"
    return None


# --- writing, in uv's layout -------------------------------------------------------------------


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _inline(pairs: list[tuple[str, object]]) -> str:
    def val(v: object) -> str:
        if isinstance(v, (list, tuple)):
            return "[" + ", ".join(_q(x) for x in v) + "]"
        return _q(str(v))

    return "{ " + ", ".join(f"{k} = {val(v)}" for k, v in pairs if v not in (None, (), [])) + " }"


def _edge(e: Edge) -> str:
    return _inline([("name", e.name), ("extra", list(e.extra)), ("marker", e.marker)])


def _req_inline(r: Req) -> str:
    return _inline([("name", r.name), ("extras", list(r.extras)), ("marker", r.marker), ("specifier", r.specifier), ("directory", r.directory), ("editable", r.editable)])


def _multiline(key: str, items: list[str]) -> list[str]:
    return [f"{key} = ["] + [f"    {i}," for i in items] + ["]"]


def _compact(key: str, items: list[str]) -> list[str]:
    """uv writes a metadata list of one on one line, longer lists one entry a line."""
    if len(items) == 1:
        return [f"{key} = [{items[0]}]"]
    if not items:
        return [f"{key} = []"]
    return _multiline(key, items)


def _sorted_reqs(reqs: list[Req]) -> list[Req]:
    return sorted(reqs, key=lambda r: r.key())


def render_lock(lock: Lock) -> str:
    lines = ["version = 1", "revision = 3"]
    if lock.requires_python:
        lines.append(f"requires-python = {_q(lock.requires_python)}")
    for p in sorted(lock.packages, key=lambda p: p.name):
        lines += ["", "[[package]]", f"name = {_q(p.name)}", f"version = {_q(p.version)}", f"source = {_inline(list(p.source.items()))}"]
        if p.dependencies:
            lines += _multiline("dependencies", [_edge(e) for e in sorted(p.dependencies, key=lambda e: (e.name, e.marker or ""))])
        if p.optional:
            lines += ["", "[package.optional-dependencies]"]
            for extra in sorted(p.optional):
                lines += _multiline(extra, [_edge(e) for e in sorted(p.optional[extra], key=lambda e: e.name)])
        if p.dev:
            lines += ["", "[package.dev-dependencies]"]
            for group in sorted(p.dev):
                lines += _multiline(group, [_edge(e) for e in sorted(p.dev[group], key=lambda e: e.name)])
        has_meta = bool(p.requires_dist) or bool(p.requires_dev) or bool(p.provides_extras)
        if has_meta:
            lines += ["", "[package.metadata]"]
            if p.requires_dist:
                lines += _compact("requires-dist", [_req_inline(r) for r in _sorted_reqs(p.requires_dist)])
            if p.provides_extras:
                lines.append("provides-extras = [" + ", ".join(_q(e) for e in p.provides_extras) + "]")
            if p.requires_dev:
                lines += ["", "[package.metadata.requires-dev]"]
                for group in sorted(p.requires_dev):
                    lines += _compact(group, [_req_inline(r) for r in _sorted_reqs(p.requires_dev[group])])
    return "\n".join(lines) + "\n"


def lock_path(root: str) -> str:
    return os.path.join(root, "uv.lock")
