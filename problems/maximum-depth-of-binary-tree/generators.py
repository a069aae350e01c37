"""Trees up to 10^4 nodes in every shape of the kit: chains 10^4 deep (deep recursion), two long chains
(a lone child at each level), complete and random trees."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, trees
from judge.kit.trees import count_nodes

NODES = Bound("number of nodes", 0, 10**4)
VALUE = Bound("Node.val", -100, 100)
SIZE = "number of nodes"


def hidden_cases():
    rng = random.Random(104)
    n = NODES.max
    cases = [(f"largest, {shape}", {"root": trees.tree(rng, n, VALUE.sample(rng, n), shape)})
             for shape in trees.SHAPES]
    cases += [(f"random, {size} nodes", {"root": trees.tree(rng, size, VALUE.sample(rng, size))})
              for size in (2, 3, 10, 100, 1000)]
    return cases


def strategy():
    return trees.strategy(max_nodes=11, values=st.integers(-5, 5)).map(lambda root: {"root": root})


def validate(case):
    root = case["root"]
    NODES.check(count_nodes(root), "the number of nodes")
    VALUE.check_all([value for value in root if value is not None])


def input_of_size(n, rng):
    size = max(NODES.min, min(n, NODES.max))
    return {"root": trees.tree(rng, size, VALUE.sample(rng, size))}
