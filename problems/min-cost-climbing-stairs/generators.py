"""Staircases up to 1000 steps (plain recursion's 2^n calls): random, all free, all at 999, and patterns
where the cheaper next step is the wrong one."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

N = Bound("len(cost)", 2, 1000)
C = Bound("cost[i]", 0, 999)
COST = IntArray("cost", N, C)
SIZE = "len(cost)"


def hidden_cases():
    rng = random.Random(746)
    n = N.max
    cases = [
        ("largest, random", {"cost": C.sample(rng, n)}),
        ("largest, all 999", {"cost": [C.max] * n}),
        ("largest, all free", {"cost": [0] * n}),
        ("largest, greedy traps repeated", {"cost": ([0, 1, 2, 2, 999] * (n // 5))[:n]}),
        ("largest, expensive every other step", {"cost": [C.max if i % 2 else 1 for i in range(n)]}),
        ("largest minus one, expensive even steps", {"cost": [1 if i % 2 else C.max for i in range(n - 1)]}),
        ("largest, small costs", {"cost": [rng.randint(0, 3) for _ in range(n)]}),
    ]
    for index in range(6):
        cases.append((f"random {index + 1}", {"cost": C.sample(rng, rng.randint(N.min, 60))}))
    return cases


def strategy():
    return COST.strategy(st.integers(0, 9))


validate = COST.validate
input_of_size = COST.input_of_size
