"""Random trees of up to 100 nodes, and shapes where the visible node hides in a left subtree."""

import random

from hypothesis import strategies as st

from judge.kit import trees
from judge.kit.trees import count_nodes, level_order

MAX_NODES, LOW, HIGH = 100, -100, 100
SIZE = "number of nodes"


def random_tree(rng, n):
    """n nodes, each attached at an open child slot picked uniformly."""
    return trees.tree(rng, n, [rng.randint(LOW, HIGH) for _ in range(n)])


def _deep_left(rng, n):
    """A short right branch and a long left branch under the root."""
    values = [rng.randint(LOW, HIGH) for _ in range(n)]
    children = {i: [-1, -1] for i in range(n)}
    children[0] = [2, 1]
    for i in range(2, n - 1):
        children[i][rng.randrange(2)] = i + 1
    return level_order(values, children)


def hidden_cases():
    rng = random.Random(199)
    cases = [(f"random, {n} nodes", {"root": random_tree(rng, n)}) for n in (2, 5, 9, 20, 40, 70)]
    cases += [
        ("largest random", {"root": random_tree(rng, MAX_NODES)}),
        ("largest, complete", {"root": [rng.randint(LOW, HIGH) for _ in range(MAX_NODES)]}),
        ("largest, deep left branch", {"root": _deep_left(rng, MAX_NODES)}),
        ("largest, left spine", {"root": level_order(list(range(MAX_NODES)),
                                                     {i: [i + 1 if i + 1 < MAX_NODES else -1, -1]
                                                      for i in range(MAX_NODES)})}),
        ("largest, zigzag", {"root": level_order([rng.randint(LOW, HIGH) for _ in range(MAX_NODES)],
                                                 {i: ([i + 1, -1] if i % 2 else [-1, i + 1]) if i + 1 < MAX_NODES
                                                  else [-1, -1] for i in range(MAX_NODES)})}),
    ]
    return cases


def input_of_size(n, rng):
    return {"root": random_tree(rng, n)}


def validate(case):
    nodes = count_nodes(case["root"])
    assert nodes <= MAX_NODES, f"{nodes} nodes, at most {MAX_NODES}"
    for value in case["root"]:
        assert value is None or (isinstance(value, int) and LOW <= value <= HIGH), f"value {value} out of range"




def strategy():
    return trees.strategy(max_nodes=11, values=st.integers(-5, 5)).map(lambda root: {"root": root})
