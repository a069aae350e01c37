"""Lists up to the largest allowed (10^4 nodes) with the loop at the head, at the tail, in the
middle and nowhere; values that repeat (so a set of values finds a false start); loops
whose length divides the tail's or not (Floyd's meeting point is then far from the start).
"""

import random

from judge.kit import Bound

NODES = Bound("number of nodes", 0, 10**4)
VALUE = Bound("Node.val", -10**5, 10**5)
SIZE = "number of nodes"


def _case(values, pos):
    return {"head": values, "pos": pos}


def hidden_cases():
    rng = random.Random(142)
    n = NODES.max
    distinct = VALUE.distinct(rng, n)
    few_values = [rng.randint(-3, 3) for _ in range(n)]
    cases = [
        ("empty list", _case([], -1)),
        ("one node, no loop", _case([5], -1)),
        ("one node looping to itself", _case([5], 0)),
        ("two equal values, loop at the second", _case([7, 7], 1)),
        ("largest, no loop", _case(distinct, -1)),
        ("largest, loop at the head", _case(VALUE.sample(rng, n), 0)),
        ("largest, the tail loops to itself", _case(VALUE.sample(rng, n), n - 1)),
        ("largest, loop in the middle", _case(distinct, n // 2)),
        ("largest, loop of two at the end", _case(VALUE.sample(rng, n), n - 2)),
        ("largest, values repeat before the loop", _case(few_values, 9000)),
        ("largest, all values equal, loop at 5000", _case([1] * n, 5000)),
        ("largest, tail 1 and a loop of 9999", _case(VALUE.sample(rng, n), 1)),
        ("largest, tail 9990, loop of 10", _case(distinct, 9990)),
        ("largest, tail 3333, loop of 6667", _case(VALUE.sample(rng, n), 3333)),
    ]
    for index in range(6):
        size = rng.randint(2, n)
        values = [rng.randint(-5, 5) for _ in range(size)] if index % 2 else VALUE.sample(rng, size)
        cases.append((f"random {index + 1}", _case(values, rng.choice([-1, rng.randrange(size)]))))
    return cases


def strategy():
    from hypothesis import strategies as st

    @st.composite
    def cases(draw):
        values = draw(st.lists(st.integers(-3, 3), max_size=10))
        pos = draw(st.integers(-1, len(values) - 1))
        return _case(values, pos)

    return cases()


def validate(case):
    values, pos = case["head"], case["pos"]
    assert isinstance(values, list), "head must be a list of values"
    NODES.check(len(values), "the number of nodes")
    VALUE.check_all(values)
    assert isinstance(pos, int) and not isinstance(pos, bool), f"pos must be an int, found {pos!r:.40}"
    assert pos == -1 or 0 <= pos < len(values), f"pos = {pos} is neither -1 nor an index of the list"


def input_of_size(n, rng):
    return _case(VALUE.sample(rng, n), rng.randrange(n) if n else -1)
