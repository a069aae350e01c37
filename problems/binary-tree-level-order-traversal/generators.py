"""The largest trees: a deep chain (recursion depth 2000) and a wide random tree."""

import random


def _chain(n):
    values = [0]
    for i in range(1, n):
        values += [i % 1000, None] if i % 2 else [None, -(i % 1000)]
    return values


def _random_tree(n, seed):
    rng = random.Random(seed)
    values, open_slots = [rng.randint(-1000, 1000)], 2
    while len([v for v in values if v is not None]) < n:
        if rng.random() < 0.8:
            values.append(rng.randint(-1000, 1000))
        else:
            values.append(None)
    return values


def hidden_cases():
    return [("deep chain", {"root": _chain(2000)}), ("wide random", {"root": _random_tree(2000, 1)})]


SIZE = "number of nodes"


def strategy():
    from hypothesis import strategies as st

    value = st.integers(-1000, 1000)
    return st.lists(st.one_of(value, st.none()), max_size=12).map(
        lambda values: {"root": _prune(values)})


def _prune(values):
    """A valid level-order list: no children under a missing node, no trailing nulls, a real root."""
    if not values or values[0] is None:
        return []
    out, slots = [values[0]], 2
    for v in values[1:]:
        if slots == 0:
            break
        out.append(v)
        slots -= 1
        if v is not None:
            slots += 2
    while out and out[-1] is None:
        out.pop()
    return out


def validate(case):
    root = case["root"]
    nodes = [v for v in root if v is not None]
    assert len(nodes) <= 2000, "at most 2000 nodes"
    assert all(-1000 <= v <= 1000 for v in nodes), "-1000 <= value <= 1000"
    assert not root or root[0] is not None, "a non-empty tree has a root"


def input_of_size(n, rng):
    return {"root": _random_tree(max(1, n), rng.randrange(10**6))}
