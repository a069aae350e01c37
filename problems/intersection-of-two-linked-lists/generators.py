"""Pairs of lists up to the largest allowed (3 * 10^4 nodes each): joined at the heads, at the
last node, in the middle and not at all; list A or list B the longer; equal values lined up
before the join (which fool a comparison of values); both lists at full length without a
join, where an O(m * n) scan is slowest.
"""

import random

from judge.kit import Bound

LENGTH = Bound("len(listA) and len(listB)", 1, 3 * 10**4)
VALUE = Bound("Node.val", 1, 10**5)
SIZE = "m + n"


def _case(own_a, own_b, shared):
    """The case for lists that are own_a then shared, and own_b then shared."""
    return {"intersectVal": shared[0] if shared else 0, "listA": own_a + shared, "listB": own_b + shared,
            "skipA": len(own_a), "skipB": len(own_b)}


def hidden_cases():
    rng = random.Random(160)
    top = LENGTH.max

    def values(n, low=VALUE.min, high=VALUE.max):
        return [rng.randint(low, high) for _ in range(n)]

    mirrored = values(top // 2, 1, 3)  # the same values before the join in both lists, node for node
    cases = [
        ("one node each, apart", _case([1], [1], [])),
        ("one shared node", _case([], [], [7])),
        ("one shared node after one of A's", _case([3], [], [3])),
        ("largest, apart", _case(values(top), values(top), [])),
        ("largest, the same list", _case([], [], values(top))),
        ("largest, joined at the last node", _case(values(top - 1), values(top - 1), [5])),
        ("largest, joined in the middle", _case(values(top // 2), values(top // 3), values(top // 2))),
        ("largest, equal values lined up before the join", _case(mirrored, list(mirrored), values(top // 2, 1, 3))),
        ("largest, all values 1, joined in the middle", _case([1] * (top // 2), [1] * 100, [1] * (top // 2))),
        ("largest, B much longer, joined at the end", _case([2], values(top - 10), values(10))),
        ("largest, A much longer, joined at the end", _case(values(top - 10), [2], values(10))),
        ("largest, B longer, apart", _case(values(100), values(top), [])),
        ("largest, A longer, apart", _case(values(top), values(100), [])),
        ("largest, B's head shared inside A", _case(values(top // 2), [], values(top // 2))),
    ]
    for index in range(6):
        shared = values(rng.randint(0, 1000), 1, 20)
        own_a = values(rng.randint(0 if shared else 1, 2000), 1, 20)
        own_b = values(rng.randint(0 if shared else 1, 2000), 1, 20)
        cases.append((f"random {index + 1}", _case(own_a, own_b, shared)))
    return cases


def strategy():
    from hypothesis import strategies as st

    small = st.lists(st.integers(1, 3), max_size=5)

    @st.composite
    def cases(draw):
        own_a, own_b, shared = draw(small), draw(small), draw(small)
        if not shared:  # each list has at least one node
            own_a, own_b = own_a or [draw(st.integers(1, 3))], own_b or [draw(st.integers(1, 3))]
        return _case(own_a, own_b, shared)

    return cases()


def validate(case):
    list_a, list_b, skip_a, skip_b = case["listA"], case["listB"], case["skipA"], case["skipB"]
    for name, values in (("listA", list_a), ("listB", list_b)):
        assert isinstance(values, list), f"{name} must be a list of values"
        LENGTH.check(len(values), f"len({name})")
        VALUE.check_all(values, name)
    Bound("skipA", 0, len(list_a)).check(skip_a)
    Bound("skipB", 0, len(list_b)).check(skip_b)
    joined = skip_a < len(list_a)
    assert joined == (skip_b < len(list_b)), "skipA and skipB must both end their lists, or neither"
    assert list_a[skip_a:] == list_b[skip_b:], "listA after skipA and listB after skipB must be the same values"
    expected = list_a[skip_a] if joined else 0
    assert case["intersectVal"] == expected, f"intersectVal = {case['intersectVal']!r}, expected {expected}"


def input_of_size(n, rng):
    shared = [rng.randint(1, 10**5) for _ in range(n // 2)]
    return _case([rng.randint(1, 10**5) for _ in range(max(1, n // 4))],
                 [rng.randint(1, 10**5) for _ in range(max(1, n - n // 2 - n // 4))], shared)
