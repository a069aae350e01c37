"""Circles up to 100 houses: the richest at both ends, one or two or three houses, every-other traps."""

import random

from judge.kit import Bound, IntArray

N = Bound("len(nums)", 1, 100)
V = Bound("nums[i]", 0, 1000)
NUMS = IntArray("nums", N, V)
SIZE = "len(nums)"


def hidden_cases():
    rng = random.Random(213)
    big = N.max
    cases = [
        ("one house", {"nums": [7]}),
        ("one empty house", {"nums": [0]}),
        ("two houses", {"nums": [3, 8]}),
        ("three houses, ends richest", {"nums": [5, 1, 5]}),
        ("four houses, ends richest", {"nums": [9, 1, 1, 9]}),
        ("best uses the first house", {"nums": [9, 1, 1, 1, 1]}),
        ("best uses the last house", {"nums": [1, 1, 1, 1, 9]}),
        ("largest, all 1000", {"nums": [1000] * big}),
        ("largest, all 0", {"nums": [0] * big}),
        ("largest, random", {"nums": V.sample(rng, big)}),
        ("largest, odd length, ends rich", {"nums": [1000] + V.sample(rng, big - 3) + [0, 1000]}),
        ("largest, odd count, every other", {"nums": [1000, 0] * 49 + [1000]}),
        ("largest, pairs of rich houses", {"nums": [0, 1000, 1000, 0] * (big // 4)}),
    ]
    return cases + NUMS.seeded_cases(range(1, 6))


strategy = NUMS.strategy
validate = NUMS.validate
input_of_size = NUMS.input_of_size
