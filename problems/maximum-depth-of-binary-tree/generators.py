"""Trees up to 10^4 nodes in every shape of the kit: chains 10^4 deep (deep recursion), two long chains
(a lone child at each level), complete and random trees."""

import random

from judge.kit import Bound
from judge.kit.trees import BinaryTrees

NODES = Bound("number of nodes", 0, 10**4)
VALUE = Bound("Node.val", -100, 100)
TREES = BinaryTrees(NODES, VALUE)
SIZE = "number of nodes"


def hidden_cases():
    rng = random.Random(104)
    return TREES.every_shape(rng) + TREES.random_sizes(rng, (2, 3, 10, 100, 1000))


strategy = TREES.strategy
validate = TREES.validate
input_of_size = TREES.input_of_size
