"""Intervals [start, end] with start <= end, as LeetCode writes them."""

from __future__ import annotations

import random

from hypothesis import strategies as st


def random_intervals(rng: random.Random, n: int, low: int, high: int, max_length: int | None = None) -> list[list[int]]:
    out = []
    for _ in range(n):
        start = rng.randint(low, high)
        longest = high - start if max_length is None else min(high - start, max_length)
        out.append([start, start + rng.randint(0, longest)])
    return out


def disjoint(rng: random.Random, n: int, low: int, high: int, touching: bool = False) -> list[list[int]]:
    """n sorted, non-overlapping intervals in [low, high] (sharing ends when `touching`)."""
    points = sorted(rng.sample(range(low, high + 1), 2 * n if not touching else n + 1))
    if touching:
        return [[a, b] for a, b in zip(points, points[1:])]
    return [[points[2 * i], points[2 * i + 1]] for i in range(n)]


def nested(n: int, low: int, high: int) -> list[list[int]]:
    """n intervals each inside the one before: [low, high], [low+1, high-1], ..."""
    return [[low + i, high - i] for i in range(n) if low + i <= high - i]


def chain(n: int, start: int = 0, length: int = 1) -> list[list[int]]:
    """n intervals each touching the next: [0, 1], [1, 2], ... (merges into one)."""
    return [[start + i * length, start + (i + 1) * length] for i in range(n)]


def check(items, low: int, high: int, min_count: int = 0, max_count: int | None = None,
          what: str = "intervals") -> None:
    assert isinstance(items, list), f"{what} must be a list"
    assert len(items) >= min_count, f"len({what}) = {len(items)}, at least {min_count}"
    assert max_count is None or len(items) <= max_count, f"len({what}) = {len(items)}, at most {max_count}"
    for index, item in enumerate(items):
        assert isinstance(item, list) and len(item) == 2, f"{what}[{index}] must be [start, end]"
        start, end = item
        assert low <= start <= end <= high, f"{what}[{index}] = {item}: needs {low} <= start <= end <= {high}"


@st.composite
def _intervals(draw, low, high, min_size, max_size):
    n = draw(st.integers(min_size, max_size))
    out = []
    for _ in range(n):
        start = draw(st.integers(low, high))
        out.append([start, draw(st.integers(start, high))])
    return out


def strategy(low: int = 0, high: int = 20, min_size: int = 0, max_size: int = 8):
    """Hypothesis lists of intervals in a small range, so they overlap, touch and nest often."""
    return _intervals(low, high, min_size, max_size)
