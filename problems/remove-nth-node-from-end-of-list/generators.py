"""Random lists of every length up to the limit, removing at the ends and in between."""

import random

from hypothesis import strategies as st

MAX_LEN, MAX_VAL = 30, 100
SIZE = "length of the list"


def _case(rng, length, n=None):
    head = [rng.randint(0, MAX_VAL) for _ in range(length)]
    return {"head": head, "n": n if n is not None else rng.randint(1, length)}


def hidden_cases():
    rng = random.Random(19)
    cases = [(f"random, length {length}", _case(rng, length)) for length in (3, 6, 11, 17, 24, 29)]
    cases += [
        ("longest, random n", _case(rng, MAX_LEN)),
        ("longest, second node", _case(rng, MAX_LEN, MAX_LEN - 1)),
        ("longest, second to last", _case(rng, MAX_LEN, 2)),
        ("longest, middle", _case(rng, MAX_LEN, 15)),
        ("random values, remove the head", _case(rng, 12, 12)),
    ]
    return cases


def input_of_size(n, rng):
    return _case(rng, n)


def validate(case):
    head, n = case["head"], case["n"]
    assert isinstance(head, list) and 1 <= len(head) <= MAX_LEN, f"list length {len(head)} outside 1..{MAX_LEN}"
    assert all(isinstance(v, int) and 0 <= v <= MAX_VAL for v in head), "node values must be in 0..100"
    assert isinstance(n, int) and 1 <= n <= len(head), f"n = {n} outside 1..{len(head)}"


def strategy():
    lists = st.lists(st.integers(0, MAX_VAL), min_size=1, max_size=12)
    return lists.flatmap(lambda head: st.builds(lambda n: {"head": head, "n": n}, st.integers(1, len(head))))
