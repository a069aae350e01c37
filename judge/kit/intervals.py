"""Intervals [start, end] with start <= end, as LeetCode writes them; `min_length=1` where a problem
says start < end (meetings, say)."""

from __future__ import annotations

import random

from hypothesis import strategies as st

from judge.kit.bounds import as_written


def random_intervals(rng: random.Random, n: int, low: int, high: int, max_length: int | None = None,
                     min_length: int = 0) -> list[list[int]]:
    """n random intervals within [low, high], each min_length..max_length long (as far as `high` allows)."""
    out = []
    for _ in range(n):
        start = rng.randint(low, high - min_length)
        longest = high - start if max_length is None else min(high - start, max_length)
        out.append([start, start + rng.randint(min_length, longest)])
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
          what: str = "intervals", min_length: int = 0) -> None:
    """AssertionError naming the first interval that is malformed, outside [low, high] or shorter than min_length."""
    assert isinstance(items, list), f"{what} must be a list"
    assert len(items) >= min_count, f"len({what}) = {len(items)}, at least {min_count}"
    assert max_count is None or len(items) <= max_count, f"len({what}) = {len(items)}, at most {max_count}"
    order = {0: "start <= end", 1: "start < end"}.get(min_length, f"start + {min_length} <= end")
    for index, item in enumerate(items):
        assert isinstance(item, list) and len(item) == 2, f"{what}[{index}] must be [start, end]"
        start, end = item
        assert low <= start and start + min_length <= end and end <= high, \
            f"{what}[{index}] = {item}: needs {as_written(low)} <= {order} <= {as_written(high)}"


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


def short_strategy(max_start: int = 15, max_length: int = 6, min_size: int = 1, max_size: int = 9):
    """Hypothesis lists of intervals [start, start + length] with 0 <= start <= max_start and
    1 <= length <= max_length: never empty (start < end), and close enough to overlap, touch and nest often."""
    pairs = st.lists(st.tuples(st.integers(0, max_start), st.integers(1, max_length)), min_size=min_size,
                     max_size=max_size)
    return pairs.map(lambda drawn: [[start, start + length] for start, length in drawn])
