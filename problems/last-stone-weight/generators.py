"""Piles of up to 30 stones: random, all equal (even and odd counts), powers of two, ones that cancel to 0."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(stones)", 1, 30)
W = Bound("stones[i]", 1, 1000)
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
    return st.fixed_dictionaries({"stones": st.lists(st.integers(1, 12), min_size=N.min, max_size=10)})


def validate(case):
    stones = case["stones"]
    assert isinstance(stones, list), "stones must be a list"
    N.check(len(stones))
    W.check_all(stones)


def input_of_size(n, rng):
    return {"stones": W.sample(rng, max(N.min, min(n, N.max)))}
