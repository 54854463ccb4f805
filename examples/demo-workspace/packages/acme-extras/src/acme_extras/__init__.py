"""acme-extras: number helpers, independent of the other acme packages."""


def clamp(value: int, low: int, high: int) -> int:
    """`value` limited to [low, high]."""
    return max(low, min(high, value))
