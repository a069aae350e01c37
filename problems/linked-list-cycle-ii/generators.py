"""Lists up to the largest allowed (10^4 nodes) with the loop at the head, at the tail, in the
middle and nowhere; values that repeat (so a set of values finds a false start); loops
whose length divides the tail's or not (Floyd's meeting point is then far from the start).
"""

import random

from judge.kit import Bound
from judge.kit.lists import LoopedLists

NODES = Bound("number of nodes", 0, 10**4)
VALUE = Bound("Node.val", -10**5, 10**5)
SIZE = "number of nodes"
LISTS = LoopedLists(NODES, VALUE)
_case = LISTS.case


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
    cases.extend(LISTS.random_cases(rng, 6))
    return cases


strategy = LISTS.strategy
validate = LISTS.validate
input_of_size = LISTS.input_of_size
