"""Up to 8 values: all distinct (40320 arrangements, which makes a list-scan de-duplication time out),
all equal, runs apart from each other, and few distinct values."""

import random

from judge.kit import Bound, IntArray

N = Bound("len(nums)", 1, 8)
V = Bound("nums[i]", -10, 10)
NUMS = IntArray("nums", N, V)
SIZE = "len(nums)"


def hidden_cases():
    rng = random.Random(47)
    cases = [(f"random, {n} values from 3", {"nums": [rng.choice([-1, 0, 6]) for _ in range(n)]})
             for n in range(2, 9)]
    cases += [
        ("one value", {"nums": [10]}),
        ("largest, all distinct", {"nums": V.distinct(rng, 8)}),
        ("largest, all distinct, descending", {"nums": [10, 7, 3, 0, -1, -4, -8, -10]}),
        ("largest, all equal", {"nums": [-7] * 8}),
        ("largest, pairs apart", {"nums": [2, 2, 1, 1, 3, 3, 4, 4][::-1]}),
        ("largest, two values alternating", {"nums": [0, 1] * 4}),
        ("largest, one repeat", {"nums": [5, -3, 8, 0, -3, 1, 9, -6]}),
        ("largest, repeats in the middle", {"nums": [0, 0, 0, 1, 9, 9, 9, 2]}),
        ("largest, random", {"nums": V.sample(rng, 8)}),
    ]
    return cases


def strategy():
    return NUMS.strategy(V.integers(-2, 2), max_size=6)


validate = NUMS.validate


def input_of_size(n, rng):
    return {"nums": [rng.choice([1, 2, 3]) for _ in range(N.clamp(n))]}
