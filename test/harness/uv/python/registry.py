"""The stand-in's offline package index: what "PyPI" holds when nothing can be downloaded.

Layout (built by test/harness/python-runner.ts): `<registry>/<name>/<version>/` is an unpacked
wheel: the top-level modules and packages plus exactly one `*.dist-info` or `*.egg-info`
directory, whose metadata (`Requires-Dist`, `Requires-Python`, entry points) the resolver reads
through `importlib.metadata`, as an installer reads a wheel's METADATA. A `<name>.data/scripts/`
directory holds executables for the environment's `bin/` (how ruff's wheel ships its binary).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.metadata import PathDistribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

PYPI = "https://pypi.org/simple"


@dataclass
class Dist:
    name: str
    version: str
    dir: str
    info_dir: str
    requires: list[Requirement]
    requires_python: str | None


class Registry:
    def __init__(self, root: str | None):
        self.root = root
        self._cache: dict[str, list[Dist]] = {}

    def versions(self, name: str) -> list[Dist]:
        """Every version of `name` the registry holds, newest first."""
        name = canonicalize_name(name)
        if name in self._cache:
            return self._cache[name]
        found: list[Dist] = []
        base = os.path.join(self.root, name) if self.root else None
        if base and os.path.isdir(base):
            for version in os.listdir(base):
                d = os.path.join(base, version)
                info = next((e for e in sorted(os.listdir(d)) if e.endswith((".dist-info", ".egg-info"))), None)
                if info is None:
                    continue
                meta = PathDistribution(Path(d, info))
                found.append(
                    Dist(
                        name=name,
                        version=version,
                        dir=d,
                        info_dir=info,
                        requires=[Requirement(r) for r in (meta.requires or [])],
                        requires_python=meta.metadata.get("Requires-Python"),
                    )
                )

        def order(dist: Dist):
            try:
                return (1, Version(dist.version))
            except InvalidVersion:
                return (0, Version("0"))

        found.sort(key=order, reverse=True)
        self._cache[name] = found
        return found
