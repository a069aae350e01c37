"""Sorted lists up to 50 nodes each: random, disjoint ranges, long runs from one side, all equal."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

LENGTH = Bound("number of nodes in each list", 0, 50)
VALUE = Bound("node value", -100, 100)
SIZE = "total number of nodes"


def _sorted(rng, n, low=VALUE.min, high=VALUE.max):
    return sorted(rng.randint(low, high) for _ in range(n))


def hidden_cases():
    rng = random.Random(21)
    n = LENGTH.max
    cases = [(f"random, {a} and {b} nodes", {"list1": _sorted(rng, a), "list2": _sorted(rng, b)})
             for a, b in ((1, 1), (3, 8), (17, 5), (n, n), (n, 0), (0, n), (n, 1))]
    cases += [
        ("largest, first list all below the second", {"list1": _sorted(rng, n, -100, -1), "list2": _sorted(rng, n, 0, 100)}),
        ("largest, first list all above the second", {"list1": _sorted(rng, n, 1, 100), "list2": _sorted(rng, n, -100, 0)}),
        ("largest, all equal", {"list1": [7] * n, "list2": [7] * n}),
        ("largest, narrow range with many ties", {"list1": _sorted(rng, n, -2, 2), "list2": _sorted(rng, n, -2, 2)}),
        ("largest, long runs from each side", {"list1": list(range(-100, -90)) + list(range(0, 40)),
                                               "list2": list(range(-90, -50)) + list(range(40, 50))}),
        ("extremes", {"list1": [-100, -100, 100], "list2": [-100, 100, 100]}),
    ]
    return cases


def strategy():
    lists = st.lists(st.integers(-6, 6), max_size=8).map(sorted)
    return st.fixed_dictionaries({"list1": lists, "list2": lists})


def validate(case):
    for name in ("list1", "list2"):
        values = case[name]
        assert isinstance(values, list), f"{name} must be a list of values"
        LENGTH.check(len(values), f"len({name})")
        VALUE.check_all(values, name)
        assert values == sorted(values), f"{name} is not sorted in non-decreasing order"


def input_of_size(n, rng):
    n = min(n, 2 * LENGTH.max)
    return {"list1": _sorted(rng, n // 2), "list2": _sorted(rng, n - n // 2)}
