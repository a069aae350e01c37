"""Trees up to 5000 nodes: balanced ones of the sparsest kind (Fibonacci trees, leaves at very different
depths), random balanced and complete trees; and trees unbalanced only deep down, or only at the root."""

import random

from judge.kit import Bound
from judge.kit.trees import BinaryTrees, count_nodes, level_order

NODES = Bound("number of nodes", 0, 5000)
VALUE = Bound("Node.val", -10**4, 10**4)
TREES = BinaryTrees(NODES, VALUE)
SIZE = "number of nodes"


class _Builder:
    """Grows a tree node by node; node 0 is the root."""

    def __init__(self):
        self.children = {}

    def node(self, left=-1, right=-1):
        index = len(self.children)
        self.children[index] = [left, right]
        return index

    def balanced(self, height, rng, full_share):
        """A height-balanced subtree of exactly this height: children of equal heights with
        probability full_share, else one of them a level lower."""
        if height == 0:
            return -1
        index = self.node()
        lower = height - 1 if rng.random() < full_share or height == 1 else height - 2
        heights = [height - 1, lower]
        rng.shuffle(heights)
        self.children[index] = [self.balanced(heights[0], rng, full_share),
                                self.balanced(heights[1], rng, full_share)]
        return index

    def chain_below_a_deepest_leaf(self, length):
        """Hang `length` nodes below a leaf of the greatest depth: unbalanced at its parent for length >= 2."""
        depth, stack, deepest = {0: 0}, [0], 0
        while stack:
            node = stack.pop()
            if depth[node] > depth[deepest] and self.children[node] == [-1, -1]:
                deepest = node
            for child in self.children[node]:
                if child >= 0:
                    depth[child] = depth[node] + 1
                    stack.append(child)
        for _ in range(length):
            child = self.node()
            self.children[deepest][0] = child
            deepest = child

    def level_order(self, rng):
        return level_order(VALUE.sample(rng, len(self.children)), self.children)


def _balanced(rng, height, full_share, tail=0):
    builder = _Builder()
    builder.balanced(height, rng, full_share)
    if tail:
        builder.chain_below_a_deepest_leaf(tail)
    return builder.level_order(rng)


def _random_balanced(rng, height, full_share, tail=0):
    """A random balanced tree of this height within the node bound (drawn again until it fits)."""
    while True:
        root = _balanced(rng, height, full_share, tail)
        if count_nodes(root) <= NODES.max - 2:
            return root


def hidden_cases():
    rng = random.Random(110)
    n = NODES.max
    cases = [
        ("large, Fibonacci tree of height 17 (balanced)", {"root": _balanced(rng, 17, 0.0)}),
        ("large, Fibonacci tree of height 17 and two more nodes under a deepest leaf",
         {"root": _balanced(rng, 17, 0.0, tail=2)}),
        ("large, random balanced", {"root": _random_balanced(rng, 14, 0.4)}),
        ("large, random balanced, one more node under a deepest leaf", {"root": _random_balanced(rng, 14, 0.4, 1)}),
        ("largest complete (balanced)", TREES.random(rng, n, "complete")),
        ("complete of 4095 and a chain of 2 under a deepest leaf", {"root": _balanced(rng, 12, 1.0, tail=2)}),
        ("largest, left chain", TREES.random(rng, n, "left_chain")),
        ("largest, two chains (balanced at the root only)", TREES.random(rng, n, "two_chains")),
        ("largest, random", TREES.random(rng, n)),
        ("largest, random BST", TREES.random(rng, n, "random_bst")),
    ]
    cases += [(f"random balanced of height {h}", {"root": _balanced(rng, h, 0.3)}) for h in (3, 4, 5, 6)]
    return cases + TREES.random_sizes(rng, (3, 5, 8))


strategy = TREES.strategy
validate = TREES.validate


def input_of_size(n, rng):
    return TREES.input_of_size(n, rng, "complete")
