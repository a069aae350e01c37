"""Trees up to 100 nodes in every shape of the kit: chains (lone children at every level), zigzags, complete."""

import random

from judge.kit import Bound
from judge.kit.trees import BinaryTrees

NODES = Bound("number of nodes", 0, 100)
VALUE = Bound("Node.val", -100, 100)
TREES = BinaryTrees(NODES, VALUE)
SIZE = "number of nodes"


def hidden_cases():
    rng = random.Random(226)
    return TREES.every_shape(rng) + TREES.random_sizes(rng, (2, 3, 7, 15, 40, 99))


strategy = TREES.strategy
validate = TREES.validate
input_of_size = TREES.input_of_size
