"""Piles of up to 30 stones: random, all equal (even and odd counts), powers of two, ones that cancel to 0."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

N = Bound("len(stones)", 1, 30)
W = Bound("stones[i]", 1, 1000)
STONES = IntArray("stones", N, W)
SIZE = "len(stones)"


def hidden_cases():
    rng = random.Random(1046)
    n = N.max
    cases = [
        ("largest, random", {"stones": W.sample(rng, n)}),
        ("largest, all 1000", {"stones": [W.max] * n}),
        ("29 stones of 1000", {"stones": [W.max] * (n - 1)}),
        ("largest, increasing", {"stones": list(range(1, n + 1))}),
        ("powers of two", {"stones": [2 ** i for i in range(10)]}),
        ("largest, small weights", {"stones": [rng.randint(1, 3) for _ in range(n)]}),
        ("largest, one heavy stone and light ones", {"stones": [W.max] + [1] * (n - 1)}),
    ]
    for index in range(8):
        cases.append((f"random {index + 1}", {"stones": W.sample(rng, rng.randint(1, n))}))
    return cases


def strategy():
    return STONES.strategy(st.integers(1, 12))


validate = STONES.validate
input_of_size = STONES.input_of_size
