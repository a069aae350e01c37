"""Up to 10 values with repeats: all equal, runs apart from each other (unsorted), and few distinct values."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(nums)", 1, 10)
V = Bound("nums[i]", -10, 10)
SIZE = "len(nums)"


def _from(rng, values, n):
    return [rng.choice(values) for _ in range(n)]


def hidden_cases():
    rng = random.Random(90)
    cases = [(f"random, {n} values from 4", {"nums": _from(rng, [-3, 0, 4, 7], n)}) for n in range(2, 11)]
    cases += [
        ("one value", {"nums": [-10]}),
        ("largest, all equal", {"nums": [5] * 10}),
        ("largest, all distinct", {"nums": V.distinct(rng, 10)}),
        ("largest, equal values apart", {"nums": [3, 1, 3, 2, 1, 3, 2, 1, 3, 2]}),
        ("largest, two values alternating", {"nums": [10, -10] * 5}),
        ("largest, pairs", {"nums": [4, 4, -1, -1, 0, 0, 9, 9, 2, 2]}),
        ("largest, descending with repeats", {"nums": [9, 9, 9, 6, 6, 3, 3, 0, -4, -4]}),
        ("largest, one repeat among distinct", {"nums": [7, 1, -2, 5, 8, 1, -6, 3, 0, -9]}),
        ("largest, random", {"nums": V.sample(rng, 10)}),
    ]
    return cases


def strategy():
    return st.fixed_dictionaries({"nums": st.lists(V.integers(-2, 2), min_size=N.min, max_size=7)})


def validate(case):
    nums = case["nums"]
    assert isinstance(nums, list), "nums must be a list"
    N.check(len(nums))
    V.check_all(nums)


def input_of_size(n, rng):
    return {"nums": _from(rng, [1, 2, 3], N.clamp(n))}
