"""Trees up to 10^4 nodes: chains (recomputing heights at every node is quadratic there), two chains under
the root (the path through the root), and a long path hanging deep inside one subtree."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, trees
from judge.kit.trees import count_nodes, level_order

NODES = Bound("number of nodes", 1, 10**4)
VALUE = Bound("Node.val", -100, 100)
SIZE = "number of nodes"


def _deep_turn(rng, n):
    """A root whose right child is a leaf and whose left child leads down a chain of n // 4 nodes
    to a node where two chains of the rest split: the longest path turns far from the root."""
    children = {i: [-1, -1] for i in range(n)}
    children[0] = [2, 1]
    stem = n // 4
    for i in range(2, stem):
        children[i][0] = i + 1
    left, right = stem, stem  # the last stem node carries both chains
    for i in range(stem + 1, n):
        if i % 2:
            children[left][0], left = i, i
        else:
            children[right][1], right = i, i
    return level_order(VALUE.sample(rng, n), children)


def hidden_cases():
    rng = random.Random(543)
    n = NODES.max
    cases = [(f"largest, {shape}", {"root": trees.tree(rng, n, VALUE.sample(rng, n), shape)})
             for shape in trees.SHAPES]
    cases.append(("largest, the longest path turns deep in the left subtree", {"root": _deep_turn(rng, n)}))
    cases.append(("small, the longest path turns deep in the left subtree", {"root": _deep_turn(rng, 30)}))
    cases += [(f"random, {size} nodes", {"root": trees.tree(rng, size, VALUE.sample(rng, size))})
              for size in (2, 3, 10, 100, 1000)]
    return cases


def strategy():
    return trees.strategy(max_nodes=11, values=st.integers(-5, 5), min_nodes=NODES.min).map(
        lambda root: {"root": root})


def validate(case):
    root = case["root"]
    NODES.check(count_nodes(root), "the number of nodes")
    VALUE.check_all([value for value in root if value is not None])


def input_of_size(n, rng):
    size = max(NODES.min, min(n, NODES.max))
    return {"root": trees.tree(rng, size, VALUE.sample(rng, size))}
