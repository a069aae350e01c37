"""Trees up to 5000 nodes, chains 5000 deep included, with values keeping every root-to-node sum
within the target's range; targets that several leaves reach, that only an inner node with one
child reaches, or nothing reaches; a stem over a fan of zeros where 2400 paths 160 long match."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, trees
from judge.kit.trees import BinaryTrees

NODES = Bound("number of nodes", 0, 5000)
VALUE = Bound("node value", -1000, 1000)
TARGET = Bound("targetSum", -1000, 1000)
TREES = BinaryTrees(NODES, VALUE)
SIZE = "number of nodes"


def _valued(rng, children, spread):
    """Values drawn near 0 (within `spread`) that keep each root-to-node sum within TARGET."""
    n = len(children)
    values, prefix, stack = [0] * n, [0] * n, [(0, 0)] if n else []
    while stack:
        node, above = stack.pop()
        low, high = max(TARGET.min - above, -spread), min(TARGET.max - above, spread)
        values[node] = rng.randint(low, high)
        prefix[node] = above + values[node]
        stack += [(child, prefix[node]) for child in children[node] if child >= 0]
    return values, prefix


def _case(rng, n, shape, kind, spread=VALUE.max):
    children = trees.shape(shape, n, rng)
    values, prefix = _valued(rng, children, spread)
    leaves = [node for node in range(n) if children[node] == [-1, -1]]
    leaf_sums = sorted({prefix[node] for node in leaves})
    if kind == "leaf":
        sums = [prefix[node] for node in leaves]
        target = max(set(sums), key=lambda s: (sums.count(s), s)) if len(sums) < 3000 else rng.choice(sums)
    elif kind == "inner only":
        inner = [prefix[node] for node in range(n) if children[node] != [-1, -1] and prefix[node] not in leaf_sums]
        target = rng.choice(inner) if inner else _missing(rng, leaf_sums)
    else:
        target = _missing(rng, leaf_sums)
    return {"root": trees.level_order(values, children), "targetSum": target}


def _missing(rng, sums):
    taken = set(sums)
    return rng.choice([t for t in range(TARGET.min, TARGET.max + 1) if t not in taken])


def _stem_over_fan(stem, n):
    """A right chain of `stem` zeros over a complete tree of zeros: every leaf's path sums to 0."""
    children = {i: [-1, -1] for i in range(n)}
    for i in range(stem - 1):
        children[i][1] = i + 1
    fan = n - stem + 1  # node stem - 1 is the fan's root
    for j in range(fan):
        node = stem - 1 + j
        children[node] = [stem - 1 + c if c < fan else -1 for c in (2 * j + 1, 2 * j + 2)]
    return {"root": trees.level_order([0] * n, children), "targetSum": 0}


def hidden_cases():
    rng = random.Random(113)
    n = NODES.max
    cases = []
    for kind in ("leaf", "inner only", "none"):
        cases += [(f"random, {m} nodes, {kind}", _case(rng, m, "random", kind, 5)) for m in (5, 25, 300)]
        cases += [(f"largest, {shape}, {kind}", _case(rng, n, shape, kind, 3))
                  for shape in ("random", "complete", "left_chain", "zigzag", "two_chains")]
    cases += [
        ("largest, wide values, a leaf's sum", _case(rng, n, "random", "leaf")),
        ("largest, 150 stem over a fan of zeros", _stem_over_fan(150, n)),
        ("largest, complete, all zeros", {"root": [0] * n, "targetSum": 0}),
        ("largest, chain that overshoots a positive target and returns", {"root": trees.tree(
            rng, n, [1000] + [(-1, 1)[i % 2] for i in range(n - 2)] + [-400], "left_chain"), "targetSum": 600}),
    ]
    return cases


def strategy():
    return TREES.strategy(small=4, max_nodes=10, targetSum=st.integers(-8, 8))


def validate(case):
    TREES.check(case["root"])
    TARGET.check(case["targetSum"])


def input_of_size(n, rng):
    return _case(rng, max(1, NODES.clamp(n)), "random", "leaf", 5)
