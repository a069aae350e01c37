"""Up to 200 values in +-10^9: all equal (every quadruple of positions matches, so a brute force does
the most work removing repeats), all odd with an odd target (no answer, nothing to prune),
negative targets (where "stop once nums[i] > target" is wrong), and sums past 32 bits."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

N = Bound("len(nums)", 1, 200)
V = Bound("nums[i]", -10**9, 10**9)
NUMS = IntArray("nums", N, V)
T = Bound("target", -10**9, 10**9)
SIZE = "len(nums)"


def _odd(rng, n, bound=V.max):
    return [rng.randrange(-bound + 1, bound, 2) for _ in range(n)]


def hidden_cases():
    rng = random.Random(18)
    cases = [
        ("one value", {"nums": [5], "target": 5}),
        ("three values", {"nums": [1, 2, 3], "target": 6}),
        ("four values, partial sums past 32 bits", {"nums": [10**9, 10**9, -10**9, 5 - 10**9], "target": 5}),
        ("four values past 32 bits, no match", {"nums": [10**9] * 4, "target": -294967296}),
        ("negative target, negative values", {"nums": [-5, -4, -3, -2, -1, 0, 1], "target": -14}),
        ("negative target, mixed", {"nums": [-3, -2, -1, 0, 0, 1, 2, 3], "target": -1}),
        ("two equal then the rest", {"nums": [-1, -1, 0, 1, 1, 2, -2, 2], "target": 0}),
        ("largest, all zeros", {"nums": [0] * 200, "target": 0}),
        ("largest, all the same, no match", {"nums": [7] * 200, "target": 27}),
        ("largest, all odd, odd target", {"nums": _odd(rng, 200), "target": 1}),
        ("largest, small odd values, odd target", {"nums": _odd(rng, 200, 1000), "target": -1}),
        ("largest, values -3..3", {"nums": [rng.randint(-3, 3) for _ in range(200)], "target": 0}),
        ("largest, values -3..3, negative target", {"nums": [rng.randint(-3, 3) for _ in range(200)], "target": -7}),
        ("largest, distinct small values", {"nums": rng.sample(range(-1000, 1000), 200), "target": 0}),
        ("largest, extremes", {"nums": [rng.choice((-10**9, 10**9, 0, 1, -1)) for _ in range(200)],
                               "target": -10**9}),
        ("largest, random wide", {"nums": V.sample(rng, 200), "target": T.draw(rng)}),
    ]
    for seed in range(1, 5):
        seeded = random.Random(seed)
        n = seeded.randint(4, 60)
        cases.append((f"random {seed}", {"nums": [seeded.randint(-20, 20) for _ in range(n)],
                                         "target": seeded.randint(-30, 30)}))
    return cases


def strategy():
    return st.fixed_dictionaries({"nums": st.lists(V.integers(-6, 6), min_size=N.min, max_size=10),
                                  "target": T.integers(-12, 12)})


def validate(case):
    NUMS.check(case["nums"])
    T.check(case["target"])


def input_of_size(n, rng):
    return {"nums": _odd(rng, N.clamp(n)), "target": 1}
