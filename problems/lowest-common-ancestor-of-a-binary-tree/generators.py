"""Trees up to 10^5 nodes; a long spine above a big subtree defeats searching each level."""

import random

from hypothesis import strategies as st

from judge.kit.trees import count_nodes, hang, level_order

MAX_NODES, LIMIT = 10**5, 10**9
SIZE = "number of nodes"


def pre_order(children, left_first=True):
    order, stack = [], [0]
    while stack:
        node = stack.pop()
        order.append(node)
        left, right = children[node]
        stack += [c for c in ((right, left) if left_first else (left, right)) if c >= 0]
    return order


def _case(rng, children, p, q):
    values = rng.sample(range(-LIMIT, LIMIT + 1), len(children))
    return {"root": level_order(values, children), "p": values[p], "q": values[q]}


def _random(rng, n):
    children = {0: [-1, -1]}
    hang(children, 0, n - 1, rng.randrange, 1)
    p, q = rng.sample(range(n), 2)
    return _case(rng, children, p, q)


def _spine_over_subtree(rng, n, spine, side):
    """A path of `spine` nodes on one side, then a random subtree; p and q are the last two
    nodes of a pre-order walk that visits `side` first, so searching that side finds them last."""
    children = {i: [-1, -1] for i in range(spine)}
    for i in range(spine - 1):
        children[i][side] = i + 1
    children[spine] = [-1, -1]
    children[spine - 1][side] = spine
    hang(children, spine, n - spine - 1, rng.randrange, spine + 1)
    order = pre_order(children, left_first=side == 0)
    return _case(rng, children, order[-1], order[-2])


def _ancestor_and_descendant(rng, n):
    """p lies on the path from the root to q, far above it."""
    children = {0: [-1, -1]}
    hang(children, 0, n - 1, rng.randrange, 1)
    parent = {c: node for node, pair in children.items() for c in pair if c >= 0}
    q = max(children, key=lambda node: _depth(parent, node))
    path = [q]
    while path[-1] in parent:
        path.append(parent[path[-1]])
    return _case(rng, children, path[len(path) // 2], q)


def _depth(parent, node):
    depth = 0
    while node in parent:
        node, depth = parent[node], depth + 1
    return depth


def hidden_cases():
    rng = random.Random(236)
    cases = [(f"random, {n} nodes", _random(rng, n)) for n in (3, 8, 30, 200, 5000)]
    cases += [
        ("p far above q", _ancestor_and_descendant(rng, 3000)),
        ("largest random", _random(rng, MAX_NODES)),
        ("largest, long left spine over a subtree", _spine_over_subtree(rng, MAX_NODES, 10**4, 0)),
        ("largest, long right spine over a subtree", _spine_over_subtree(rng, MAX_NODES, 10**4, 1)),
        ("largest, left chain", _spine_over_subtree(rng, MAX_NODES, MAX_NODES // 4, 0)),
    ]
    return cases


def input_of_size(n, rng):
    return _random(rng, n)


def validate(case):
    nodes = count_nodes(case["root"])
    assert 2 <= nodes <= MAX_NODES, f"{nodes} nodes, expected 2..{MAX_NODES}"
    values = [v for v in case["root"] if v is not None]
    assert all(isinstance(v, int) and -LIMIT <= v <= LIMIT for v in values), "a value is out of range"
    assert len(set(values)) == len(values), "values must be distinct"
    present = set(values)
    assert case["p"] in present and case["q"] in present, "p and q must be values in the tree"
    assert case["p"] != case["q"], "p and q must differ"


@st.composite
def _trees(draw):
    n = draw(st.integers(2, 11))
    children = {0: [-1, -1]}
    hang(children, 0, n - 1, lambda k: draw(st.integers(0, k - 1)), 1)
    pool = st.one_of(st.integers(-20, 20), st.sampled_from([-LIMIT, LIMIT]))
    values = draw(st.lists(pool, min_size=n, max_size=n, unique=True))
    p, q = draw(st.lists(st.sampled_from(values), min_size=2, max_size=2, unique=True))
    return {"root": level_order(values, children), "p": p, "q": q}


def strategy():
    return _trees()
