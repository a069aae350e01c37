"""Lists up to 5 * 10^4 nodes: random, sorted (quicksort on the head's value goes quadratic),
reversed, all equal, few distinct values, organ pipe; odd and even lengths."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

LENGTH = Bound("number of nodes", 0, 5 * 10**4)
VALUE = Bound("node value", -10**5, 10**5)
HEAD = IntArray("head", LENGTH, VALUE)
SIZE = "number of nodes"


def hidden_cases():
    rng = random.Random(148)
    n = LENGTH.max
    rising = sorted(VALUE.sample(rng, n))
    cases = [(f"random, {m} nodes", {"head": VALUE.sample(rng, m)}) for m in (5, 16, 33, 1000, 4097)]
    cases += [
        ("largest, random", {"head": VALUE.sample(rng, n)}),
        ("largest minus one, random", {"head": VALUE.sample(rng, n - 1)}),
        ("largest, already sorted", {"head": rising}),
        ("largest, reversed", {"head": rising[::-1]}),
        ("largest, all equal", {"head": [-7] * n}),
        ("largest, three distinct values", {"head": [rng.choice((-1, 0, 1)) for _ in range(n)]}),
        ("largest, rising then falling", {"head": rising[::2] + rising[1::2][::-1]}),
    ]
    return cases


def strategy():
    return HEAD.strategy(st.integers(-8, 8), max_size=12)


validate = HEAD.validate
input_of_size = HEAD.input_of_size
