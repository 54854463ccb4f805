"""Command line: acme slug TEXT."""

import sys

from acme_core import slugify


def main(argv: "list[str] | None" = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] != "slug":
        print("usage: acme slug TEXT", file=sys.stderr)
        return 2
    print(slugify(args[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
