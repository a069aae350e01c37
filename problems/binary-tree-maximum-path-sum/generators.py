"""Trees up to 3 * 10^4 nodes: random, complete, chains 3 * 10^4 deep (where recomputing each
node's downward paths is quadratic), all negative, mostly negative with a few big values."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, trees
from judge.kit.trees import BinaryTrees

NODES = Bound("number of nodes", 1, 3 * 10**4)
VALUE = Bound("node value", -1000, 1000)
TREES = BinaryTrees(NODES, VALUE)
SIZE = "number of nodes"


def _tree(rng, n, shape="random", low=VALUE.min, high=VALUE.max):
    return {"root": trees.tree(rng, n, [rng.randint(low, high) for _ in range(n)], shape)}


def _mostly_negative(rng, n, shape):
    values = [rng.randint(-1000, -1) if rng.random() < 0.9 else rng.randint(500, 1000) for _ in range(n)]
    return {"root": trees.tree(rng, n, values, shape)}


def hidden_cases():
    rng = random.Random(124)
    n = NODES.max
    cases = [(f"random, {m} nodes", _tree(rng, m)) for m in (3, 9, 30, 300, 3000)]
    cases += [
        ("random, all negative", _tree(rng, 200, low=-1000, high=-1)),
        ("largest, random", _tree(rng, n)),
        ("largest, complete", _tree(rng, n, "complete")),
        ("largest, left chain", _tree(rng, n, "left_chain")),
        ("largest, right chain, all positive", _tree(rng, n, "right_chain", 1, 1000)),
        ("largest, zigzag", _tree(rng, n, "zigzag")),
        ("largest, two chains", _tree(rng, n, "two_chains")),
        ("largest, all negative", _tree(rng, n, "random", -1000, -1)),
        ("largest, mostly negative", _mostly_negative(rng, n, "random")),
        ("largest, two chains, mostly negative", _mostly_negative(rng, n, "two_chains")),
        ("largest, all -1000 but one", {"root": trees.tree(rng, n, [-1000] * (n - 1) + [-999], "random")}),
    ]
    return cases


def strategy():
    values = st.one_of(st.integers(-10, 10), st.sampled_from([VALUE.min, VALUE.max]))
    return st.fixed_dictionaries({"root": trees.strategy(max_nodes=12, values=values, min_nodes=1)})


validate = TREES.validate
input_of_size = TREES.input_of_size
