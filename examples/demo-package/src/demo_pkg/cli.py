"""Command line: demo-pkg slugify TEXT."""

import sys

from demo_pkg.text import slugify


def main(argv: "list[str] | None" = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] != "slugify":
        print("usage: demo-pkg slugify TEXT", file=sys.stderr)
        return 2
    print(slugify(args[1]))
    return 0
