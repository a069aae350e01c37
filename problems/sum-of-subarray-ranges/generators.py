"""1000 numbers: random, all equal, sorted either way, few distinct values (ties), alternating extremes."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

LENGTH = Bound("len(nums)", 1, 1000)
VALUE = Bound("nums[i]", -10**9, 10**9)
NUMS = IntArray("nums", LENGTH, VALUE)
SIZE = "len(nums)"


def hidden_cases():
    rng = random.Random(2104)
    n = LENGTH.max
    return [
        ("one number", {"nums": [5]}),
        ("two equal numbers", {"nums": [-7, -7]}),
        ("largest, random", {"nums": VALUE.sample(rng, n)}),
        ("largest, all equal", {"nums": [VALUE.max] * n}),
        ("largest, ascending", {"nums": sorted(VALUE.sample(rng, n))}),
        ("largest, descending", {"nums": sorted(VALUE.sample(rng, n), reverse=True)}),
        ("largest, three distinct values", {"nums": [rng.choice([-1, 0, 1]) for _ in range(n)]}),
        ("largest, alternating extremes", {"nums": [VALUE.min, VALUE.max] * (n // 2)}),
        ("largest, all positive", {"nums": [rng.randint(1, 100) for _ in range(n)]}),
        ("largest, all negative", {"nums": [rng.randint(-100, -1) for _ in range(n)]}),
    ]


def strategy():
    return NUMS.strategy(st.integers(-5, 5), max_size=12)


validate = NUMS.validate
input_of_size = NUMS.input_of_size
