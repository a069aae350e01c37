"""Up to 100 candidates: long runs of small equal values (a search that treats copies as different
meets the same combination millions of times), values above the target, and random lists."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

N = Bound("len(candidates)", 1, 100)
V = Bound("candidates[i]", 1, 50)
CANDIDATES = IntArray("candidates", N, V)
T = Bound("target", 1, 30)
SIZE = "len(candidates)"


def _shuffled(rng, values):
    rng.shuffle(values)
    return values


def hidden_cases():
    rng = random.Random(40)
    cases = [
        ("one candidate equal to the target", {"candidates": [30], "target": 30}),
        ("one candidate, too small", {"candidates": [1], "target": 2}),
        ("every candidate above the target", {"candidates": [50, 31, 49, 40], "target": 30}),
        ("largest, a hundred 1s", {"candidates": [1] * 100, "target": 30}),
        ("largest, a hundred 1s, odd target", {"candidates": [1] * 100, "target": 29}),
        ("largest, fifty 1s and fifty 2s", {"candidates": _shuffled(rng, [1] * 50 + [2] * 50), "target": 30}),
        ("largest, 1 to 5 twenty times each", {"candidates": _shuffled(rng, list(range(1, 6)) * 20), "target": 30}),
        ("largest, 1 to 10 ten times each", {"candidates": _shuffled(rng, list(range(1, 11)) * 10), "target": 30}),
        ("largest, 2s only, odd target", {"candidates": [2] * 100, "target": 29}),
        ("largest, 1 to 50 twice, then 1s", {"candidates": _shuffled(rng, list(range(1, 51)) * 2)[:70] + [1] * 30,
                                             "target": 30}),
        ("largest, mostly too large", {"candidates": _shuffled(rng, [rng.randint(31, 50) for _ in range(95)]
                                                               + [3, 7, 3, 20, 10]), "target": 30}),
    ]
    for seed in range(1, 7):
        seeded = random.Random(seed)
        high = seeded.choice((8, 15, 50))
        values = [seeded.randint(1, high) for _ in range(seeded.randint(1, N.max))]
        cases.append((f"random {seed}", {"candidates": values, "target": T.draw(seeded)}))
    return cases


def strategy():
    return st.fixed_dictionaries({"candidates": st.lists(V.integers(high=8), min_size=N.min, max_size=10),
                                  "target": T.integers(high=15)})


def validate(case):
    CANDIDATES.check(case["candidates"])
    T.check(case["target"])


def input_of_size(n, rng):
    return {"candidates": [rng.randint(1, 10) for _ in range(N.clamp(n))], "target": T.max}
