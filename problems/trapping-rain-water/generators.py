"""Rows of 2 * 10^4 bars: random, valleys, mountains, steps, and one tall wall off centre."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

BARS = Bound("len(height)", 1, 2 * 10**4)
HEIGHT = Bound("height[i]", 0, 10**5)
HEIGHTS = IntArray("height", BARS, HEIGHT)
SIZE = "len(height)"


def _valley(n):
    """Tall at both ends, zero in the middle: the most water there can be."""
    return [abs(2 * i - (n - 1)) * HEIGHT.max // (n - 1) for i in range(n)]


def _mountain(n):
    """Rises to a peak and falls: holds no water at all."""
    return [HEIGHT.max - abs(2 * i - (n - 1)) * HEIGHT.max // (n - 1) for i in range(n)]


def _off_centre_wall(rng, n):
    """The tallest bar near the left end, a lower one at the right end, noise between."""
    row = [rng.randint(0, 1000) for _ in range(n)]
    row[n // 7], row[-1] = HEIGHT.max, HEIGHT.max // 2
    return row


def hidden_cases():
    rng = random.Random(42)
    n = BARS.max
    return [
        ("one bar", {"height": [7]}),
        ("two bars", {"height": [5, 0]}),
        ("pit between equal walls", {"height": [3, 0, 0, 3]}),
        ("largest, random", {"height": HEIGHT.sample(rng, n)}),
        ("largest, random low bars", {"height": [rng.randint(0, 5) for _ in range(n)]}),
        ("largest, valley", {"height": _valley(n)}),
        ("largest, mountain", {"height": _mountain(n)}),
        ("largest, rising steps", {"height": [i * HEIGHT.max // n for i in range(n)]}),
        ("largest, tall and short alternating", {"height": [HEIGHT.max, 0] * (n // 2)}),
        ("largest, tall wall off centre", {"height": _off_centre_wall(rng, n)}),
        ("largest, all zero", {"height": [0] * n}),
    ]


def strategy():
    return st.fixed_dictionaries({"height": st.lists(st.integers(0, 8), min_size=BARS.min, max_size=12)})


validate = HEIGHTS.validate


def input_of_size(n, rng):
    return {"height": HEIGHT.sample(rng, BARS.clamp(n))}
