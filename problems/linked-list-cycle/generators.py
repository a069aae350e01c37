"""Lists up to the largest allowed (10^4 nodes) with the loop at the head, at the tail, in the middle and
nowhere; values that repeat (a set of values finds a false loop); even and odd lengths without a loop."""

import random

from judge.kit import Bound

NODES = Bound("number of nodes", 0, 10**4)
VALUE = Bound("Node.val", -10**5, 10**5)
SIZE = "number of nodes"


def _case(values, pos):
    return {"head": values, "pos": pos}


def hidden_cases():
    rng = random.Random(141)
    n = NODES.max
    distinct = VALUE.distinct(rng, n)
    cases = [
        ("empty list", _case([], -1)),
        ("one node, no loop", _case([5], -1)),
        ("one node looping to itself", _case([5], 0)),
        ("two nodes, no loop", _case([1, 2], -1)),
        ("two equal values, no loop", _case([7, 7], -1)),
        ("three nodes, no loop", _case([1, 2, 3], -1)),
        ("two nodes, the tail loops to itself", _case([1, 2], 1)),
        ("largest, no loop", _case(distinct, -1)),
        ("largest minus one, no loop", _case(distinct[:-1], -1)),
        ("largest, all values equal, no loop", _case([3] * n, -1)),
        ("largest, values in [-3, 3], no loop", _case([rng.randint(-3, 3) for _ in range(n)], -1)),
        ("largest, loop at the head", _case(VALUE.sample(rng, n), 0)),
        ("largest, the tail loops to itself", _case(distinct, n - 1)),
        ("largest, loop in the middle", _case(distinct, n // 2)),
        ("largest, all values equal, loop at 5000", _case([1] * n, 5000)),
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
