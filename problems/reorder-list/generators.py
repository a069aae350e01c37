"""Lists up to 5 * 10^4 nodes, odd and even lengths; the longest makes walking to the tail quadratic.
Values are the node's position where order matters, so a misplaced node is plain to see."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

LENGTH = Bound("number of nodes", 1, 5 * 10**4)
VALUE = Bound("node value", 1, 1000)
HEAD = IntArray("head", LENGTH, VALUE)
SIZE = "number of nodes"


def hidden_cases():
    rng = random.Random(143)
    n = LENGTH.max
    cases = [(f"random, {m} nodes", {"head": VALUE.sample(rng, m)}) for m in (4, 5, 10, 11, 100, 999)]
    cases += [
        ("largest, even, random values", {"head": VALUE.sample(rng, n)}),
        ("largest minus one, odd", {"head": VALUE.sample(rng, n - 1)}),
        ("largest, increasing runs", {"head": [i % 1000 + 1 for i in range(n)]}),
        ("largest, all equal", {"head": [VALUE.max] * n}),
    ]
    return cases


def strategy():
    return HEAD.strategy(st.integers(1, 20), max_size=12)


validate = HEAD.validate
input_of_size = HEAD.input_of_size
