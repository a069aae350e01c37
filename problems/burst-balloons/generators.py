"""n = 300 balloons: random values, all 100s, many zeros, valleys and peaks; small rows where greedy orders fail."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(nums)", 1, 300)
V = Bound("nums[i]", 0, 100)
SIZE = "len(nums)"


def hidden_cases():
    rng = random.Random(312)
    cases = [
        ("largest, random", V.sample(rng, N.max)),
        ("largest, all 100", [100] * N.max),
        ("largest, no zeros", [rng.randint(1, 100) for _ in range(N.max)]),
        ("largest, half zeros", [rng.choice((0, rng.randint(1, 100))) for _ in range(N.max)]),
        ("largest, valley", [abs(150 - i) * 100 // 150 for i in range(N.max)]),
        ("largest, ones and hundreds alternating", [1, 100] * (N.max // 2)),
    ]
    cases += [(f"small random {i}", V.sample(rng, rng.randint(2, 9))) for i in range(8)]
    return [(name, {"nums": nums}) for name, nums in cases]


def strategy():
    return st.fixed_dictionaries({"nums": st.lists(st.integers(0, 9), min_size=1, max_size=7)})


def validate(case):
    N.check(len(case["nums"]))
    V.check_all(case["nums"])


def input_of_size(n, rng):
    return {"nums": V.sample(rng, N.clamp(n))}
