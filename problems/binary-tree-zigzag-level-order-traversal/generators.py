"""Trees up to 2000 nodes in every kit shape; values distinct where they fit (-100..100) so an
out-of-order level shows."""

import random

from judge.kit import Bound, trees
from judge.kit.trees import BinaryTrees

NODES = Bound("number of nodes", 0, 2000)
VALUE = Bound("node value", -100, 100)
TREES = BinaryTrees(NODES, VALUE)
SIZE = "number of nodes"


def _tree(rng, n, shape="random"):
    values = VALUE.distinct(rng, n) if n <= VALUE.max - VALUE.min + 1 else VALUE.sample(rng, n)
    return TREES.case(trees.tree(rng, n, values, shape))


def hidden_cases():
    rng = random.Random(103)
    n = NODES.max
    cases = [(f"random, {m} nodes", _tree(rng, m)) for m in (5, 12, 40, 150, 201)]
    cases += [("complete, 127 nodes", _tree(rng, 127, "complete")), ("random BST shape, 200 nodes", _tree(rng, 200, "random_bst"))]
    cases += [(f"largest, {shape}", _tree(rng, n, shape)) for shape in trees.SHAPES]
    return cases


def strategy():
    return TREES.strategy(small=20, max_nodes=12)


validate = TREES.validate


def input_of_size(n, rng):
    return _tree(rng, NODES.clamp(n))
