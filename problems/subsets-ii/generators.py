"""Up to 10 values with repeats: all equal, runs apart from each other (unsorted), and few distinct values."""

import random

from judge.kit import Bound, IntArray

N = Bound("len(nums)", 1, 10)
V = Bound("nums[i]", -10, 10)
NUMS = IntArray("nums", N, V)
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
    return NUMS.strategy(V.integers(-2, 2), max_size=7)


validate = NUMS.validate


def input_of_size(n, rng):
    return {"nums": _from(rng, [1, 2, 3], N.clamp(n))}
