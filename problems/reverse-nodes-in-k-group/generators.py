"""Lists up to 5000 nodes with k = 1, 2, n, n - 1, a divisor of n, one more than a divisor, random.
Values are distinct so any misplaced node shows."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

LENGTH = Bound("n == number of nodes", 1, 5000)
VALUE = Bound("node value", 0, 1000)
HEAD = IntArray("head", LENGTH, VALUE)
SIZE = "number of nodes"


def _values(rng, n):
    """Distinct values while they last (0..1000), then repeats."""
    return VALUE.distinct(rng, n) if n <= VALUE.max + 1 else VALUE.sample(rng, n)


def hidden_cases():
    rng = random.Random(25)
    n = LENGTH.max
    cases = [(f"random, {m} nodes", {"head": _values(rng, m), "k": rng.randint(1, m)}) for m in (6, 13, 50, 400)]
    cases += [
        (f"{m} nodes, k = {k}", {"head": _values(rng, m), "k": k})
        for m, k in ((1000, 7), (1001, 1001), (1001, 1000), (999, 500), (1000, 3), (1001, 2))
    ]
    cases += [
        ("largest, k = 1", {"head": VALUE.sample(rng, n), "k": 1}),
        ("largest, k = 2", {"head": VALUE.sample(rng, n), "k": 2}),
        ("largest, k = n", {"head": VALUE.sample(rng, n), "k": n}),
        ("largest, k = n - 1", {"head": VALUE.sample(rng, n), "k": n - 1}),
        ("largest, k divides n", {"head": VALUE.sample(rng, n), "k": 125}),
        ("largest, k leaves k - 1 over", {"head": VALUE.sample(rng, n), "k": 77}),
        ("largest, k = n / 2 + 1", {"head": VALUE.sample(rng, n), "k": n // 2 + 1}),
    ]
    return cases


@st.composite
def _cases(draw):
    head = draw(st.lists(st.integers(0, 30), min_size=1, max_size=12))
    return {"head": head, "k": draw(st.integers(1, len(head)))}


def strategy():
    return _cases()


def validate(case):
    head, k = case["head"], case["k"]
    HEAD.check(head)
    Bound("k", 1, len(head)).check(k)


def input_of_size(n, rng):
    n = LENGTH.clamp(n)
    return {"head": VALUE.sample(rng, n), "k": max(1, min(n, 3))}
