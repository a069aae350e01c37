"""Rows up to 100 houses: every-other traps, zeros, the largest values, the best set skipping two in a row."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(nums)", 1, 100)
V = Bound("nums[i]", 0, 400)
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
    for seed in range(1, 6):
        r = random.Random(seed)
        cases.append((f"random {seed}", {"nums": V.sample(r, r.randint(1, big))}))
    return cases


def strategy():
    return st.fixed_dictionaries({"nums": st.lists(st.one_of(st.integers(0, 9), st.just(400)), min_size=1,
                                                   max_size=10)})


def validate(case):
    N.check(len(case["nums"]))
    V.check_all(case["nums"])


def input_of_size(n, rng):
    return {"nums": V.sample(rng, N.clamp(n))}
