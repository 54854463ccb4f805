import pytest

from demo_pkg import clamp, mean


def test_clamp() -> None:
    assert clamp(5, 0, 3) == 3
    assert clamp(-1, 0, 3) == 0
    assert clamp(2, 0, 3) == 2


def test_clamp_rejects_inverted_bounds() -> None:
    with pytest.raises(ValueError):
        clamp(1, 3, 0)


def test_mean() -> None:
    assert mean([1, 2, 3]) == 2


def test_mean_empty() -> None:
    with pytest.raises(ValueError):
        mean([])
