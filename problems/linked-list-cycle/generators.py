"""Lists up to the largest allowed (10^4 nodes) with the loop at the head, at the tail, in the middle and
nowhere; values that repeat (a set of values finds a false loop); even and odd lengths without a loop."""

import random

from judge.kit import Bound
from judge.kit.lists import LoopedLists

NODES = Bound("number of nodes", 0, 10**4)
VALUE = Bound("Node.val", -10**5, 10**5)
SIZE = "number of nodes"
LISTS = LoopedLists(NODES, VALUE)
_case = LISTS.case


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
    cases.extend(LISTS.random_cases(rng, 6))
    return cases


strategy = LISTS.strategy
validate = LISTS.validate
input_of_size = LISTS.input_of_size
