"""Offline resolution of a project against the stand-in's registry, into a Lock.

Like uv's resolver (https://docs.astral.sh/uv/concepts/resolution/) the result is universal over
the project's `requires-python`: a dependency whose marker holds for some allowed Python version
is locked, with the marker on its edge (`python_full_version < '3.11'`); locked versions are
preferred while they still satisfy the constraints (https://docs.astral.sh/uv/concepts/projects/sync/#upgrading-locked-package-versions).
Simplifications, said here because they differ from uv: one pass without backtracking (the
registry holds one version of most packages); universal over Python versions but not over
platforms (a `sys_platform == 'win32'` dependency such as pytest's colorama is evaluated for this
Linux machine and left out, where uv would lock it with its marker); failure messages follow
uv's "No solution found" shape for the missing-package and no-matching-version cases only.
"""

from __future__ import annotations

import os
import platform
import sys
from dataclasses import dataclass

from lockfile import Edge, Lock, LockPackage, root_source
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from project_metadata import MetadataError, ProjectMetadata, Req, normalize_marker, project_metadata
from registry import PYPI, Registry


class NoSolution(Exception):
    """uv's resolver failure; the text goes after `╰─▶`."""


def universal_environments(requires_python: str | None) -> list[dict]:
    """This platform's marker values for every CPython 3.x minor the project allows."""
    spec = SpecifierSet(requires_python or "")
    base = {
        "implementation_name": "cpython",
        "os_name": os.name,
        "platform_machine": platform.machine(),
        "platform_python_implementation": "CPython",
        "platform_system": platform.system(),
        "sys_platform": sys.platform,
        "platform_release": "",
        "platform_version": "",
    }
    envs = []
    for minor in range(6, 20):
        full = f"3.{minor}.0"
        if spec.contains(full, prereleases=True) or spec.contains(f"3.{minor}.99", prereleases=True):
            envs.append({**base, "python_version": f"3.{minor}", "python_full_version": full, "implementation_version": full})
    return envs


def possible(marker: Marker | None, envs: list[dict], extras: tuple[str, ...] = ()) -> bool:
    if marker is None:
        return True
    return any(marker.evaluate({**env, "extra": extra}) for env in envs for extra in (extras or ("",)))


@dataclass
class Need:
    req: Req | Requirement
    origin: str  # "root", "root:dev", "root[x]", or "name==version"


def _name(r: Req | Requirement) -> str:
    return r.name if isinstance(r, Req) else canonicalize_name(r.name)


def _spec(r: Req | Requirement) -> SpecifierSet:
    if isinstance(r, Req):
        return SpecifierSet(r.specifier or "")
    return r.specifier


def _display(r: Req | Requirement) -> str:
    if isinstance(r, Req):
        return r.display()
    extras = f"[{','.join(sorted(r.extras))}]" if r.extras else ""
    return f"{canonicalize_name(r.name)}{extras}{r.specifier}"


def _origin_text(origin: str, project: str, tool: bool) -> str:
    if origin == "root":
        return "you" if tool else "your project"
    if origin.startswith("root:") or origin.startswith("root["):
        return project + origin[4:]
    return origin


def no_solution(name: str, req, origin: str, available: list[str], project: str, parents: dict[str, "Need"], tool: bool = False) -> NoSolution:
    """uv's resolver explanation for the cases the stand-in meets: unknown package, no matching version."""
    who = _origin_text(origin, project, tool)
    verb = "require" if (tool and origin == "root") else "depends on"
    unsatisfiable = "your requirements are unsatisfiable" if tool else "your project's requirements are unsatisfiable"
    spec = _spec(req)
    exact = [s.version for s in spec if s.operator == "=="]
    if not available:
        first = f"Because {name} was not found in the package registry and {who} {verb} {_display(req)}"
    elif exact and len(list(spec)) == 1:
        first = f"Because there is no version of {name}=={exact[0]} and {who} {verb} {_display(req)}"
    elif len(available) == 1:
        first = f"Because only {name}=={available[0]} is available and {who} {verb} {_display(req)}"
    else:
        first = f"Because only {name}<={available[0]} is available and {who} {verb} {_display(req)}"
    if origin == "root":
        return NoSolution(f"{first}, we can conclude that {unsatisfiable}.")
    if origin.startswith("root"):
        return NoSolution(f"{first}, we can conclude that {who}'s requirements are unsatisfiable.\n"
                          f"And because your project requires {who}, we can conclude that {unsatisfiable}.")
    parent = parents.get(origin.split("==")[0])
    parent_req = _display(parent.req) if parent else origin.split("==")[0]
    parent_who = _origin_text(parent.origin if parent else "root", project, tool)
    parent_verb = "require" if (tool and (parent is None or parent.origin == "root")) else "depends on"
    return NoSolution(f"{first}, we can conclude that {origin} cannot be used.\n"
                      f"And because only {origin} is available and {parent_who} {parent_verb} {parent_req}, we can conclude that {unsatisfiable}.")


def resolve(meta: ProjectMetadata, registry: Registry, preferred: Lock | None, tool: bool = False) -> tuple[Lock, dict[str, ProjectMetadata]]:
    envs = universal_environments(meta.requires_python)
    local: dict[str, ProjectMetadata] = {}
    chosen: dict[str, LockPackage] = {}
    constraints: dict[str, list[SpecifierSet]] = {}
    first_need: dict[str, Need] = {}
    extras_wanted: dict[str, set[str]] = {}

    root = LockPackage(name=meta.name, version=meta.version or "", source=root_source(meta))
    root.requires_dist = meta.requires_dist
    root.requires_dev = meta.groups or None
    root.provides_extras = meta.extras or None

    queue: list[Need] = []
    for r in meta.requires_dist:
        m = Marker(r.marker) if r.marker else None
        extra = _extra_of(m)
        if not possible(m, envs, (extra,) if extra else ()):
            continue
        edge = Edge(r.name, _strip_extra(r.marker), r.extras)
        (root.optional.setdefault(extra, []) if extra else root.dependencies).append(edge)
        queue.append(Need(r, f"root[{extra}]" if extra else "root"))
    for group, reqs in meta.groups.items():
        for r in reqs:
            if not possible(Marker(r.marker) if r.marker else None, envs):
                continue
            root.dev.setdefault(group, []).append(Edge(r.name, r.marker, r.extras))
            queue.append(Need(r, f"root:{group}"))
    chosen[meta.name] = root

    while queue:
        need = queue.pop(0)
        req, name = need.req, _name(need.req)
        first_need.setdefault(name, need)
        extras = set(req.extras)
        if isinstance(req, Req) and (req.directory or req.editable):
            rel = req.directory or req.editable
            path = os.path.normpath(os.path.join(meta.lock_root, rel))
            if name not in local:
                if not os.path.isfile(os.path.join(path, "pyproject.toml")):
                    raise MetadataError(f"Distribution not found at: file://{path}")
                sub = project_metadata(path, meta.workspace)
                local[name] = sub
                pkg = LockPackage(name=name, version=sub.version or "", source={"editable": rel} if req.editable else {"directory": rel})
                pkg.requires_dist = sub.requires_dist or None
                for r in sub.requires_dist:
                    if r.marker and "extra ==" in r.marker:
                        continue
                    if possible(Marker(r.marker) if r.marker else None, envs):
                        pkg.dependencies.append(Edge(r.name, r.marker, r.extras))
                        queue.append(Need(r, f"{name}=={sub.version}"))
                chosen[name] = pkg
            continue
        constraints.setdefault(name, []).append(_spec(req))
        prior = chosen.get(name)
        wanted = extras_wanted.setdefault(name, set())
        new_extras = extras - wanted
        wanted |= extras
        if prior is not None and all(c.contains(prior.version, prereleases=True) for c in constraints[name]) and not new_extras:
            continue
        candidates = registry.versions(name)
        ok = [d for d in candidates if all(c.contains(d.version, prereleases=True) for c in constraints[name])
              and (d.requires_python is None or any(SpecifierSet(d.requires_python).contains(e["python_full_version"]) for e in envs))]
        locked = preferred.get(name) if preferred else None
        pick = next((d for d in ok if locked and d.version == locked.version), ok[0] if ok else None)
        if pick is None:
            raise no_solution(name, req, need.origin, [d.version for d in candidates], meta.name, first_need, tool)
        pkg = LockPackage(name=name, version=pick.version, source={"registry": PYPI})
        for r in pick.requires:
            dep_extras = tuple(e for e in wanted)
            extra = _extra_of(r.marker)
            if extra is not None and extra not in wanted:
                continue
            if not possible(r.marker, envs, dep_extras):
                continue
            edge = Edge(canonicalize_name(r.name), _strip_extra(normalize_marker(r.marker)), tuple(sorted(canonicalize_name(e) for e in r.extras)))
            (pkg.optional.setdefault(extra, []) if extra else pkg.dependencies).append(edge)
            queue.append(Need(r, f"{name}=={pick.version}"))
        chosen[name] = pkg

    requires_python = ", ".join(p.strip() for p in meta.requires_python.split(",")) if meta.requires_python else None
    return Lock(requires_python=requires_python, packages=list(chosen.values())), local


def _extra_of(marker: Marker | None) -> str | None:
    if marker is None:
        return None
    text = str(marker)
    if "extra ==" not in text:
        return None
    return canonicalize_name(text.split("extra ==")[-1].strip().strip("\"'").split("\"")[0].split("'")[0])


def _strip_extra(marker: str | None) -> str | None:
    """An edge under `[package.optional-dependencies]` needs no `extra == …` clause: the table says it."""
    if not marker or "extra ==" not in marker:
        return marker
    parts = [p.strip() for p in marker.replace("(", "").replace(")", "").split(" and ") if "extra ==" not in p]
    return " and ".join(parts) or None
