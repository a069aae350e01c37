"""BSTs up to 10^5 nodes: a long spine above a big subtree (p and q found last by a left-first search),
chains, p above q, p and q on either side of the root, random shapes."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, trees

N = Bound("number of nodes", 2, 10**5)
V = Bound("node value", -10**9, 10**9)
SIZE = "number of nodes"


def _pre_order(children):
    order, stack = [], [0]
    while stack:
        node = stack.pop()
        order.append(node)
        stack += [c for c in reversed(children[node]) if c >= 0]
    return order


def _place(rng, children):
    """Distinct sorted values put on the shape in in-order: a valid BST. Returns node id -> value."""
    keys = sorted(V.distinct(rng, len(children)))
    values = [None] * len(children)
    for key, node in zip(keys, trees.in_order(children)):
        values[node] = key
    return values


def _case(rng, children, p, q):
    values = _place(rng, children)
    return {"root": trees.level_order(values, children), "p": values[p], "q": values[q]}


def _spine_over_subtree(rng, n, spine):
    """A left spine of `spine` nodes, then a random subtree; p and q are the last two nodes of a
    left-first pre-order walk, so a search of each level finds them last."""
    children = {i: [-1, -1] for i in range(spine)}
    for i in range(spine - 1):
        children[i][0] = i + 1
    children[spine] = [-1, -1]
    children[spine - 1][0] = spine
    trees.hang(children, spine, n - spine - 1, rng.randrange, spine + 1)
    order = _pre_order(children)
    return _case(rng, children, order[-1], order[-2])


def _random(rng, n, shape="random"):
    children = trees.shape(shape, n, rng)
    p, q = rng.sample(range(n), 2)
    return _case(rng, children, p, q)


def _above(rng, n):
    """p is the root of a random tree, q its deepest node."""
    children = trees.shape("random", n, rng)
    deepest = trees.in_order(children)[0]
    return _case(rng, children, 0, deepest)


def hidden_cases():
    rng = random.Random(235)
    big = N.max
    cases = [
        ("two nodes, root and left", {"root": [2, 1], "p": 1, "q": 2}),
        ("two nodes, root and right", {"root": [1, None, 2], "p": 2, "q": 1}),
        ("siblings", {"root": [5, 3, 8], "p": 8, "q": 3}),
        ("p above q, p larger", {"root": [10, 5, 15, 2, 7], "p": 5, "q": 7}),
        ("cousins, the answer is the root", {"root": [10, 5, 15, 2, 7, 12, 20], "p": 7, "q": 12}),
        ("largest, random", _random(rng, big)),
        ("largest, random BST shape", _random(rng, big, "random_bst")),
        ("largest, left chain", _random(rng, big, "left_chain")),
        ("largest, right chain", _random(rng, big, "right_chain")),
        ("largest, root above the deepest node", _above(rng, big)),
        ("largest, long left spine over a subtree", _spine_over_subtree(rng, big, big // 2)),
        ("largest, longer spine over a subtree", _spine_over_subtree(rng, big, 3 * big // 4)),
    ]
    for seed in range(1, 5):
        r = random.Random(seed)
        cases.append((f"random {seed}", _random(r, r.randint(2, big), r.choice(("random", "random_bst", "zigzag")))))
    return cases


@st.composite
def _inputs(draw):
    root = draw(trees.bst_strategy(max_nodes=11, low=-30, high=30, min_nodes=2))
    values = [v for v in root if v is not None]
    p, q = draw(st.lists(st.sampled_from(values), min_size=2, max_size=2, unique=True))
    return {"root": root, "p": p, "q": q}


def strategy():
    return _inputs()


def validate(case):
    root = case["root"]
    N.check(trees.count_nodes(root))
    values = [v for v in root if v is not None]
    V.check_all(values)
    assert trees.is_bst(root), "the tree is not a binary search tree with distinct values"
    assert case["p"] in values and case["q"] in values, "p and q must be values in the tree"
    assert case["p"] != case["q"], "p and q must differ"


def input_of_size(n, rng):
    return _random(rng, N.clamp(n))
