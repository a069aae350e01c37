"""Trees up to 10^4 nodes: chains (recomputing heights at every node is quadratic there), two chains under
the root (the path through the root), and a long path hanging deep inside one subtree."""

import random

from judge.kit import Bound
from judge.kit.trees import BinaryTrees, level_order

NODES = Bound("number of nodes", 1, 10**4)
VALUE = Bound("Node.val", -100, 100)
TREES = BinaryTrees(NODES, VALUE)
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
    cases = TREES.every_shape(rng)
    cases.append(("largest, the longest path turns deep in the left subtree", {"root": _deep_turn(rng, n)}))
    cases.append(("small, the longest path turns deep in the left subtree", {"root": _deep_turn(rng, 30)}))
    return cases + TREES.random_sizes(rng, (2, 3, 10, 100, 1000))


strategy = TREES.strategy
validate = TREES.validate
input_of_size = TREES.input_of_size
