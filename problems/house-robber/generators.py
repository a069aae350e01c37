"""Rows up to 100 houses: every-other traps, zeros, the largest values, the best set skipping two in a row."""

import random

from judge.kit import Bound, IntArray

N = Bound("len(nums)", 1, 100)
V = Bound("nums[i]", 0, 400)
NUMS = IntArray("nums", N, V)
SIZE = "len(nums)"


def hidden_cases():
    rng = random.Random(198)
    big = N.max
    cases = [
        ("one house", {"nums": [7]}),
        ("one empty house", {"nums": [0]}),
        ("two houses, first richer", {"nums": [9, 4]}),
        ("two houses, second richer", {"nums": [4, 9]}),
        ("skip two in a row", {"nums": [2, 1, 1, 2]}),
        ("three houses, middle richest", {"nums": [1, 5, 1]}),
        ("largest, all 400", {"nums": [400] * big}),
        ("largest, all 0", {"nums": [0] * big}),
        ("largest, random", {"nums": V.sample(rng, big)}),
        ("largest, pairs of rich houses apart", {"nums": [400, 0, 0, 400] * (big // 4)}),
        ("largest, rich pairs next to each other", {"nums": [0, 400, 400, 0] * (big // 4)}),
        ("largest, random small values", {"nums": [rng.randint(0, 3) for _ in range(big)]}),
    ]
    return cases + NUMS.seeded_cases(range(1, 6))


strategy = NUMS.strategy
validate = NUMS.validate
input_of_size = NUMS.input_of_size
