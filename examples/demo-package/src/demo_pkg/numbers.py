"""Number helpers."""

from collections.abc import Iterable


def clamp(value: float, low: float, high: float) -> float:
    """Limit value to [low, high]."""
    if low > high:
        raise ValueError("low must not exceed high")
    return max(low, min(high, value))


def mean(values: Iterable[float]) -> float:
    """Arithmetic mean; raises ValueError on an empty input."""
    items = list(values)
    if not items:
        raise ValueError("mean of an empty sequence")
    return sum(items) / len(items)
