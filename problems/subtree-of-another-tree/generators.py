"""Trees up to 2000 nodes with subRoot up to 1000: chains of one repeated value where subRoot differs only at
its last node (comparing at every node costs m * n), copies of a real subtree, near misses one node deeper,
and values whose digits run into each other (2 inside 12)."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, trees
from judge.kit.trees import count_nodes, level_order, parse

ROOT = Bound("number of nodes in root", 1, 2000)
SUB = Bound("number of nodes in subRoot", 1, 1000)
VALUE = Bound("Node.val", -10**4, 10**4)
SIZE = "number of nodes in root (subRoot half as many)"


def _random(rng, n, shape="random", values=None):
    return trees.tree(rng, n, values or VALUE.sample(rng, n), shape)


def _subtree_at(level, node):
    """The level-order list of node's subtree."""
    values, children = parse(level)
    order, index = [node], 0
    while index < len(order):
        order += [child for child in children[order[index]] if child >= 0]
        index += 1
    renumber = {old: new for new, old in enumerate(order)}
    renumber[-1] = -1
    return level_order([values[old] for old in order],
                       {renumber[old]: [renumber[c] for c in children[old]] for old in order})


def _sized_subtree(rng, level, low, high):
    """A random node's subtree with between low and high nodes (the whole tree if none fits)."""
    values, children = parse(level)
    size = [1] * len(values)
    for node in reversed(range(len(values))):  # parse numbers nodes level by level: children come later
        size[node] += sum(size[child] for child in children[node] if child >= 0)
    fitting = [node for node in range(len(values)) if low <= size[node] <= high]
    return _subtree_at(level, rng.choice(fitting)) if fitting else list(level)


def _without_a_leaf(level):
    """The same tree less its last leaf in level order: a subtree of this never matches the original."""
    values, children = parse(level)
    last = len(values) - 1
    for pair in children.values():
        if last in pair:
            pair[pair.index(last)] = -1
    del children[last]
    return level_order(values[:last], children)


def hidden_cases():
    rng = random.Random(572)
    n, m = ROOT.max, SUB.max
    ones_chain = _random(rng, n, "left_chain", [1] * n)
    big = _random(rng, n)
    bst = _random(rng, n, "random_bst")
    complete_ones = _random(rng, n, "complete", [0] * n)
    cases = [
        ("largest, chain of 1s, subRoot 999 ones then 2",
         {"root": ones_chain, "subRoot": _random(rng, m, "left_chain", [1] * (m - 1) + [2])}),
        ("largest, chain of 1s, subRoot a chain of 1000 ones", {"root": ones_chain,
                                                              "subRoot": _random(rng, m, "left_chain", [1] * m)}),
        ("largest, chain of 1s, subRoot 1000 ones to the right", {"root": ones_chain,
                                                                  "subRoot": _random(rng, m, "right_chain", [1] * m)}),
        ("largest, complete 0s, subRoot a complete 0s tree one leaf short",
         {"root": complete_ones, "subRoot": _without_a_leaf(_subtree_at(complete_ones, 3))}),
        ("largest, complete 0s, subRoot a real subtree", {"root": complete_ones,
                                                          "subRoot": _subtree_at(complete_ones, 3)}),
        ("largest random, a real subtree", {"root": big, "subRoot": _sized_subtree(rng, big, 50, m)}),
        ("largest random, a subtree less one leaf", {"root": big,
                                                      "subRoot": _without_a_leaf(_sized_subtree(rng, big, 50, m))}),
        ("largest random BST, a real subtree", {"root": bst, "subRoot": _sized_subtree(rng, bst, 10, m)}),
        ("largest random, a small subtree less one leaf",
         {"root": big, "subRoot": _without_a_leaf(_sized_subtree(rng, big, 2, 12))}),
        ("largest, values 12 and subRoot 2", {"root": _random(rng, n, "random", [12] * n), "subRoot": [2]}),
        ("largest random, a leaf", {"root": big, "subRoot": _sized_subtree(rng, big, 1, 1)}),
    ]
    for index in range(4):
        size = rng.randint(1, 60)
        root = _random(rng, size, "random", [rng.randint(0, 2) for _ in range(size)])
        sub = _sized_subtree(rng, root, 1, 30) if index % 2 else _random(rng, 3, "random", [rng.randint(0, 2)
                                                                                          for _ in range(3)])
        cases.append((f"random {index + 1}", {"root": root, "subRoot": sub}))
    return cases


@st.composite
def _pairs(draw):
    values = st.integers(0, 2)
    root = draw(trees.strategy(max_nodes=10, values=values, min_nodes=1))
    if draw(st.booleans()):
        node = draw(st.integers(0, count_nodes(root) - 1))
        return {"root": root, "subRoot": _subtree_at(root, node)}
    return {"root": root, "subRoot": draw(trees.strategy(max_nodes=4, values=values, min_nodes=1))}


def strategy():
    return _pairs()


def validate(case):
    ROOT.check(count_nodes(case["root"]))
    SUB.check(count_nodes(case["subRoot"]))
    for name in ("root", "subRoot"):
        VALUE.check_all([value for value in case[name] if value is not None], f"{name}'s values")


def input_of_size(n, rng):
    """The quadratic shape: a chain of n ones, and subRoot half as long with a 2 at its end."""
    size = max(ROOT.min, min(n, ROOT.max))
    half = max(1, min(SUB.max, size // 2))
    return {"root": _random(rng, size, "left_chain", [1] * size),
            "subRoot": _random(rng, half, "left_chain", [1] * (half - 1) + [2])}
