"""Trees of up to 10^4 nodes in every kit shape (chains 10^4 deep), with negative values throughout."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, trees

NODES = Bound("number of nodes", 0, 10**4)
VALUE = Bound("Node.val", -1000, 1000)
SIZE = "number of nodes"


def hidden_cases():
    rng = random.Random(297)
    cases = [
        ("one node", {"root": [0]}),
        ("one negative node", {"root": [-1000]}),
        ("left child only", {"root": [1, -2]}),
        ("right child only", {"root": [1, None, -2]}),
        ("not complete", {"root": [1, 2, 3, None, None, 4, 5]}),
        ("multi-digit negatives", {"root": [-10, -200, 300, None, -1000, 1000]}),
    ]
    for n in (7, 30, 200):
        cases.append((f"random, {n} nodes", {"root": trees.tree(rng, n, VALUE.sample(rng, n))}))
    for shape in trees.SHAPES:
        if shape == "random_bst":
            continue
        cases.append((f"largest, {shape.replace('_', ' ')}",
                      {"root": trees.tree(rng, NODES.max, VALUE.sample(rng, NODES.max), shape)}))
    cases.append(("largest, all negative", {"root": trees.tree(rng, NODES.max, [-rng.randint(1, 1000)
                                                                                for _ in range(NODES.max)])}))
    return cases


def input_of_size(n, rng):
    return {"root": trees.tree(rng, n, VALUE.sample(rng, n))}


def validate(case):
    NODES.check(trees.count_nodes(case["root"]))
    VALUE.check_all([value for value in case["root"] if value is not None], "Node.val")


def strategy():
    return trees.strategy(max_nodes=11, values=VALUE.integers(-1000, 1000)).map(lambda root: {"root": root})
