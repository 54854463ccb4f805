"""The uv stand-in's Python half: lock and sync planning, one JSON request on stdin, one JSON answer on stdout.

Run by a Python that has `packaging` and `tomllib` (Debian's /usr/bin/python3): PEP 440 versions,
PEP 508 requirements and markers are evaluated by `packaging`, the reference implementation,
instead of being re-implemented in the node half (test/harness/uv/lib/), which owns everything
that touches processes, interpreters and environments.

Request: { root, workspace?: the root of the uv workspace above root, registry, mode: write|locked|frozen|dry-run, target?: marker environment, select }
Answer:  { ok, lock: fresh|created|updated|stale|missing, resolved, changes, lockText?, install? }
         or { ok: false, error: uv's error text, exit }
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from install_plan import plan  # noqa: E402
from lockfile import Lock, lock_path, mismatch, read_lock, render_lock  # noqa: E402
from project_metadata import MetadataError, ProjectMetadata, project_metadata, to_req  # noqa: E402
from registry import Registry  # noqa: E402
from resolve import NoSolution, resolve  # noqa: E402


def changes(old: Lock | None, new: Lock) -> list[str]:
    """uv's `uv lock` report of what moved: Added/Updated/Removed name vX."""
    if old is None:
        return []
    before = {p.name: p.version for p in old.packages}
    after = {p.name: p.version for p in new.packages}
    out = []
    for name in sorted(before.keys() | after.keys()):
        a, b = before.get(name), after.get(name)
        if a is None:
            out.append(f"Added {name} v{b}")
        elif b is None:
            out.append(f"Removed {name} v{a}")
        elif a != b:
            out.append(f"Updated {name} v{a} -> v{b}")
    return out


def handle_tool(req: dict) -> dict:
    """`uvx`: the requirements alone, resolved for the tool environment's interpreter (no lockfile)."""
    target = req["target"]
    meta = ProjectMetadata(
        root=os.getcwd(), name="-tool-", version=None, requires_python=f"=={target['python_version']}.*", has_build_system=False,
        requires_dist=[to_req(r, {}, os.getcwd(), "tool requirement") for r in req["requirements"]], extras=[], groups={}, default_groups=[],
    )
    registry = Registry(req.get("registry"))
    try:
        lock, _ = resolve(meta, registry, None, tool=True)
    except NoSolution as e:
        return {"ok": False, "exit": 1, "error": "  × No solution found when resolving tool dependencies:\n  ╰─▶ " + str(e).replace("\n", "\n      ")}
    return {"ok": True, "resolved": len(lock.packages) - 1, "install": plan(lock, meta, registry, target, {})}


def handle(req: dict) -> dict:
    if req["mode"] == "tool":
        return handle_tool(req)
    root = req["root"]
    mode = req["mode"]
    registry = Registry(req.get("registry"))
    meta = project_metadata(root, req.get("workspace"))
    path = lock_path(meta.lock_root)
    existing = read_lock(path) if os.path.exists(path) else None
    answer: dict = {"ok": True, "changes": []}
    if mode == "frozen":
        if existing is None:
            return {"ok": False, "exit": 2, "error": "Unable to find lockfile at `uv.lock`, but `--frozen` was provided. To create a lockfile, run `uv lock` or `uv sync` without the flag."}
        lock, status = existing, "fresh"
    else:
        if existing is None and mode == "locked":
            return {"ok": False, "exit": 2, "error": "Unable to find lockfile at `uv.lock`, but `--locked` was provided. To create a lockfile, run `uv lock` or `uv sync` without the flag."}
        fresh_local = {}
        if existing is not None:
            # The local sources' own metadata is part of the check (uv: MismatchedPackageRequirements).
            try:
                _, fresh_local = resolve(meta, registry, existing)
            except NoSolution:
                fresh_local = {}
        reason = mismatch(existing, meta, fresh_local) if existing is not None else "no lockfile"
        if reason is None:
            lock, status = existing, "fresh"
        else:
            try:
                lock, _ = resolve(meta, registry, existing)
            except NoSolution as e:
                return {"ok": False, "exit": 1, "error": "  × No solution found when resolving dependencies:\n  ╰─▶ " + str(e).replace("\n", "\n      ")}
            if mode == "locked":
                return {
                    "ok": False,
                    "exit": 1 if req.get("command") in ("sync", "lock") else 2,
                    "resolved": len(lock.packages),
                    "error": "The lockfile at `uv.lock` needs to be updated, but `--locked` was provided.\n\nhint: To update the lockfile, run `uv lock`.",
                    "reason": reason,
                }
            status = "created" if existing is None else "updated"
            answer["changes"] = changes(existing, lock)
            if mode == "write":
                if meta.workspace:
                    # Never a silent success: rendering the whole workspace's lock is not modelled.
                    return {"ok": False, "exit": 2, "error": "uv stand-in: re-locking a uv workspace is not modelled (test/harness/uv); commit an up-to-date uv.lock and use --locked or --frozen"}
                answer["lockText"] = render_lock(lock)
    answer["lock"] = status
    answer["resolved"] = len(lock.packages)
    if req.get("target") is not None:
        answer["install"] = plan(lock, meta, registry, req["target"], req.get("select", {}))
    return answer


def main() -> int:
    req = json.load(sys.stdin)
    try:
        answer = handle(req)
    except MetadataError as e:
        answer = {"ok": False, "exit": 2, "error": str(e)}
    json.dump(answer, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
