"""demo-pkg: small text utilities."""

from demo_pkg.numbers import clamp, mean
from demo_pkg.text import slugify, word_count

__all__ = ["clamp", "mean", "slugify", "word_count"]
__version__ = "0.1.0"
