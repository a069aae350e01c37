"""Lists up to 500 nodes with stretches at the head, at the tail, the whole list, one node, random.
Values are distinct where possible so a misplaced node shows."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, IntArray

LENGTH = Bound("n == number of nodes", 1, 500)
VALUE = Bound("node value", -500, 500)
HEAD = IntArray("head", LENGTH, VALUE)
SIZE = "number of nodes"


def _case(rng, n, left=None, right=None):
    if left is None:
        left = rng.randint(1, n)
    if right is None:
        right = rng.randint(left, n)
    return {"head": VALUE.distinct(rng, n), "left": left, "right": right}


def hidden_cases():
    rng = random.Random(92)
    n = LENGTH.max
    cases = [(f"random, {m} nodes", _case(rng, m)) for m in (3, 7, 20, 100, 250)]
    cases += [
        ("largest, whole list", _case(rng, n, 1, n)),
        ("largest, from the head", _case(rng, n, 1, 317)),
        ("largest, to the tail", _case(rng, n, 45, n)),
        ("largest, middle", _case(rng, n, 120, 380)),
        ("largest, one node", _case(rng, n, 250, 250)),
        ("largest, last two", _case(rng, n, n - 1, n)),
        ("largest, first two", _case(rng, n, 1, 2)),
        ("largest, random stretch", _case(rng, n)),
        ("largest, all equal values", {"head": [0] * n, "left": 5, "right": 400}),
    ]
    return cases


@st.composite
def _cases(draw):
    head = draw(st.lists(st.integers(-9, 9), min_size=1, max_size=10))
    left = draw(st.integers(1, len(head)))
    right = draw(st.integers(left, len(head)))
    return {"head": head, "left": left, "right": right}


def strategy():
    return _cases()


def validate(case):
    head, left, right = case["head"], case["left"], case["right"]
    HEAD.check(head)
    Bound("left", 1, len(head)).check(left)
    Bound("right", left, len(head)).check(right)


def input_of_size(n, rng):
    return _case(rng, LENGTH.clamp(n))
