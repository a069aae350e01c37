"""10^5 numbers: every one of 1..n shuffled, one of them missing, repeats, negatives, 32-bit extremes."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

LENGTH = Bound("len(nums)", 1, 10**5)
VALUE = Bound("nums[i]", -2**31, 2**31 - 1)
NUMS = IntArray("nums", LENGTH, VALUE)
SIZE = "len(nums)"


def _shuffled(rng, numbers):
    numbers = list(numbers)
    rng.shuffle(numbers)
    return numbers


def _one_missing(rng, n, missing):
    """1..n without `missing`, with a number out of range in its place."""
    return _shuffled(rng, [v if v != missing else -v for v in range(1, n + 1)])


def hidden_cases():
    rng = random.Random(41)
    n = LENGTH.max
    return [
        ("just 1", {"nums": [1]}),
        ("just 2", {"nums": [2]}),
        ("1 twice", {"nums": [1, 1]}),
        ("largest, 1..n shuffled", {"nums": _shuffled(rng, range(1, n + 1))}),
        ("largest, 1..n descending", {"nums": list(range(n, 0, -1))}),
        ("largest, 1..n with one missing", {"nums": _one_missing(rng, n, 77_777)}),
        ("largest, n missing", {"nums": _one_missing(rng, n, n)}),
        ("largest, each of 1..n/2 twice", {"nums": _shuffled(rng, list(range(1, n // 2 + 1)) * 2)}),
        ("largest, all negative", {"nums": [rng.randint(VALUE.min, -1) for _ in range(n)]}),
        ("largest, 32-bit extremes and zero", {"nums": _shuffled(rng, [VALUE.min, VALUE.max, 0] * (n // 3) + [1])}),
        ("largest, random", {"nums": VALUE.sample(rng, n)}),
        ("largest, random small", {"nums": [rng.randint(-5, n // 2) for _ in range(n)]}),
    ]


def strategy():
    return NUMS.strategy(st.integers(-3, 12), max_size=12)


validate = NUMS.validate


def input_of_size(n, rng):
    n = LENGTH.clamp(n)
    return {"nums": _shuffled(rng, range(1, n + 1))}
