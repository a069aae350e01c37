"""Trees up to 2000 nodes in every kit shape; values distinct where they fit (-100..100) so an
out-of-order level shows."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, trees

NODES = Bound("number of nodes", 0, 2000)
VALUE = Bound("node value", -100, 100)
SIZE = "number of nodes"


def _tree(rng, n, shape="random"):
    values = VALUE.distinct(rng, n) if n <= VALUE.max - VALUE.min + 1 else VALUE.sample(rng, n)
    return {"root": trees.tree(rng, n, values, shape)}


def hidden_cases():
    rng = random.Random(103)
    n = NODES.max
    cases = [(f"random, {m} nodes", _tree(rng, m)) for m in (5, 12, 40, 150, 201)]
    cases += [("complete, 127 nodes", _tree(rng, 127, "complete")), ("random BST shape, 200 nodes", _tree(rng, 200, "random_bst"))]
    cases += [(f"largest, {shape}", _tree(rng, n, shape)) for shape in trees.SHAPES]
    return cases


def strategy():
    return st.fixed_dictionaries({"root": trees.strategy(max_nodes=12, values=st.integers(-20, 20))})


def validate(case):
    root = case["root"]
    NODES.check(trees.count_nodes(root))
    VALUE.check_all([value for value in root if value is not None], "node value")


def input_of_size(n, rng):
    return _tree(rng, NODES.clamp(n))
