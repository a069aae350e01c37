"""Lists up to the largest allowed (5000 nodes, as deep as a recursive reversal goes), with repeated values."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

N = Bound("number of nodes", 0, 5000)
V = Bound("Node.val", -5000, 5000)
HEAD = IntArray("head", N, V)
SIZE = "number of nodes"


def hidden_cases():
    rng = random.Random(206)
    n = N.max
    cases = [
        ("largest, random values", {"head": V.sample(rng, n)}),
        ("largest, increasing", {"head": list(range(V.min, V.min + n))}),
        ("largest, all equal", {"head": [V.max] * n}),
        ("largest, two values alternating", {"head": [(-1) ** i for i in range(n)]}),
        ("largest minus one", {"head": V.sample(rng, n - 1)}),
    ]
    for index in range(5):
        cases.append((f"random {index + 1}", {"head": V.sample(rng, rng.randint(0, 200))}))
    return cases


def strategy():
    return HEAD.strategy(st.integers(-9, 9))


validate = HEAD.validate
input_of_size = HEAD.input_of_size
