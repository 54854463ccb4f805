"""acme-core: the text helpers the other acme packages build on."""

from acme_core.text import slugify

__all__ = ["slugify"]
