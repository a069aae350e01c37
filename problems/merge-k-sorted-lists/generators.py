"""Up to 10^4 lists holding 10^4 nodes in all: many one-node lists (the shape that makes merging
into the result one list at a time quadratic), a few long lists, many empty ones, ties."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

K = Bound("k == len(lists)", 0, 10**4)
LENGTH = Bound("length of each list", 0, 500)
TOTAL = Bound("total number of nodes", 0, 10**4)
VALUE = Bound("node value", -10**4, 10**4)
SIZE = "total number of nodes"


def _split(rng, values, k):
    """Deal sorted `values` into k lists at random (each at most 500 long), each sorted."""
    lists = [[] for _ in range(k)]
    open_lists = list(range(k))
    for value in values:
        index = rng.randrange(len(open_lists))
        lists[open_lists[index]].append(value)
        if len(lists[open_lists[index]]) == LENGTH.max:
            open_lists[index] = open_lists[-1]
            open_lists.pop()
    return [sorted(values) for values in lists]


def _random(rng, k, total):
    return {"lists": _split(rng, VALUE.sample(rng, total), k)}


def hidden_cases():
    rng = random.Random(23)
    n = TOTAL.max
    rising = list(range(-n // 2, n - n // 2))
    cases = [(f"random, {k} lists, {total} nodes", _random(rng, k, total))
             for k, total in ((2, 10), (7, 60), (40, 1000), (300, 5000))]
    cases += [
        ("largest, 10^4 one-node lists, rising", {"lists": [[v] for v in rising]}),
        ("largest, 10^4 one-node lists, falling", {"lists": [[v] for v in reversed(rising)]}),
        ("largest, 10^4 one-node lists, random", {"lists": [[v] for v in VALUE.sample(rng, n)]}),
        ("largest, 20 lists of 500", _random(rng, 20, n)),
        ("largest, 20 lists of 500 in consecutive ranges", {"lists": [rising[i:i + 500] for i in range(0, n, 500)]}),
        ("largest, 10^4 lists, 5000 nodes in the first 10, the rest empty",
         {"lists": _split(rng, VALUE.sample(rng, 5000), 10) + [[]] * (K.max - 10)}),
        ("largest, 10^4 empty lists", {"lists": [[]] * K.max}),
        ("largest, 2000 lists, values from only three", _random(rng, 2000, n)
         | {"lists": _split(rng, [rng.choice((-1, 0, 1)) for _ in range(n)], 2000)}),
        ("largest, 500 lists of 20, random", _random(rng, 500, n)),
    ]
    return cases


def strategy():
    one_list = st.lists(st.integers(-6, 6), max_size=5).map(sorted)
    return st.fixed_dictionaries({"lists": st.lists(one_list, max_size=6)})


def validate(case):
    lists = case["lists"]
    assert isinstance(lists, list), "lists must be a list of lists"
    K.check(len(lists))
    for index, values in enumerate(lists):
        assert isinstance(values, list), f"lists[{index}] must be a list of values"
        LENGTH.check(len(values), f"len(lists[{index}])")
        VALUE.check_all(values, f"lists[{index}]")
        assert values == sorted(values), f"lists[{index}] is not sorted"
    TOTAL.check(sum(map(len, lists)))


def input_of_size(n, rng):
    n = TOTAL.clamp(n)
    return _random(rng, max(1, n // 10), n)
