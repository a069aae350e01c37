"""Lists up to the largest allowed (1000 nodes) whose random pointers are all null, all to the
node itself, all to the head, all to the tail, random, or a mix; repeated values (which
defeat a copy that finds nodes by value); the empty list and a single node.

At 1000 nodes every correct copy is fast: these check correctness only.
"""

import random

from judge.kit import Bound

NODES = Bound("n", 0, 1000)
VALUE = Bound("Node.val", -10**4, 10**4)
SIZE = "n"


def _case(values, randoms):
    return {"head": [[value, index] for value, index in zip(values, randoms)]}


def hidden_cases():
    rng = random.Random(138)
    n = NODES.max

    def values(count, low=VALUE.min, high=VALUE.max):
        return [rng.randint(low, high) for _ in range(count)]

    def randoms(count, chance_of_null=0.2):
        return [None if rng.random() < chance_of_null else rng.randrange(count) for _ in range(count)]

    cases = [
        ("empty list", {"head": []}),
        ("one node, random null", _case([5], [None])),
        ("one node pointing to itself", _case([5], [0])),
        ("two equal values, crossed", _case([4, 4], [1, 0])),
        ("largest, every random null", _case(values(n), [None] * n)),
        ("largest, every node points to itself", _case(values(n), list(range(n)))),
        ("largest, every node points to the head", _case(values(n), [0] * n)),
        ("largest, every node points to the tail", _case(values(n), [n - 1] * n)),
        ("largest, backwards", _case(values(n), list(range(n - 1, -1, -1)))),
        ("largest, random", _case(values(n), randoms(n))),
        ("largest, all values equal, random", _case([7] * n, randoms(n))),
        ("largest, three values, random", _case(values(n, -1, 1), randoms(n, 0.05))),
        ("largest, extreme values", _case([VALUE.min, VALUE.max] * (n // 2), randoms(n))),
    ]
    for index in range(5):
        size = rng.randint(2, n)
        cases.append((f"random {index + 1}", _case(values(size, -5, 5), randoms(size))))
    return cases


def strategy():
    from hypothesis import strategies as st

    @st.composite
    def cases(draw):
        values = draw(st.lists(st.integers(-3, 3), max_size=8))
        targets = st.none() | st.integers(0, len(values) - 1) if values else st.none()
        return _case(values, [draw(targets) for _ in values])

    return cases()


def validate(case):
    pairs = case["head"]
    assert isinstance(pairs, list), "head must be a list of [val, random_index] pairs"
    NODES.check(len(pairs), "the number of nodes")
    for index, pair in enumerate(pairs):
        assert isinstance(pair, list) and len(pair) == 2, f"head[{index}] must be a [val, random_index] pair"
        VALUE.check(pair[0], f"head[{index}]'s value")
        if pair[1] is not None:
            Bound("random_index", 0, len(pairs) - 1).check(pair[1], f"head[{index}]'s random index")


def input_of_size(n, rng):
    return _case([rng.randint(-10**4, 10**4) for _ in range(n)], [rng.randrange(n) for _ in range(n)])
