"""Trees up to the largest allowed (2000 nodes): deep chains (recursion depth 2000), a complete tree,
two long branches, and random shapes. The answer has n values whatever the shape, so these check
correctness and recursion depth; no brute force worth rejecting exists at 2000 nodes.
"""

import random

from judge.kit.trees import count_nodes, hang, level_order

MAX_NODES, LOW, HIGH = 2000, -1000, 1000
SIZE = "number of nodes"


def _values(rng, n):
    return [rng.randint(LOW, HIGH) for _ in range(n)]


def _random_tree(rng, n, deep=False):
    """n nodes, each hung on an open child slot: picked uniformly, or among the newest slots when deep."""
    if n == 0:
        return []
    children = {0: [-1, -1]}

    def among_the_newest(count):
        return count - 1 - rng.randrange(min(4, count))

    hang(children, 0, n - 1, among_the_newest if deep else rng.randrange, 1)
    return level_order(_values(rng, n), children)


def _chain(values, sides):
    """A path: node i + 1 is the `sides[i]` child (0 left, 1 right) of node i."""
    children = {i: [-1, -1] for i in range(len(values))}
    for i, side in enumerate(sides):
        children[i][side] = i + 1
    return level_order(values, children)


def _two_branches(rng, n):
    """The root with a long left path and a long right path, each zigzagging."""
    children = {i: [-1, -1] for i in range(n)}
    half = (n - 1) // 2
    left, right = list(range(1, half + 1)), list(range(half + 1, n))
    for path, side in ((left, 0), (right, 1)):
        children[0][side] = path[0]
        for a, b in zip(path, path[1:]):
            children[a][rng.randrange(2)] = b
    return level_order(_values(rng, n), children)


def _caterpillar(rng, n):
    """A left spine where every spine node also has a right leaf: two nodes on every level."""
    children = {i: [-1, -1] for i in range(n)}
    spine = 0
    for node in range(1, n, 2):
        children[spine][1] = node  # the leaf
        if node + 1 < n:
            children[spine][0] = node + 1
            spine = node + 1
    return level_order(_values(rng, n), children)


def hidden_cases():
    rng = random.Random(102)
    n = MAX_NODES
    return [
        ("deep chain", {"root": _chain([i % 1000 if i % 2 else -(i % 1000) for i in range(n)],
                                       [i % 2 for i in range(n - 1)])}),
        ("wide random", {"root": _random_tree(rng, n)}),
        ("largest, left spine", {"root": _chain(_values(rng, n), [0] * (n - 1))}),
        ("largest, right spine", {"root": _chain(_values(rng, n), [1] * (n - 1))}),
        ("largest, complete", {"root": _values(rng, n)}),
        ("largest, every value -1000", {"root": [LOW] * n}),
        ("largest, values alternate between the extremes", {"root": [LOW if i % 2 else HIGH for i in range(n)]}),
        ("largest, two long branches", {"root": _two_branches(rng, n)}),
        ("largest, caterpillar", {"root": _caterpillar(rng, n)}),
        ("largest, random and deep", {"root": _random_tree(rng, n, deep=True)}),
        ("random, 200 nodes", {"root": _random_tree(rng, 200)}),
        ("random, 30 nodes", {"root": _random_tree(rng, 30)}),
        ("random, 8 nodes", {"root": _random_tree(rng, 8)}),
    ]


def strategy():
    from hypothesis import strategies as st

    value = st.integers(LOW, HIGH)
    return st.lists(st.one_of(value, st.none()), max_size=12).map(lambda values: {"root": _prune(values)})


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
    nodes = count_nodes(case["root"])
    assert nodes <= MAX_NODES, f"{nodes} nodes, at most {MAX_NODES}"
    for value in case["root"]:
        assert value is None or (isinstance(value, int) and LOW <= value <= HIGH), f"value {value} is outside [-1000, 1000]"


def input_of_size(n, rng):
    return {"root": _random_tree(rng, max(0, min(n, MAX_NODES)))}
