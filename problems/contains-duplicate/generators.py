"""Lists up to 10^5 values: all distinct (the pairwise check's worst case), a single repeat far apart,
a repeat only at the end, and opposite signs that must not count as repeats."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

N = Bound("len(nums)", 1, 10**5)
V = Bound("nums[i]", -10**9, 10**9)
NUMS = IntArray("nums", N, V)
SIZE = "len(nums)"


def _with_repeat(rng, n, i, j):
    """n distinct values, then position j overwritten with position i's value."""
    values = V.distinct(rng, n)
    values[j] = values[i]
    return values


def hidden_cases():
    rng = random.Random(217)
    n = N.max
    magnitudes = rng.sample(range(1, V.max + 1), n // 2)
    cases = [
        ("largest, all distinct", {"nums": V.distinct(rng, n)}),
        ("largest, all distinct and sorted", {"nums": sorted(V.distinct(rng, n))}),
        ("largest, only x and -x pairs", {"nums": magnitudes + [-m for m in magnitudes]}),
        ("largest, one repeat at the two ends", {"nums": _with_repeat(rng, n, 0, n - 1)}),
        ("largest, one repeat as the last two", {"nums": _with_repeat(rng, n, n - 2, n - 1)}),
        ("largest, one repeat far apart in the middle", {"nums": _with_repeat(rng, n, 3, n - 5)}),
        ("largest, all equal", {"nums": [V.max] * n}),
        ("largest, values in [0, 10]", {"nums": [rng.randint(0, 10) for _ in range(n)]}),
    ]
    for index in range(4):
        size = rng.randint(1, 2000)
        cases.append((f"random {index + 1}", {"nums": [rng.randint(-size, size) for _ in range(size)]}))
    return cases


def strategy():
    return NUMS.strategy(st.integers(-6, 6))


validate = NUMS.validate


def input_of_size(n, rng):
    return {"nums": V.distinct(rng, N.clamp(n))}
