"""1000 numbers: random, all equal, sorted either way, few distinct values (ties), alternating extremes."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

LENGTH = Bound("len(nums)", 1, 1000)
VALUE = Bound("nums[i]", -10**9, 10**9)
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
    return st.fixed_dictionaries({"nums": st.lists(st.integers(-5, 5), min_size=LENGTH.min, max_size=12)})


def validate(case):
    nums = case["nums"]
    assert isinstance(nums, list), "nums must be a list"
    LENGTH.check(len(nums))
    VALUE.check_all(nums)


def input_of_size(n, rng):
    return {"nums": VALUE.sample(rng, LENGTH.clamp(n))}
