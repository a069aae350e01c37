"""Lists up to 100 nodes, odd and even lengths, values distinct where they can be."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

LENGTH = Bound("number of nodes", 0, 100)
VALUE = Bound("node value", 0, 100)
HEAD = IntArray("head", LENGTH, VALUE)
SIZE = "number of nodes"


def hidden_cases():
    rng = random.Random(24)
    n = LENGTH.max
    cases = [(f"random, {m} nodes", {"head": VALUE.distinct(rng, m)}) for m in (7, 8, 31, 64)]
    cases += [
        ("largest", {"head": VALUE.distinct(rng, n)}),
        ("largest minus one, odd", {"head": VALUE.distinct(rng, n - 1)}),
        ("largest, random values", {"head": VALUE.sample(rng, n)}),
    ]
    return cases


def strategy():
    return HEAD.strategy(st.integers(0, 20), max_size=12)


validate = HEAD.validate
input_of_size = HEAD.input_of_size
