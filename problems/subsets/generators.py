"""Distinct values, up to 10 of them (1024 subsets): every length at least once, the largest several times."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

N = Bound("len(nums)", 1, 10)
V = Bound("nums[i]", -10, 10)
NUMS = IntArray("nums", N, V)
SIZE = "len(nums)"


def hidden_cases():
    rng = random.Random(78)
    cases = [(f"random, {n} values", {"nums": V.distinct(rng, n)}) for n in range(N.min, N.max + 1)]
    cases += [
        ("largest, negatives and zero", {"nums": list(range(-10, 0))}),
        ("largest, extremes first", {"nums": [10, -10, 9, -9, 0, 1, -1, 5, -5, 3]}),
        ("largest, descending", {"nums": list(range(10, 0, -1))}),
    ]
    return cases


def strategy():
    return st.fixed_dictionaries({"nums": V.lists(N, max_size=6, unique=True)})


def validate(case):
    nums = case["nums"]
    NUMS.check(nums)
    assert len(set(nums)) == len(nums), f"the values in nums must be distinct: {nums}"


def input_of_size(n, rng):
    return {"nums": V.distinct(rng, N.clamp(n))}
