"""Trees up to 5000 nodes, chains 5000 deep included, with values that keep every root-to-node sum
within the target's range: targets that a leaf reaches, that only an inner node with one child
reaches, that a path passes and comes back to, and that nothing reaches."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, trees
from judge.kit.trees import BinaryTrees

NODES = Bound("number of nodes", 0, 5000)
VALUE = Bound("node value", -1000, 1000)
TARGET = Bound("targetSum", -1000, 1000)
TREES = BinaryTrees(NODES, VALUE)
SIZE = "number of nodes"


def _valued(rng, n, shape):
    """(values, children, prefix sums): each value keeps its root-to-node sum within TARGET."""
    children = trees.shape(shape, n, rng)
    values, prefix, stack = [0] * n, [0] * n, [(0, 0)] if n else []
    while stack:
        node, above = stack.pop()
        value = rng.randint(TARGET.min - above, TARGET.max - above)
        values[node] = VALUE.clamp(value)
        prefix[node] = above + values[node]
        stack += [(child, prefix[node]) for child in children[node] if child >= 0]
    return values, children, prefix


def _case(rng, n, shape, kind):
    values, children, prefix = _valued(rng, n, shape)
    leaves = [node for node in range(n) if children[node] == [-1, -1]]
    leaf_sums = {prefix[node] for node in leaves}
    if kind == "leaf":
        target = prefix[rng.choice(leaves)]
    elif kind == "inner only":  # a sum only an inner node reaches: caught by treating None as a leaf
        inner = [prefix[node] for node in range(n) if children[node] != [-1, -1] and prefix[node] not in leaf_sums]
        target = rng.choice(inner) if inner else _missing(rng, leaf_sums)
    else:
        target = _missing(rng, leaf_sums)
    return {"root": trees.level_order(values, children), "targetSum": target}


def _missing(rng, sums):
    candidates = [t for t in range(TARGET.min, TARGET.max + 1) if t not in sums]
    return rng.choice(candidates)


def hidden_cases():
    rng = random.Random(112)
    n = NODES.max
    cases = []
    for kind in ("leaf", "inner only", "none"):
        cases += [(f"random, {m} nodes, {kind}", _case(rng, m, "random", kind)) for m in (4, 20, 300)]
        cases += [(f"largest, {shape}, {kind}", _case(rng, n, shape, kind))
                  for shape in ("random", "complete", "left_chain", "right_chain", "zigzag", "two_chains")]
    cases += [
        ("largest, right chain of -1000 and 1000, leaf 0", {"root": trees.tree(
            rng, n, [(-1000, 1000)[i % 2] for i in range(n - 1)] + [0], "right_chain"), "targetSum": 0}),
        ("largest, chain that overshoots a positive target and returns", {"root": trees.tree(
            rng, n, [1000] + [(-1, 1)[i % 2] for i in range(n - 2)] + [-400], "left_chain"), "targetSum": 600}),
    ]
    return cases


def strategy():
    return TREES.strategy(small=6, max_nodes=10, targetSum=st.integers(-10, 10))


def validate(case):
    TREES.check(case["root"])
    TARGET.check(case["targetSum"])


def input_of_size(n, rng):
    return _case(rng, max(1, NODES.clamp(n)), "random", "leaf")
